// docs/regels.md §5: the reserved amount and the check of a proposed toekenning as berekeningen a
// controller can rerun: `npm run kb -- reservering --input …`, `npm run kb -- toekenning --input …`.
import * as z from "zod";
import { defineer } from "../berekening.js";
import { bedragTekst, NietNegatiefBedragSchema, PercentageSchema } from "../geld/bedrag.js";
import { aandeelPersoneel } from "../indiening/begroting.js";
import { InstantSchema, JaarSchema } from "../kalender/tijd.js";
import { parametersVoor } from "../parameters/jaarparameters.js";
import { dan, ok } from "../resultaat.js";
import { AfwijkendeReserveringSchema, ProductieSchema, reservering } from "./reservering.js";
import { BESLUITEN, controleerToekenning, toegekendTotaal } from "./toekenning.js";

const ReserveringInvoerSchema = z.object({
  productie: ProductieSchema.describe(
    "productie ZZP/VPT per zorgprofiel in euro's: basisjaar (bestaande aanbieder) of verwacht (nieuwe)",
  ),
  percentage: PercentageSchema.optional().describe(
    "reserveringspercentage; standaard dat van het jaar (§3.1)",
  ),
  jaar: JaarSchema.describe("begrotingsjaar t"),
  afwijkend: AfwijkendeReserveringSchema.optional().describe(
    "een door het zorgkantoor vastgesteld ander bedrag, met verplichte reden",
  ),
});

const ReserveringUitvoerSchema = z.object({ reservering: z.string() });

export const reserveringBerekening = defineer({
  naam: "reservering",
  omschrijving:
    "Berekent het gereserveerde bedrag: reserveringspercentage × productie VV4–VV10, afgerond op centen.",
  bron: "docs/regels.md §5; seed §4.2.1, §4.2.3",
  invoer: ReserveringInvoerSchema,
  uitvoer: ReserveringUitvoerSchema,
  bereken: (i) =>
    dan(
      reservering(
        i.productie,
        i.percentage ?? parametersVoor(i.jaar).reserveringspercentage,
        i.afwijkend,
      ),
      (r) => ok({ reservering: bedragTekst(r.bedrag) }),
    ),
});

const ToekenningInvoerSchema = z.object({
  jaar: JaarSchema.describe("begrotingsjaar t"),
  op: InstantSchema.describe("tijdstip van het besluit, ISO 8601 met tijdzone"),
  aangevraagd: z
    .object({ personeel: NietNegatiefBedragSchema, overige: NietNegatiefBedragSchema })
    .describe("de begrotingstotalen van de aanvraag voor jaar t"),
  aangevraagdeOverigeRegels: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        omschrijving: z.string().max(2000).default(""),
        bedrag: NietNegatiefBedragSchema,
      }),
    )
    .max(2000)
    .optional()
    .describe(
      "de overige regels van jaar t zoals aangevraagd (§15.1); zonder deze geen toets per regel",
    ),
  reservering: NietNegatiefBedragSchema.describe("het gereserveerde bedrag (§5)"),
  margeVrijgegeven: z
    .boolean()
    .default(false)
    .describe("zorgkantoor-beheer heeft de regionale ruimte vrijgegeven"),
  regionaalKader: NietNegatiefBedragSchema.describe(
    "regionaal kader van het zorgkantoor voor jaar t",
  ),
  overigeAfspraken: NietNegatiefBedragSchema.describe(
    "som van de afspraken (incl. compensatie) van het zorgkantoor voor jaar t, zonder deze aanbieder",
  ),
  toekenning: z.object({
    besluit: z.enum(BESLUITEN),
    personeel: NietNegatiefBedragSchema,
    overige: NietNegatiefBedragSchema,
    compensatie: NietNegatiefBedragSchema.prefault("0.00"),
    motivering: z.string().max(20000).default(""),
    overigeRegels: z
      .array(z.object({ id: z.string().min(1).max(200), bedrag: NietNegatiefBedragSchema }))
      .max(2000)
      .optional()
      .describe("het toegekende bedrag per overige regel (§15.1)"),
  }),
});

const ToekenningUitvoerSchema = z.object({
  /** personeel + overige + compensatie */
  totaal: z.string(),
  /** personeel / (personeel + overige) of the toekenning, not rounded; null when both are zero. */
  aandeelPersoneel: z.string().nullable(),
  toegestaan: z.boolean(),
  overtredingen: z.array(z.object({ code: z.string(), veld: z.string(), melding: z.string() })),
});

export const toekenningBerekening = defineer({
  naam: "toekenning",
  omschrijving:
    "Controleert een voorgestelde toekenning tegen de voorwaarden van §5 en noemt elke overtreding.",
  bron: "docs/regels.md §5, §15.1; seed §4.2.7, §4.2.8, §4.2.10, §4.2.11",
  invoer: ToekenningInvoerSchema,
  uitvoer: ToekenningUitvoerSchema,
  bereken: (i) => {
    const overtredingen = controleerToekenning(i.toekenning, {
      jaar: i.jaar,
      op: i.op,
      aangevraagd: i.aangevraagd,
      reservering: i.reservering,
      margeVrijgegeven: i.margeVrijgegeven,
      regionaalKader: i.regionaalKader,
      overigeAfspraken: i.overigeAfspraken,
      richtlijnPersoneel: parametersVoor(i.jaar).richtlijnPersoneel,
      ...(i.aangevraagdeOverigeRegels && {
        aangevraagdeOverigeRegels: i.aangevraagdeOverigeRegels,
      }),
    });
    return ok({
      totaal: bedragTekst(toegekendTotaal(i.toekenning)),
      aandeelPersoneel:
        aandeelPersoneel(i.toekenning.personeel, i.toekenning.overige)?.toString() ?? null,
      toegestaan: overtredingen.length === 0,
      overtredingen,
    });
  },
});
