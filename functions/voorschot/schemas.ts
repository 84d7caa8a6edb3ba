// docs/regels.md §6, §1: request and answer schemas of the voorschot routes — the monthly run, the
// orders of a month, payment batches (four eyes) and their export, and the voorschot schedule of
// one aanvraag. Answers are plain JSON schemas with amounts as strings (§11).
import * as z from "zod";
import { JaarSchema, MaandSchema } from "#shared/kalender/tijd.js";
import { MaandTekstSchema } from "#shared/voorschot/maand.js";
import { Id } from "../lib/padschemas.js";
import { PaginaQueryVelden, VolgendeSchema } from "../lib/paginaschema.js";

const Bedrag = z.string().meta({ description: "Bedrag in euro's, twee decimalen: 1234.50" });
const Maand = z.string().meta({ description: "Maand JJJJ-MM" });

export const MaandParamsSchema = z.strictObject({
  zorgkantoorId: Id("het zorgkantoor"),
  maand: MaandTekstSchema,
});
/** The orders of a month are paged (functions/lib/paginering.ts). */
export const MaandQuerySchema = z.strictObject({ ...PaginaQueryVelden });
export const BatchParamsSchema = z.strictObject({
  zorgkantoorId: Id("het zorgkantoor"),
  maand: MaandTekstSchema,
  nummer: z
    .string({ error: "verwacht het nummer van de batch" })
    .regex(/^[1-9]\d{0,3}$/, { error: "het nummer van een batch is een geheel getal vanaf 1" })
    .transform(Number),
});

export const MaandrunBodySchema = z.strictObject({
  jaar: JaarSchema,
  maand: MaandSchema,
  /** true: only compute what would be ordered (preview), write nothing. */
  proef: z.boolean({ error: "proef is true of false" }).default(false),
});

export const VersieBodySchema = z.strictObject({
  versie: z
    .number({ error: "verwacht de versie die u las" })
    .int({ error: "versie is een geheel getal" })
    .min(1, { error: "versie begint bij 1" }),
});

export const EXPORTFORMATEN = ["xlsx", "csv", "json"] as const;
export const ExportQuerySchema = z.strictObject({
  formaat: z.enum(EXPORTFORMATEN, { error: 'kies formaat "xlsx", "csv" of "json"' }),
});

const MaandrunRegelSchema = z.object({
  aanvraagId: z.string(),
  aanbiederId: z.string(),
  /** The screen names organisations, never ids; null only for an aanbieder that no longer exists. */
  aanbiederNaam: z.string().nullable(),
  zorgkantoorId: z.string(),
  uitkomst: z.enum(["aangemaakt", "bestond_al", "zou_aanmaken", "geen", "fout"]),
  reden: z.string().optional(),
  sleutel: z.string().optional(),
  bedrag: Bedrag.optional(),
  doel: Bedrag.optional(),
  basisVersie: z.number().optional(),
  /** §15.4: settled by offset against an open vordering of another year, not paid. */
  verrekend: Bedrag.optional(),
});

export const MaandrunSchema = z
  .object({
    jaar: z.number(),
    maand: z.number(),
    proef: z.boolean(),
    regels: z.array(MaandrunRegelSchema),
    aantalAangemaakt: z.number(),
    totaalAangemaakt: Bedrag,
    aantalFouten: z.number(),
  })
  .meta({ id: "Maandrun", description: "Uitkomst van de maandelijkse voorschotrun (§6)" });

export const BetaalopdrachtSchema = z.object({
  sleutel: z.string().meta({ description: "Deterministische sleutel (§6)" }),
  /** §15.4, §15.7: voorschot, nabetaling na vaststelling, or nabetaling uit het landelijk restant. */
  soort: z.enum(["voorschot", "nabetaling", "restantverdeling"]),
  aanvraagId: z.string(),
  aanbiederId: z.string(),
  aanbiederNaam: z.string().nullable(),
  maand: Maand,
  basisVersie: z.number(),
  bedrag: Bedrag,
  aangemaaktOp: z.string(),
  /** The batch that pays it; null while in none. */
  batch: z.number().nullable(),
});

export const BetaalbatchSchema = z
  .object({
    zorgkantoorId: z.string(),
    maand: Maand,
    nummer: z.number(),
    status: z.enum(["voorgesteld", "vrijgegeven"]),
    aantal: z.number(),
    totaal: Bedrag,
    opdrachten: z.array(z.string()).meta({ description: "Sleutels van de betaalopdrachten" }),
    voorgesteldDoor: z.string(),
    voorgesteldOp: z.string(),
    vrijgegevenDoor: z.string().nullable(),
    vrijgegevenOp: z.string().nullable(),
    versie: z.number(),
  })
  .meta({
    id: "Betaalbatch",
    description: "Betaalbatch: voorgesteld en vrijgegeven door twee verschillende medewerkers (§1)",
  });

export const MaandoverzichtSchema = z
  .object({
    zorgkantoorId: z.string(),
    maand: Maand,
    opdrachten: z.array(BetaalopdrachtSchema).meta({
      description: "Eén pagina van de opdrachten van de maand",
    }),
    volgende: VolgendeSchema,
    aantal: z.number().meta({ description: "Aantal opdrachten van de hele maand" }),
    totaal: Bedrag.meta({
      description: "Totaal van alle opdrachten van de maand, niet van de pagina",
    }),
    nietInBatch: z
      .number()
      .meta({ description: "Opdrachten van de hele maand die in geen batch zitten" }),
    batches: z.array(BetaalbatchSchema),
  })
  .meta({ id: "Betaalmaand", description: "De betaalopdrachten van een maand en hun batches" });

export const ExportRegelsSchema = z
  .object({
    bestandsnaam: z.string(),
    regels: z.array(
      z.object({
        sleutel: z.string(),
        aanbiederNaam: z.string(),
        nzaNummer: z.string(),
        agbCode: z.string(),
        zorgkantoor: z.string(),
        jaar: z.number(),
        maand: Maand,
        bedrag: Bedrag,
        basisVersie: z.number(),
        aangemaaktOp: z.string(),
        iban: z.string().nullable().meta({ description: "IBAN bij de vrijgave (§15.5)" }),
        tenaamstelling: z.string().nullable(),
      }),
    ),
    totaal: Bedrag,
  })
  .meta({
    id: "BetaalbatchExport",
    description:
      "Export van een vrijgegeven batch; formaat xlsx of csv geeft het bestand (Content-Disposition), json deze regels",
  });

export const VoorschotschemaSchema = z
  .object({
    aanvraagId: z.string(),
    jaar: z.number(),
    toestand: z.string(),
    afspraak: z
      .object({
        getekendOp: z.string(),
        percentage: z.string(),
        basis: z.array(z.object({ vanafMaand: Maand, bedrag: Bedrag, versie: z.number() })),
      })
      .nullable(),
    maanden: z.array(
      z.object({
        maand: Maand,
        gepland: Bedrag,
        doel: Bedrag,
        basisVersie: z.number().nullable(),
        besteld: Bedrag.meta({ description: "betaalopdrachten van deze maand (§6)" }),
        betaald: Bedrag.meta({
          description: "daarvan vrijgegeven in een betaalbatch met tweede handtekening (§15.3)",
        }),
        opdrachten: z.array(
          z.object({ sleutel: z.string(), bedrag: Bedrag, basisVersie: z.number() }),
        ),
      }),
    ),
    totaalGepland: Bedrag,
    totaalBesteld: Bedrag,
    totaalBetaald: Bedrag,
    jaardoel: Bedrag,
    teVerrekenen: Bedrag,
  })
  .meta({ id: "Voorschotschema", description: "Voorschotten van één aanvraag per maand (§6)" });
