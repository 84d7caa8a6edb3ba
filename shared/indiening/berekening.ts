// docs/regels.md §4.2: the checks on submission as a berekening a controller can rerun:
// `npm run kb -- toetsing --input aanvraag.json`.
import * as z from "zod";
import { defineer } from "../berekening.js";
import { bedragTekst, NietNegatiefBedragSchema } from "../geld/bedrag.js";
import { InstantSchema, JaarSchema } from "../kalender/tijd.js";
import { parametersVoor } from "../parameters/jaarparameters.js";
import { ok } from "../resultaat.js";
import { AanvraagSchema } from "./aanvraag.js";
import { totalenPerJaar } from "./begroting.js";
import { BevindingUitvoerSchema } from "./bevinding.js";
import { kanIndienen, toets } from "./toetsing.js";

const ToetsingInvoerSchema = z.object({
  jaar: JaarSchema.describe("begrotingsjaar t van de aanvraag"),
  op: InstantSchema.describe("tijdstip van indiening, ISO 8601 met tijdzone"),
  aanvraag: AanvraagSchema.describe("de inhoud van de aanvraag (docs/regels.md §4.1)"),
  reservering: NietNegatiefBedragSchema.describe("het gereserveerde bedrag (§5)"),
  laatVensterTot: InstantSchema.optional().describe(
    "laat venster van het zorgkantoor: indienen kan tot (niet tot en met) dit tijdstip",
  ),
});

const JaartotaalUitvoerSchema = z.object({
  jaar: z.number(),
  personeel: z.string(),
  overige: z.string(),
  totaal: z.string(),
  /** Not rounded (§11); null when personeel + overige is zero. */
  aandeelPersoneel: z.string().nullable(),
});

const ToetsingUitvoerSchema = z.object({
  totalen: z.array(JaartotaalUitvoerSchema),
  /** Share of year t, not rounded; null when year t has no amounts. */
  aandeelPersoneel: z.string().nullable(),
  bevindingen: z.array(BevindingUitvoerSchema),
  kanIndienen: z.boolean(),
});
type ToetsingUitvoer = z.infer<typeof ToetsingUitvoerSchema>;

export const toetsingBerekening = defineer({
  naam: "toetsing",
  omschrijving:
    "Toetst een aanvraag bij indiening: totalen per jaar, aandeel personeel en de bevindingen van §4.2.",
  bron: "docs/regels.md §4.1, §4.2",
  invoer: ToetsingInvoerSchema,
  uitvoer: ToetsingUitvoerSchema,
  bereken: (i) => {
    const bevindingen = toets(i.aanvraag, {
      jaar: i.jaar,
      parameters: parametersVoor(i.jaar),
      reservering: i.reservering,
      op: i.op,
      laatVenster: i.laatVensterTot ? { tot: i.laatVensterTot } : undefined,
    });
    const totalen = totalenPerJaar(i.aanvraag.begroting);
    const jaarT = totalen.find((t) => t.jaar === i.jaar);
    return ok<ToetsingUitvoer>({
      totalen: totalen.map((t) => ({
        jaar: t.jaar,
        personeel: bedragTekst(t.personeel),
        overige: bedragTekst(t.overige),
        totaal: bedragTekst(t.totaal),
        aandeelPersoneel: t.aandeelPersoneel?.toString() ?? null,
      })),
      aandeelPersoneel: jaarT?.aandeelPersoneel?.toString() ?? null,
      bevindingen,
      kanIndienen: kanIndienen(bevindingen),
    });
  },
});
