// DOMAIN.md §7 (last bullets) [seed §4.2.12]: the rondrekening inputs of the year report, filed
// before 1 April t+1, for base year b and year t. Only the schema: the nacalculatie (§9.1)
// computes with it. Amounts are decimal strings; day counts are non-negative whole numbers in
// the JSON and Decimals once parsed, so every figure reaches §9.1 in the same exact type.
import * as z from "zod";
import { NietNegatiefBedragSchema } from "../geld/bedrag.js";
import { Decimal } from "../geld/decimal.js";

const DagenSchema = z
  .number({ error: "verwacht een aantal dagen als geheel getal" })
  .int({ error: "moet een geheel aantal dagen zijn" })
  .min(0, { error: "mag niet negatief zijn" })
  .max(Number.MAX_SAFE_INTEGER, { error: "aantal dagen te groot" })
  .transform((n) => new Decimal(n));

const basisEnJaar = <S extends z.ZodType>(s: S) => z.strictObject({ basis: s, jaar: s });

/** Client days per zorgprofiel; a profile left out had no clients (0). Unknown profiles are refused. */
const ClientdagenSchema = z.strictObject({
  VV4: DagenSchema.prefault(0),
  VV5: DagenSchema.prefault(0),
  VV6: DagenSchema.prefault(0),
  VV7: DagenSchema.prefault(0),
  VV8: DagenSchema.prefault(0),
  VV9b: DagenSchema.prefault(0),
  VV10: DagenSchema.prefault(0),
});

export const JaarverslagSchema = z.strictObject({
  /** SV-loon of the base year and of year t. */
  svLoon: basisEnJaar(NietNegatiefBedragSchema),
  /** SV-dagen of the base year and of year t. */
  svDagen: basisEnJaar(DagenSchema),
  /** Employer costs on top of SV-loon, year t. */
  werkgeverslasten: NietNegatiefBedragSchema,
  /** Invoices for inhuur (hired staff), base year and year t. */
  inhuur: basisEnJaar(NietNegatiefBedragSchema),
  /** Production (omzet) ZZP/VPT VV4–VV10, base year and year t. */
  omzet: basisEnJaar(NietNegatiefBedragSchema),
  clientdagen: basisEnJaar(ClientdagenSchema),
});
export type Jaarverslag = z.output<typeof JaarverslagSchema>;
