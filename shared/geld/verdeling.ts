import { floor2, som } from "./bedrag.js";
import { Decimal, NUL } from "./decimal.js";

/**
 * Splits `totaal` (whole cents) over `gewichten` in proportion, exact to the cent, by largest
 * remainder (§8, §9.4): every share is first rounded down to cents; the cents left over go one
 * by one to the largest remainders; equal remainders go to the one listed first.
 * Callers guarantee Σ gewichten > 0 and non-negative weights.
 */
export function verdeelGrootsteRest(totaal: Decimal, gewichten: readonly Decimal[]): Decimal[] {
  const noemer = som(gewichten);
  if (noemer.isZero()) return gewichten.map(() => NUL);
  const exact = gewichten.map((g) => totaal.times(g).dividedBy(noemer));
  const delen = exact.map(floor2);
  // geheel getal: the cents left over are fewer than the number of shares, so exact as a number.
  const restCenten = totaal.minus(som(delen)).times(100).toNumber();
  const volgorde = exact
    .map((e, i) => ({ i, rest: e.minus(delen[i]!) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (let k = 0; k < restCenten; k++) {
    const i = volgorde[k % volgorde.length]!.i;
    delen[i] = delen[i]!.plus(new Decimal("0.01"));
  }
  return delen;
}
