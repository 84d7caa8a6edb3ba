// docs/regels.md §7 [portal rule]: projection for the year = realised to date × 12 / months covered,
// an amount, so rounded half-up to cents per line (§11).
import { round2 } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { MAANDEN_GEDEKT, type Venster } from "./venster.js";

/** Takes the window, not a month count, so the divisor is never 0. */
export const projectie = (totNu: Decimal, venster: Venster): Decimal =>
  round2(totNu.times(12).dividedBy(MAANDEN_GEDEKT[venster]));
