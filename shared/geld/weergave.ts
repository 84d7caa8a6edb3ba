import { round2 } from "./bedrag.js";
import type { Decimal } from "./decimal.js";

// Display form of §11: "€ 1.234.567,89" (nl-NL). Built from the exact decimal string, not from
// Intl.NumberFormat, which would pass the amount through a binary float.
export function euro(d: Decimal): string {
  const [heel = "0", cent = "00"] = round2(d).abs().toFixed(2).split(".");
  const groepen = heel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${round2(d).isNegative() ? "-" : ""}€ ${groepen},${cent}`;
}
