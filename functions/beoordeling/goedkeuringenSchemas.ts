// docs/regels.md §1 four eyes: the schemas of the one list of what waits for a second signature
// (any year) and of sending a toekenning proposal back. Amounts as text with two decimals.
import * as z from "zod";

const Versie = z.number({ error: "geef de versie op die u las" }).int().min(1);

/** [portal rule] sending back needs a reason; the 422 names the field. */
export const TerugsturenBodySchema = z.strictObject({
  versie: Versie,
  reden: z
    .string({ error: "reden: geef op waarom u het voorstel terugstuurt" })
    .trim()
    .min(1, { error: "reden: geef op waarom u het voorstel terugstuurt" })
    .max(20000),
});

const Bedrag = z.string().meta({ description: "bedrag in euro, twee decimalen, bijv. 1234.56" });

export const GoedkeuringSchema = z.object({
  soort: z.enum(["toekenning", "vaststelling", "herziening", "betaalbatch"]),
  /** The case; null for a payment batch. */
  aanvraagId: z.string().nullable(),
  aanbiederNaam: z.string().nullable(),
  /** A payment batch: its month ("2021-03"), number, number of orders and versie to release. */
  batch: z
    .object({
      maand: z.string(),
      nummer: z.number().int(),
      aantal: z.number().int(),
      versie: z.number().int(),
    })
    .nullable(),
  /** A herziening: the vaststelling now, and the version approving lays down. */
  was: Bedrag.nullable(),
  nieuweVersie: z.number().int().nullable(),
  jaar: z.number().int(),
  voorgesteldDoor: z
    .string()
    .meta({ description: "wie voorstelde, zoals het auditspoor mensen noemt (e-mailadres)" }),
  voorgesteldOp: z.string(),
  motivering: z.string(),
  tegenover: z.enum(["aangevraagd", "afgesproken", "vastgesteld"]),
  bedragen: z.array(
    z.object({
      omschrijving: z.string(),
      voorgesteld: Bedrag,
      tegenover: Bedrag.nullable(),
      regel: z.boolean().meta({ description: "een overige regel onder Overige kosten" }),
    }),
  ),
  totaal: Bedrag,
  magGoedkeuren: z.boolean(),
  /** Why the caller may not sign; null when they may. */
  reden: z.string().nullable(),
  wieTekent: z.string(),
  brief: z
    .string()
    .nullable()
    .meta({ description: "pad van de brief (PDF) die uit het besluit volgt" }),
  goedkeuring: z.string().meta({ description: "pad van de goedkeuringsroute (POST)" }),
  terugsturen: z.string().nullable().meta({ description: "pad om terug te sturen (POST)" }),
});

export const GoedkeuringenSchema = z
  .object({ zorgkantoorId: z.string(), items: z.array(GoedkeuringSchema) })
  .meta({
    id: "Goedkeuringen",
    description: "Wat bij dit zorgkantoor op een tweede handtekening wacht, in elk jaar (§1)",
  });
