// docs/regels.md §10: answer schemas of the herinneringen Lambda (plain JSON, also for the
// OpenAPI document); the PUT body of the preferences is the pure rule's own schema.
import * as z from "zod";
import { VERPLICHTING_SOORTEN } from "#shared/herinneringen/soorten.js";
import { MELDINGEN, VoorkeurenInvoerSchema } from "#shared/herinneringen/voorkeuren.js";

export { VoorkeurenInvoerSchema };

const Iso = z.string().meta({ description: "ISO-tijdstip" });
const Datum = z.string().meta({ description: "JJJJ-MM-DD (Europe/Amsterdam)" });

export const HerinneringSchema = z
  .object({
    sleutel: z.string(),
    verplichting: z.string(),
    soort: z.string().optional(),
    aanleiding: z.string().optional(),
    moment: Iso.optional(),
    deadline: Datum.optional(),
    link: z.string().optional(),
    status: z.enum(["verstuurd", "mislukt", "definitief_mislukt"]),
    pogingen: z.number().int(),
    fout: z.string().optional(),
    bijgewerktOp: Iso,
  })
  .meta({ id: "Herinnering" });

export const MijnHerinneringenSchema = z
  .object({ herinneringen: z.array(HerinneringSchema) })
  .meta({
    id: "MijnHerinneringen",
    description: "De herinneringen aan u, verstuurd of mislukt, nieuwste eerst (§10)",
  });

export const VoorkeurenSchema = z
  .object({
    meldingen: z.array(
      z.object({
        code: z.enum(MELDINGEN),
        omschrijving: z.string(),
        wettelijk: z.boolean().meta({ description: "een wettelijke termijn: altijd aan" }),
        aan: z.boolean(),
      }),
    ),
    versie: z.number().int(),
  })
  .meta({ id: "Meldingsvoorkeuren" });

export const ZorgkantoorParamsSchema = z.strictObject({
  zorgkantoorId: z.string().trim().min(1).max(200),
});

export const MislukteHerinneringenSchema = z
  .object({
    zorgkantoorId: z.string(),
    mislukt: z.array(
      HerinneringSchema.omit({ status: true }).extend({
        ontvanger: z.string().meta({ description: "de gebruiker (sub)" }),
        email: z.string().nullable().meta({
          description: "het adres waarheen verstuurd werd; null: de gebruiker heeft geen adres",
        }),
      }),
    ),
  })
  .meta({
    id: "MislukteHerinneringen",
    description: "Definitief mislukte herinneringen over zaken van dit zorgkantoor, met reden",
  });

export const VerplichtingenSchema = z
  .object({
    verplichtingen: z.array(
      z.object({
        sleutel: z.string(),
        soort: z.enum(VERPLICHTING_SOORTEN),
        omschrijving: z.string(),
        rol: z.enum(["aanbieder", "zorgkantoor"]),
        aanbiederId: z.string().nullable(),
        zorgkantoorId: z.string(),
        aanvraagId: z.string().nullable(),
        jaar: z.number().int(),
        opent: Datum.nullable(),
        deadline: Datum,
        link: z.string(),
      }),
    ),
  })
  .meta({
    id: "Verplichtingen",
    description: "De open verplichtingen van uw organisatie(s) met deadline en link (§10)",
  });
