// docs/regels.md §7, §3.2, §6: request and answer schemas of the realisatie routes — a tussentijdse
// realisatie per window, the year report, reopening a closed window, and the zorgkantoor's
// confirmation that turns a realisatie into a new voorschot basis version. Request bodies reuse
// the shared/ schemas; answers are plain JSON with amounts as strings (§11).
import * as z from "zod";
import { RealisatieUitvoerSchema } from "#shared/realisatie/berekening.js";
import { JaarverslagSchema } from "#shared/realisatie/jaarverslag.js";
import { RealisatieRegels, uniekeRealisatieRegels } from "#shared/realisatie/rapport.js";
import { VENSTERS } from "#shared/realisatie/venster.js";
import { MaandTekstSchema } from "#shared/voorschot/maand.js";

const AanvraagId = z
  .string({ error: "verwacht het id van de aanvraag" })
  .min(1, { error: "het id van de aanvraag mag niet leeg zijn" })
  .max(200, { error: "het id van de aanvraag is te lang" });

/** A tussentijdse window, or (for reopening) the year report. */
export const SOORTEN = [...VENSTERS, "jaarverslag"] as const;

export const AanvraagParamsSchema = z.strictObject({ aanvraagId: AanvraagId });
export const VensterParamsSchema = z.strictObject({
  aanvraagId: AanvraagId,
  venster: z.enum(VENSTERS, { error: 'kies een venster: "mei", "juli" of "oktober"' }),
});
export const SoortParamsSchema = z.strictObject({
  aanvraagId: AanvraagId,
  venster: z.enum(SOORTEN, { error: 'kies "mei", "juli", "oktober" of "jaarverslag"' }),
});

const VorigeVersie = z
  .number({ error: "verwacht de versie die u als laatste zag (0 als er nog geen is)" })
  .int({ error: "vorigeVersie is een geheel getal" })
  .min(0, { error: "vorigeVersie is 0 of meer" });

export const RealisatieBodySchema = z
  .strictObject({
    ...RealisatieRegels,
    /** Optimistic lock: the latest version the aanbieder saw; the new one is that + 1. */
    vorigeVersie: VorigeVersie,
  })
  .superRefine(uniekeRealisatieRegels);

export const JaarverslagBodySchema = z.strictObject({
  verslag: JaarverslagSchema,
  vorigeVersie: VorigeVersie,
});

export const BevestigingBodySchema = z.strictObject({
  /** The realisatie version the zorgkantoor read and confirms. */
  realisatieVersie: z
    .number({ error: "verwacht de versie van de realisatie" })
    .int({ error: "realisatieVersie is een geheel getal" })
    .min(1, { error: "realisatieVersie begint bij 1" }),
  /** First month of the new basis; default the month after the window (EERSTE_MAAND_NA). */
  vanafMaand: MaandTekstSchema.optional(),
});

const Bedrag = z.string().meta({ description: "Bedrag in euro's, twee decimalen" });

export const RealisatieSchema = z
  .object({
    aanvraagId: z.string(),
    jaar: z.number(),
    soort: z.enum(SOORTEN),
    versie: z.number(),
    ingediendOp: z.string(),
    ingediendDoor: z.string(),
    inhoud: z.record(z.string(), z.unknown()),
    berekening: RealisatieUitvoerSchema.nullable(),
  })
  .meta({ id: "Realisatie", description: "Eén ingediende versie van een realisatie (§7)" });

const BevestigdSchema = z.object({
  realisatieVersie: z.number(),
  basisVersie: z.number(),
  vanafMaand: z.string(),
  bedrag: Bedrag,
  op: z.string(),
});

export const RealisatieoverzichtSchema = z
  .object({
    aanvraagId: z.string(),
    jaar: z.number(),
    vensters: z.array(
      z.object({
        soort: z.enum(SOORTEN),
        opent: z.string(),
        uiterlijk: z.string(),
        status: z.enum(["nog_niet_open", "open", "gesloten", "heropend"]),
        reden: z.string(),
        heropening: z.object({ tot: z.string(), reden: z.string() }).nullable(),
        versies: z.number(),
        laatste: RealisatieSchema.nullable(),
        bevestigd: BevestigdSchema.nullable(),
      }),
    ),
    /** §15.1: the agreed overige lines; empty before the agreement. */
    overigeRegels: z.array(
      z.object({ id: z.string(), omschrijving: z.string(), afgesproken: Bedrag }),
    ),
  })
  .meta({
    id: "Realisatieoverzicht",
    description: "Vensters en realisaties van een aanvraag (§7)",
  });

export const HeropeningSchema = z
  .object({
    aanvraagId: z.string(),
    jaar: z.number(),
    soort: z.enum(SOORTEN),
    tot: z.string(),
    reden: z.string(),
    status: z.string(),
    versie: z.number(),
  })
  .meta({ id: "Heropening", description: "Een heropend venster voor deze aanbieder (§3.2)" });

export const BevestigingSchema = z
  .object({
    aanvraagId: z.string(),
    soort: z.enum(VENSTERS),
    ...BevestigdSchema.shape,
    basis: z.array(z.object({ vanafMaand: z.string(), bedrag: Bedrag, versie: z.number() })),
    berekening: RealisatieUitvoerSchema,
  })
  .meta({
    id: "Voorschotaanpassing",
    description: "Nieuwe voorschotbasis na een realisatie (§6, §7)",
  });
