import * as z from "zod";
import { BedragSchema, DecimaalSchema, PercentageSchema } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { JaarSchema } from "../kalender/tijd.js";

// docs/regels.md §3.1: the parameters of a budget year. The portal ships 2019 and 2020; later years are
// entered by landelijk-beheer, and until then a year takes the 2020 values. Decisions store the
// versie they were taken under, so a later change never rewrites them (§2).

export const ZORGPROFIELEN = ["VV4", "VV5", "VV6", "VV7", "VV8", "VV9b", "VV10"] as const;
export type Zorgprofiel = (typeof ZORGPROFIELEN)[number];

export const JaarParametersSchema = z.strictObject({
  jaar: JaarSchema,
  versie: z.number().int().min(1),
  landelijkBudget: BedragSchema,
  compensatie: BedragSchema,
  beschikbaarPersoneelOverig: BedragSchema,
  richtlijnPersoneel: PercentageSchema,
  reserveringspercentage: PercentageSchema,
  voorschotpercentage: PercentageSchema,
  basisjaar: z.number().int().min(2000).max(2100),
  /** §9.1 weights per zorgprofiel. */
  gewichten: z.record(z.enum(ZORGPROFIELEN), DecimaalSchema),
  /** §4.2 LOONKOSTEN_AFWIJKEND: plausible cost per fte per year [portal rule, configurable]. */
  loonkostenBand: z.strictObject({ min: BedragSchema, max: BedragSchema }),
  /** §9.1: production development beyond this fraction is a warning [portal rule]. */
  productieAfwijkingSignaal: PercentageSchema,
});
export type JaarParametersInvoer = z.input<typeof JaarParametersSchema>;
export type JaarParameters = z.output<typeof JaarParametersSchema>;

const GEWICHTEN = {
  VV4: "1.00",
  VV5: "1.45",
  VV6: "1.35",
  VV7: "1.70",
  VV8: "2.05",
  VV9b: "1.60",
  VV10: "1.95",
};

const GEMEEN = {
  versie: 1,
  richtlijnPersoneel: "0.85",
  reserveringspercentage: "0.11",
  voorschotpercentage: "0.75",
  basisjaar: 2018,
  gewichten: GEWICHTEN,
  loonkostenBand: { min: "35000.00", max: "110000.00" },
  productieAfwijkingSignaal: "0.10",
};

export const STANDAARD_PARAMETERS: readonly JaarParametersInvoer[] = [
  {
    ...GEMEEN,
    jaar: 2019,
    landelijkBudget: "600000000.00",
    compensatie: "0.00",
    beschikbaarPersoneelOverig: "600000000.00",
  },
  {
    ...GEMEEN,
    jaar: 2020,
    landelijkBudget: "1100000000.00",
    compensatie: "125000000.00",
    beschikbaarPersoneelOverig: "975000000.00",
  },
];

/**
 * The parameters in force for `jaar`: the newest entered version of that year, else the shipped
 * one, else the 2020 values carried to that year (§3.1).
 */
export function parametersVoor(
  jaar: number,
  ingevoerd: readonly JaarParametersInvoer[] = [],
): JaarParameters {
  // The shipped years are parsed once: calculations ask for them on every call.
  const bekend = ingevoerd.length === 0 ? standaardCache.get(jaar) : undefined;
  if (bekend) return bekend;
  const eigen = [...ingevoerd, ...STANDAARD_PARAMETERS]
    .filter((p) => p.jaar === jaar)
    .sort((a, b) => b.versie - a.versie)[0];
  const basis = eigen ?? { ...STANDAARD_PARAMETERS[1]!, jaar };
  const parameters = Object.freeze(JaarParametersSchema.parse(basis));
  if (ingevoerd.length === 0) standaardCache.set(jaar, parameters);
  return parameters;
}

const standaardCache = new Map<number, JaarParameters>();

export type Gewichten = Record<Zorgprofiel, Decimal>;
