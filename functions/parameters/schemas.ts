// docs/regels.md §3.1 and §5.3: request and answer schemas of the parameters Lambda. The request body
// reuses the shared/ JaarParametersSchema (amounts as text → Decimal) without `versie`: the server
// assigns it. Answers are plain JSON (amounts as text), also used for the OpenAPI document.
import * as z from "zod";
import { NietNegatiefBedragSchema } from "#shared/geld/bedrag.js";
import { JaarSchema } from "#shared/kalender/tijd.js";
import { JaarParametersSchema, ZORGPROFIELEN } from "#shared/parameters/jaarparameters.js";

const Id = z.string().trim().min(1).max(200);

/** Path parameters are text: "2020" → 2020, then the shared year rule. */
const JaarTekst = z
  .string()
  .regex(/^\d{4}$/, { error: "verwacht een jaartal van vier cijfers, bijvoorbeeld 2020" })
  .transform(Number)
  .pipe(JaarSchema);

export const JaarParamsSchema = z.strictObject({ jaar: JaarTekst });
export const KaderParamsSchema = z.strictObject({ jaar: JaarTekst, zorgkantoorId: Id });

/** §3.1: a new version as landelijk-beheer enters it; `versie` is assigned by the server. */
export const NieuweParametersSchema = JaarParametersSchema.omit({ versie: true });

export const KaderBodySchema = z.strictObject({
  bedrag: NietNegatiefBedragSchema,
  /** Optimistic locking when the kader exists: the versie the caller read (409 when it moved on). */
  versie: z
    .number({ error: "verwacht de versie van het kader zoals u die las (een getal)" })
    .int({ error: "versie is een geheel getal" })
    .min(1, { error: "versie begint bij 1" })
    .optional(),
});

/** §5 constraint 2: the release of the regional margin names its reason (it is audited). */
export const MargeVrijgaveBodySchema = z.strictObject({
  reden: z
    .string({ error: "geef de reden van de vrijgave als tekst" })
    .trim()
    .min(1, { error: "een vrijgave van de regionale ruimte heeft een reden nodig (§5)" })
    .max(2000, { error: "de reden is te lang (hoogstens 2000 tekens)" }),
});

const Tekst = z.string();

export const ParametersSchema = z
  .object({
    jaar: z.number().int(),
    versie: z.number().int(),
    landelijkBudget: Tekst,
    compensatie: Tekst,
    beschikbaarPersoneelOverig: Tekst,
    richtlijnPersoneel: Tekst,
    reserveringspercentage: Tekst,
    voorschotpercentage: Tekst,
    basisjaar: z.number().int(),
    gewichten: z.record(z.enum(ZORGPROFIELEN), Tekst),
    loonkostenBand: z.object({ min: Tekst, max: Tekst }),
    productieAfwijkingSignaal: Tekst,
  })
  .meta({ id: "JaarParameters", description: "De parameters van een begrotingsjaar (§3.1)" });

export const ParameterversieSchema = z
  .object({
    bron: z.enum(["standaard", "ingevoerd"]).meta({
      description: "standaard: meegeleverd (2019, 2020) of de waarden van 2020 voor een later jaar",
    }),
    ingevoerdOp: z.string().nullable(),
    ingevoerdDoor: z.string().nullable(),
    parameters: ParametersSchema,
  })
  .meta({ id: "Parameterversie" });

export const ParameterversiesSchema = z
  .object({
    jaar: z.number().int(),
    inGebruik: z.number().int(),
    versies: z.array(ParameterversieSchema),
  })
  .meta({
    id: "Parameterversies",
    description: "Alle versies van de parameters van een jaar, oudste eerst",
  });

export const KaderSchema = z
  .object({
    zorgkantoorId: z.string(),
    jaar: z.number().int(),
    kader: Tekst,
    afgesproken: Tekst,
    ruimte: Tekst,
    versie: z.number().int(),
    margeVrijgegeven: z
      .object({ op: z.string(), door: z.string(), reden: z.string() })
      .nullable()
      .meta({
        description:
          "Vrijgave van de regionale ruimte boven de reservering door zorgkantoor-beheer (§5, beperking 2); null: niet vrijgegeven",
      }),
  })
  .meta({ id: "RegionaalKader", description: "Het regionale kader van een zorgkantoor (§5.3)" });

export const KadersSchema = z
  .object({
    jaar: z.number().int(),
    landelijkBudget: Tekst,
    kaders: z.array(KaderSchema),
  })
  .meta({
    id: "RegionaleKaders",
    description: "De regionale kaders van een jaar binnen uw bereik",
  });
