// CSV in the dialect Dutch Excel
// and Dutch finance packages read without an import wizard — UTF-8 with a BOM (else Excel reads
// ANSI and mangles "ë"), ";" as separator (the "," is the decimal sign in nl-NL), amounts with a
// decimal comma and no thousands separator, RFC 4180 quoting, CRLF after every record.
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";

export const BOM = "\uFEFF";
export const SCHEIDINGSTEKEN = ";";
export const REGELEINDE = "\r\n";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/** RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. */
export const csvVeld = (waarde: string): string =>
  /[;"\r\n]/.test(waarde) ? `"${waarde.replaceAll('"', '""')}"` : waarde;

/** BOM, then every record on its own CRLF-terminated line. */
export function csvBestand(records: readonly (readonly string[])[]): Buffer {
  const tekst = records.map((r) => r.map(csvVeld).join(SCHEIDINGSTEKEN) + REGELEINDE).join("");
  return Buffer.from(BOM + tekst, "utf8");
}

/** "1024000.00" → "1024000,00": exact (from the decimal string), two decimals, no grouping. */
export const decimaleKomma = (d: Decimal): string => bedragTekst(d).replace(".", ",");

/**
 * OWASP "CSV injection": a text cell starting with = + - @ (or a tab/CR) is run as a formula by
 * spreadsheet programs. Such a text gets a leading apostrophe, which Excel shows as plain text.
 * Only for free text (names); amounts and codes never start like that.
 */
export const alsTekst = (t: string): string => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
