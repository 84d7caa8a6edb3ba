// docs/regels.md §11: the XLSX files of the rapportage, written with write-excel-file
// (small enough for the 1 MB bundle target; exceljs is not). Amounts are NUMERIC cells in euro
// format, so they sum in Excel, made from the Decimal at the very edge by spreadsheetGetal: an
// amount below 10^13 euros in whole cents is exactly representable as the double Excel keeps
// (15 significant digits), and the conversion is checked to read back as the same decimal; a
// larger amount refuses the file (409) instead of drifting a cent. Totals are written as the exact
// Decimal sum (not a formula), so a reader that does not recalculate still sees the exact cents.
import type { Cell, Row, Sheet } from "write-excel-file/node";
import type { Decimal } from "#shared/geld/decimal.js";
import { spreadsheetGetal } from "../../lib/export/spreadsheetgetal.js";
import { xlsxSchrijver } from "../../lib/export/werkmap.js";
import { uitFout } from "../../lib/probleem.js";

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Euro with a space, thousands grouped, two decimals: Dutch Excel shows "€ 1.234,56" (§11). */
export const EURO_FORMAAT = '"€ "#,##0.00';
export const DATUM_FORMAAT = "dd-mm-yyyy";

/** An amount cell: a number in euro format, exact to the cent, or a 409 naming the field. */
export function bedragCel(d: Decimal, veld: string): Cell {
  const g = spreadsheetGetal(d, veld);
  if (!g.ok) throw uitFout(g.fout, 409);
  return { value: g.waarde, type: Number, format: EURO_FORMAAT };
}

/** A date cell from "YYYY-MM-DD" (an Amsterdam calendar day): shown as dd-mm-jjjj, no zone. */
export function datumCel(dag: string | null | undefined): Cell {
  if (!dag) return null;
  return { value: new Date(`${dag.slice(0, 10)}T00:00:00Z`), type: Date, format: DATUM_FORMAAT };
}

export const tekst = (t: string | number | null | undefined): Cell =>
  t === null || t === undefined ? null : { value: String(t), type: String };

export const kopRij = (koppen: readonly string[]): Row =>
  koppen.map((k) => ({ value: k, type: String, fontWeight: "bold" as const }));

/** A bold row (totals). */
export const vet = (rij: Row): Row =>
  rij.map((c) =>
    c !== null && typeof c === "object" && !(c instanceof Date)
      ? { ...c, fontWeight: "bold" as const }
      : c,
  );

export interface Blad {
  naam: string;
  rijen: Row[];
  breedtes: readonly number[];
}

/** The workbook as bytes: header row frozen on every sheet. */
export async function werkboek(bladen: readonly Blad[]): Promise<Uint8Array> {
  const sheets: Sheet<never>[] = bladen.map((b) => ({
    data: b.rijen,
    sheet: b.naam,
    columns: b.breedtes.map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
  const writeXlsxFile = await xlsxSchrijver();
  return new Uint8Array(await writeXlsxFile(sheets).toBuffer());
}

/** "budgetronde-2020-zk-1.xlsx": a download name from ids only, never user text. */
export const bestandsnaam = (delen: readonly (string | number)[]): string =>
  `${delen.map((d) => String(d).replace(/[^A-Za-z0-9-]/g, "")).join("-")}.xlsx`;

export const xlsxAntwoord = (bytes: Uint8Array, naam: string) => ({
  body: bytes,
  headers: {
    "content-type": XLSX_CONTENT_TYPE,
    "content-disposition": `attachment; filename="${naam}"`,
  },
});
