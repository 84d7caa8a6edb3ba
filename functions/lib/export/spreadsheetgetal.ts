// docs/regels.md §11: amounts are exact decimals, never binary floating point. A spreadsheet cell,
// however, holds an IEEE double; that is the one place an amount becomes a JavaScript number,
// at the very edge (the finance export), and only when the double is exact to the cent.
//
// Why 10^13 euros and not 2^53 cents: integer cents are exact below 2^53, but the cell holds
// euros, and a double round-trips a decimal only up to 15 significant digits (DBL_DIG), which is
// also all Excel displays. 90071992547409.91 (2^53 − 1 cents) becomes 90071992547409.9 as a
// double. 13 digits before the comma plus 2 after is 15: every amount below 10^13 euros is exact.

import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import { fout, ok, type Resultaat } from "#shared/resultaat.js";

/** Exclusive upper bound of |amount| that a spreadsheet cell holds exactly to the cent. */
export const SPREADSHEETGRENS = new Decimal("1e13");

/** The amount as a number for a spreadsheet cell, or a Fout naming the field. */
export function spreadsheetGetal(d: Decimal, veld: string): Resultaat<number> {
  if (!d.isFinite() || d.decimalPlaces() > 2)
    return fout("ONGELDIGE_INVOER", veld, `${veld}: geen bedrag in hele centen`);
  if (d.abs().gte(SPREADSHEETGRENS))
    return fout(
      "BEDRAG_TE_GROOT_VOOR_SPREADSHEET",
      veld,
      `${veld}: ${euro(d)} is te groot om exact in een spreadsheetcel te staan (hoogstens ${euro(SPREADSHEETGRENS.minus("0.01"))}); gebruik de CSV-export`,
    );
  // The only conversion of an amount to a number in the project: safe by the bound above, and
  // checked once more — the double must read back as the same decimal.
  const getal = d.toNumber();
  if (!new Decimal(getal).eq(d))
    return fout("BEDRAG_TE_GROOT_VOOR_SPREADSHEET", veld, `${veld}: ${euro(d)} is niet exact`);
  return ok(getal);
}
