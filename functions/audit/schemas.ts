// docs/regels.md §12: answer schemas of the audit Lambda — the trail of a case (who, when, event,
// before, after, reason) and the caller's notifications. Plain JSON, also for the OpenAPI document.
import * as z from "zod";
import { GebeurtenisSchema, PARTIJEN } from "#shared/gebeurtenissen.js";
import { DatumSchema } from "#shared/kalender/tijd.js";
import { ROLLEN } from "#shared/rollen.js";
import { PaginaQueryVelden, VolgendeSchema } from "../lib/paginaschema.js";

export const AanvraagParamsSchema = z.strictObject({
  aanvraagId: z.string().trim().min(1).max(200),
});

/** Who acted: the user (sub), the role, and the e-mail address to name them by (§12). */
const Wie = z.object({
  sub: z.string(),
  rol: z.enum([...ROLLEN, "systeem"]),
  email: z.string().optional().meta({ description: "E-mailadres; ontbreekt bij oudere regels" }),
});

/** The trail is paged (functions/lib/paginering.ts). */
export const AuditQuerySchema = z.strictObject({ ...PaginaQueryVelden });

export const AuditRegelSchema = z
  .object({
    gebeurtenis: GebeurtenisSchema,
    omschrijving: z.string(),
    wie: Wie,
    wanneer: z.string().meta({ description: "ISO-tijdstip (het 'nu' van het verzoek, §3.1)" }),
    voor: z.unknown().optional(),
    na: z.unknown().optional(),
    reden: z.string().optional(),
    correlatieId: z.string(),
  })
  .meta({ id: "AuditRegel" });

export const AuditTrailSchema = z
  .object({
    aanvraagId: z.string(),
    regels: z.array(AuditRegelSchema),
    volgende: VolgendeSchema,
  })
  .meta({
    id: "AuditTrail",
    description:
      "Het audit-spoor van een zaak, oudste eerst, voor zover zichtbaar voor u (§12), één pagina; een pagina kan minder regels hebben dan de limiet",
  });

/** The trail of a zorgkantoor or of the country: filters beside the page fields. */
const OverzichtVelden = {
  ...PaginaQueryVelden,
  van: DatumSchema.optional().meta({ description: "Vanaf deze dag (JJJJ-MM-DD, Amsterdam)" }),
  tot: DatumSchema.optional().meta({ description: "Tot en met deze dag (JJJJ-MM-DD, Amsterdam)" }),
  gebruiker: z
    .string()
    .trim()
    .min(1)
    .max(200, { error: "de gebruiker is te lang" })
    .optional()
    .meta({ description: "Alleen de wijzigingen van deze gebruiker (sub)" }),
  soort: GebeurtenisSchema.optional().meta({ description: "Alleen deze soort wijziging" }),
};

export const ZorgkantoorParamsSchema = z.strictObject({
  zorgkantoorId: z.string().trim().min(1).max(200),
});
export const ZorgkantoorAuditQuerySchema = z.strictObject(OverzichtVelden);
export const LandelijkeAuditQuerySchema = z.strictObject({
  ...OverzichtVelden,
  maand: z
    .string()
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, {
      error: "verwacht een maand als JJJJ-MM, bijvoorbeeld 2021-05",
    })
    .optional()
    .meta({ description: "De maand (Amsterdam); standaard de huidige" }),
});
export type AuditOverzichtQuery = z.output<typeof LandelijkeAuditQuerySchema>;

const OverzichtRegelSchema = z.object({
  gebeurtenis: GebeurtenisSchema,
  omschrijving: z.string(),
  onderwerp: z.string(),
  aanbiederId: z.string().nullable(),
  zorgkantoorId: z.string().nullable(),
  wie: Wie,
  wanneer: z.string(),
  reden: z.string().nullable(),
  /** The change as lines "veld: oud → nieuw" (at most 50). */
  wijzigingen: z.array(
    z.object({ veld: z.string(), oud: z.string().nullable(), nieuw: z.string().nullable() }),
  ),
  /** Autosaves of one concept in a row are one line: how many. */
  aantal: z.number().int(),
  correlatieId: z.string(),
});

export const ZorgkantoorAuditSchema = z
  .object({
    zorgkantoorId: z.string(),
    regels: z.array(OverzichtRegelSchema),
    volgende: VolgendeSchema,
  })
  .meta({
    id: "ZorgkantoorAudit",
    description:
      "Het audit-spoor van een zorgkantoor (zaken, betaalbatches, kader, organisatie), nieuwste eerst, één pagina (§12)",
  });

export const LandelijkeAuditSchema = z
  .object({ maand: z.string(), regels: z.array(OverzichtRegelSchema), volgende: VolgendeSchema })
  .meta({
    id: "LandelijkeAudit",
    description: "Alle wijzigingen van één maand, nieuwste eerst, één pagina (§12)",
  });

export const MeldingSchema = z
  .object({
    gebeurtenis: GebeurtenisSchema,
    omschrijving: z.string(),
    onderwerp: z.string(),
    partij: z.enum(PARTIJEN),
    wanneer: z.string(),
    aanbiederId: z.string().optional(),
    zorgkantoorId: z.string().optional(),
    email: z.boolean(),
  })
  .meta({ id: "Melding" });

export const MeldingenSchema = z
  .object({ meldingen: z.array(MeldingSchema) })
  .meta({ id: "Meldingen", description: "De meldingen van uw organisatie(s), nieuwste eerst" });
