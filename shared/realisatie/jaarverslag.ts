// docs/regels.md §7 (last bullets) [seed §4.2.12]: the rondrekening inputs of the year report, filed
// before 1 April t+1, for base year b and year t. Only the schema: the nacalculatie (§9.1)
// computes with it. Amounts are decimal strings; day counts are non-negative whole numbers in
// the JSON and Decimals once parsed, so every figure reaches §9.1 in the same exact type.
import * as z from "zod";
import { NietNegatiefBedragSchema } from "../geld/bedrag.js";
import { Decimal } from "../geld/decimal.js";
import { LIMIETEN } from "../limieten.js";
import { RegelIdSchema } from "./regels.js";

// §15.6: every figure is required — 0 is a figure, empty is not — so a missing one is named.
const DagenSchema = z
  .number({
    error: (iss) =>
      iss.input === undefined || iss.input === null || iss.input === ""
        ? "ontbreekt: vul het aantal dagen in (0 als er geen waren)"
        : "verwacht een aantal dagen als geheel getal",
  })
  .int({ error: "moet een geheel aantal dagen zijn" })
  .min(0, { error: "mag niet negatief zijn" })
  .max(Number.MAX_SAFE_INTEGER, { error: "aantal dagen te groot" })
  .transform((n) => new Decimal(n));

/** An amount ≥ 0; empty or missing says "ontbreekt" rather than "not a valid amount". */
const BedragSchema = z
  .string({
    error: (iss) =>
      iss.input === undefined || iss.input === null
        ? "ontbreekt: vul het bedrag in (0.00 als er niets was)"
        : 'verwacht een bedrag als tekst, bijvoorbeeld "1024000.00"',
  })
  .min(1, { error: "ontbreekt: vul het bedrag in (0.00 als er niets was)" })
  .max(LIMIETEN.getalTekens, { error: "te lang voor een bedrag" })
  .pipe(NietNegatiefBedragSchema);

const basisEnJaar = <S extends z.ZodType>(s: S) => z.strictObject({ basis: s, jaar: s });

/**
 * Client days for each zorgprofiel VV4–VV10; a profile without clients is 0, never left out
 * (§15.6: a missing figure is an error naming the field). Unknown profiles are refused.
 */
const ClientdagenSchema = z.strictObject({
  VV4: DagenSchema,
  VV5: DagenSchema,
  VV6: DagenSchema,
  VV7: DagenSchema,
  VV8: DagenSchema,
  VV9b: DagenSchema,
  VV10: DagenSchema,
});

/**
 * §7, §15.1: the realised spend of year t on one overige line of the agreement, by the id the
 * agreement (the request's begroting) gives the line. Which lines must be there is the agreement's
 * business (shared/nacalculatie/overigeMelding.ts), not the schema's.
 */
export const JaarverslagOverigeSchema = z.strictObject({
  regelId: RegelIdSchema,
  gerealiseerd: BedragSchema,
});

export const JaarverslagSchema = z.strictObject({
  /** SV-loon of the base year and of year t. */
  svLoon: basisEnJaar(BedragSchema),
  /** SV-dagen of the base year and of year t. */
  svDagen: basisEnJaar(DagenSchema),
  /** Employer costs on top of SV-loon, year t. */
  werkgeverslasten: BedragSchema,
  /** Invoices for inhuur (hired staff), base year and year t. */
  inhuur: basisEnJaar(BedragSchema),
  /** Production (omzet) ZZP/VPT VV4–VV10, base year and year t. */
  omzet: basisEnJaar(BedragSchema),
  clientdagen: basisEnJaar(ClientdagenSchema),
  /** Realised overige spend of year t, one entry per overige line of the agreement. */
  overige: z
    .array(JaarverslagOverigeSchema, {
      error: (iss) =>
        iss.input === undefined
          ? "ontbreekt: geef per overige regel van de afspraak het gerealiseerde bedrag"
          : "verwacht een lijst met per overige regel het gerealiseerde bedrag",
    })
    .max(LIMIETEN.regels, { error: `hoogstens ${LIMIETEN.regels} regels` }),
});
export type Jaarverslag = z.output<typeof JaarverslagSchema>;
