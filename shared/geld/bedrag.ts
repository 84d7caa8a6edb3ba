import * as z from "zod";
import { heleCijfers, LIMIETEN } from "../limieten.js";
import { Decimal, NUL } from "./decimal.js";

// Amounts cross every edge as strings ("1024000.00") and are Decimals inside. §11: rounding
// half-up to cents happens only where an amount is produced, via round2.

const DECIMAAL = /^-?\d+(\.\d+)?$/;
const BEDRAG = /^-?\d+(\.\d{1,2})?$/;

/** An amount in euros with at most two decimals, as a string. Output: Decimal. */
export const BedragSchema = z
  .string({ error: 'verwacht een bedrag als tekst, bijvoorbeeld "1024000.00"' })
  .max(LIMIETEN.getalTekens, { error: "te lang voor een bedrag" })
  .regex(BEDRAG, {
    error:
      'geen geldig bedrag: gebruik cijfers met hoogstens twee decimalen, bijvoorbeeld "1024000.00"',
  })
  .refine((s) => heleCijfers(s) <= LIMIETEN.bedragCijfers, {
    error: `te groot: een bedrag heeft hoogstens ${LIMIETEN.bedragCijfers} cijfers vóór de punt`,
  })
  .transform((s) => new Decimal(s));

export const NietNegatiefBedragSchema = BedragSchema.refine((d) => !d.lt(0), {
  error: "mag niet negatief zijn",
});

/**
 * An amount as stored or summed (an export of payment orders, a batch total), not as entered:
 * the format of BedragSchema without the input limit, so a reader never refuses what is stored
 * and the exports keep their own checks (a spreadsheet cell, functions/lib/export/).
 */
export const OpgeslagenBedragSchema = z
  .string({ error: 'verwacht een bedrag als tekst, bijvoorbeeld "1024000.00"' })
  .regex(BEDRAG, { error: "geen geldig bedrag: hoogstens twee decimalen" })
  .transform((s) => new Decimal(s))
  .refine((d) => !d.lt(0), { error: "mag niet negatief zijn" });

/** Any exact decimal number as a string (rates, weights, day counts). Output: Decimal. */
export const DecimaalSchema = z
  .string({ error: 'verwacht een getal als tekst, bijvoorbeeld "0.75"' })
  .max(LIMIETEN.getalTekens, { error: "te lang voor een getal" })
  .regex(DECIMAAL, { error: "geen geldig getal: gebruik cijfers met een punt als decimaalteken" })
  .refine(
    (s) =>
      heleCijfers(s) <= LIMIETEN.decimaalCijfers &&
      (s.split(".")[1]?.length ?? 0) <= LIMIETEN.decimaalDecimalen,
    {
      error: `te groot of te precies: hoogstens ${LIMIETEN.decimaalCijfers} cijfers vóór en ${LIMIETEN.decimaalDecimalen} na de punt`,
    },
  )
  .transform((s) => new Decimal(s));

export const NietNegatiefDecimaalSchema = DecimaalSchema.refine((d) => !d.lt(0), {
  error: "mag niet negatief zijn",
});

/** A fraction 0..1 as a string ("0.75"). */
export const PercentageSchema = DecimaalSchema.refine((d) => d.gte(0) && d.lte(1), {
  error: "moet tussen 0 en 1 liggen (0.75 betekent 75%)",
});

/** Half-up to cents (§11). */
export const round2 = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Down to cents: the first step of a largest-remainder split. */
export const floor2 = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_FLOOR);

/** The edge form of an amount: always two decimals, no thousands separator. */
export const bedragTekst = (d: Decimal): string => {
  // One decimal.js call rounds half-up and formats; "-0.00" (decimal.js keeps the sign of zero)
  // is never shown to a controller.
  const tekst = d.toFixed(2, Decimal.ROUND_HALF_UP);
  return tekst === "-0.00" ? "0.00" : tekst;
};

/** decimal.js keeps the sign of zero (-0.001 rounds to -0): a controller should never see "-0.00". */
export const zonderMinNul = (d: Decimal): Decimal => (d.isZero() ? d.abs() : d);

export const som = (bedragen: readonly Decimal[]): Decimal =>
  bedragen.reduce((a, b) => a.plus(b), new Decimal(0));

export const max = (a: Decimal, b: Decimal): Decimal => (a.gt(b) ? a : b);
export const min = (a: Decimal, b: Decimal): Decimal => (a.lt(b) ? a : b);

/** A stored amount as a Decimal; anything unreadable counts 0 (stored amounts were validated). */
export function bedragUit(x: unknown): Decimal {
  if (typeof x !== "string" && typeof x !== "number") return NUL;
  try {
    const d = new Decimal(String(x));
    return d.isFinite() ? d : NUL;
  } catch {
    return NUL;
  }
}
