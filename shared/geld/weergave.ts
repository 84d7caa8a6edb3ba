import { round2, zonderMinNul } from "./bedrag.js";
import type { Decimal } from "./decimal.js";

// Display form of §11: "€ 1.234.567,89" (nl-NL). Built from the exact decimal string, not from
// Intl.NumberFormat, which would pass the amount through a binary float.
export function euro(d: Decimal): string {
  const afgerond = zonderMinNul(round2(d));
  const [heel = "0", cent = "00"] = afgerond.abs().toFixed(2).split(".");
  const groepen = heel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${afgerond.isNegative() ? "-" : ""}€ ${groepen},${cent}`;
}
