// docs/regels.md §6: the cumulative target T(m) = round₂(p × B × (m − m₀ + 1) / 12). Paying the
// difference with what was paid before keeps the year total exact in cents, however single
// months round.
import { round2 } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";

/** Number of covered months m₀..m (0 before m₀). */
export const gedekteMaanden = (m0: number, maand: number): number =>
  maand < m0 ? 0 : maand - m0 + 1;

/** T(m): multiply first and divide once, so the only rounding is the half-up to cents. */
export function cumulatiefDoel(
  percentage: Decimal,
  basis: Decimal,
  m0: number,
  maand: number,
): Decimal {
  const maanden = gedekteMaanden(m0, maand);
  if (maanden === 0) return NUL;
  return round2(percentage.times(basis).times(maanden).dividedBy(12));
}
