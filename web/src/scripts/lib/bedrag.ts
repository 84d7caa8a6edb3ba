// Exact amounts in the browser for LIVE feedback only (totals while typing, shares against the
// richtlijn): integer cents as BigInt, so 0.1 + 0.2 is never 0.30000000000000004. The server
// recomputes everything with decimal.js (shared/geld) and its answer is the one that counts;
// pulling decimal.js into the page would cost a third of the 50 KB JS budget.
import { MAANDNAMEN } from "#shared/kalender/maandnamen.js";

/** "1234.5", "1.234,50", "€ 1.234,50" → cents; null when it is not an amount with ≤ 2 decimals. */
export function centen(invoer: string): bigint | null {
  let s = invoer.replace(/[€\s]/g, "");
  if (s === "") return null;
  // Dutch notation: a comma is the decimal separator, dots group thousands.
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const c = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0") || "0");
  return m[1] ? -c : c;
}

/**
 * A decimal as typed — Dutch "0,85" or "1.234,5", or the API's "0.85" — as the API's text
 * "0.85"; null when it is not a decimal. With a comma, the comma is the decimal separator and dots
 * group thousands; without one the text is taken as the API writes it.
 */
export function decimaalTekst(invoer: string): string | null {
  let s = invoer.replace(/\s/g, "");
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}

/** The API's decimal "0.85" as Dutch "0,85" (no rounding: the value as stored). */
export const decimaalNl = (api: string): string => api.replace(".", ",");

/** The API's amount "1234.50" as Dutch without the euro sign, for a form field: "1.234,50". */
export const bedragNl = (api: string): string => euro(api).replace("€ ", "");

/** Cents → the API's amount string "1234.50". */
export function bedragTekst(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
}

/** The API's month "2020-05" → "mei 2020" (§11: Dutch formats on screen). */
export function maandNl(maand: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(maand);
  const naam = m ? MAANDNAMEN[Number(m[2]) - 1] : undefined;
  return m && naam ? `${naam} ${m[1]}` : maand;
}

/** "1234.50" (API) or cents → "€ 1.234,50". */
export function euro(bedrag: string | bigint): string {
  const c = typeof bedrag === "bigint" ? bedrag : centen(bedrag);
  if (c === null) return String(bedrag);
  const neg = c < 0n;
  const a = neg ? -c : c;
  const euros = (a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${neg ? "−" : ""}€ ${euros},${String(a % 100n).padStart(2, "0")}`;
}

export function som(bedragen: readonly bigint[]): bigint {
  return bedragen.reduce((a, b) => a + b, 0n);
}

/** deel / geheel as a percentage with one decimal, half-up ("72,5 %"); "—" when geheel is 0. */
export function aandeel(deel: bigint, geheel: bigint): string {
  if (geheel === 0n) return "—";
  const promille = (deel * 2000n + geheel) / (2n * geheel); // half-up of deel*1000/geheel (deel ≥ 0)
  return `${promille / 10n},${promille % 10n} %`;
}

/** A decimal text rounded half-up to `n` places for display ("1.03800738" → "1,0380"). */
export function afgerond(waarde: string, n: number): string {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(waarde);
  if (!m) return waarde;
  const schaal = 10n ** BigInt(n);
  const cijfers = (m[3] ?? "").padEnd(n + 1, "0");
  let x = BigInt(m[2]!) * schaal + BigInt(cijfers.slice(0, n) || "0");
  if (Number(cijfers[n]) >= 5) x += 1n;
  const heel = x / schaal;
  const rest = String(x % schaal).padStart(n, "0");
  return `${m[1]}${heel},${rest}`;
}
