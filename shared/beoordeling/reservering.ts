// docs/regels.md §5 (seed §4.2.1, §4.2.3): the reserved amount of an aanbieder is
// reserveringspercentage × productie ZZP/VPT VV4–VV10 — the base year's production for an
// existing aanbieder, the expected production (ondernemingsplan) for a new one, where it is a
// maximum. The zorgkantoor can set another amount, always with a reason.
import * as z from "zod";
import { NietNegatiefBedragSchema, round2, som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { ZORGPROFIELEN, type Zorgprofiel } from "../parameters/jaarparameters.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

/** Production per zorgprofiel VV4–VV10; a profile the aanbieder does not deliver may be absent. */
export const ProductieSchema = z.partialRecord(z.enum(ZORGPROFIELEN), NietNegatiefBedragSchema);
export type Productie = Partial<Record<Zorgprofiel, Decimal>>;

export const productieTotaal = (productie: Productie): Decimal =>
  som(ZORGPROFIELEN.flatMap((p) => productie[p] ?? []));

/** §5: percentage × production VV4–VV10, half-up to cents (an amount is produced, §11). */
export const berekendeReservering = (productie: Productie, percentage: Decimal): Decimal =>
  round2(percentage.times(productieTotaal(productie)));

export const AfwijkendeReserveringSchema = z.object({
  bedrag: NietNegatiefBedragSchema,
  reden: z.string().trim().min(1, {
    error: "een afwijkend gereserveerd bedrag vraagt een reden (§5)",
  }),
});
export type AfwijkendeReservering = z.output<typeof AfwijkendeReserveringSchema>;

export interface Reservering {
  bedrag: Decimal;
  /** What the formula gives, kept beside an override for the audit trail (§12). */
  berekend: Decimal;
  bron: "berekend" | "zorgkantoor";
  reden?: string;
}

/**
 * The reserved amount in force: the calculated one, or the zorgkantoor's with its reason.
 * An override without a reason or below zero is a Fout naming the field.
 */
export function reservering(
  productie: Productie,
  percentage: Decimal,
  afwijkend?: { bedrag: Decimal; reden: string },
): Resultaat<Reservering> {
  const berekend = berekendeReservering(productie, percentage);
  if (!afwijkend) return ok({ bedrag: berekend, berekend, bron: "berekend" });
  if (afwijkend.reden.trim() === "")
    return fout(
      "REDEN_ONTBREEKT",
      "afwijkend.reden",
      "afwijkend.reden: een afwijkend gereserveerd bedrag vraagt een reden (§5)",
    );
  if (afwijkend.bedrag.isNegative() || afwijkend.bedrag.decimalPlaces() > 2)
    return fout(
      "ONGELDIG_BEDRAG",
      "afwijkend.bedrag",
      "afwijkend.bedrag: het gereserveerde bedrag is niet negatief en in hele centen",
    );
  return ok({
    bedrag: afwijkend.bedrag,
    berekend,
    bron: "zorgkantoor",
    reden: afwijkend.reden.trim(),
  });
}
