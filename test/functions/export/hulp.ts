// Test helpers for the payment-order export: an order, and an RFC 4180 reader for the CSV.
import ExcelJS from "exceljs";
import type { ExportOpdrachtInvoer } from "#functions/lib/export/betaalopdrachten.js";

export const opdracht = (over: Partial<ExportOpdrachtInvoer> = {}): ExportOpdrachtInvoer => ({
  sleutel: "voorschot#a1#zk1#2020-03#v1",
  aanbiederNaam: "Zorggroep De Linde",
  nzaNummer: "300-1234",
  agbCode: "73012345",
  zorgkantoor: "Zorgkantoor Noord",
  jaar: 2020,
  maand: "2020-03",
  bedrag: "192000.00",
  basisVersie: 1,
  aangemaaktOp: "2020-03-20T08:15:00Z",
  iban: "NL91ABNA0417164300",
  tenaamstelling: "Stichting De Linde",
  ...over,
});

/** Reads "; "-separated RFC 4180 CSV (after the BOM) into records of fields. */
export function leesCsv(buffer: Buffer): string[][] {
  const tekst = buffer.toString("utf8");
  if (!tekst.startsWith("\uFEFF")) throw new Error("geen BOM");
  const records: string[][] = [];
  let veld = "";
  let record: string[] = [];
  let i = 1;
  while (i < tekst.length) {
    const t = tekst[i]!;
    if (t === '"' && veld === "") {
      // Quoted field: until a quote not followed by another quote.
      i++;
      for (;;) {
        const q = tekst.indexOf('"', i);
        if (q < 0) throw new Error("open aanhalingsteken");
        veld += tekst.slice(i, q);
        if (tekst[q + 1] === '"') {
          veld += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else if (t === ";") {
      record.push(veld);
      veld = "";
      i++;
    } else if (t === "\r" && tekst[i + 1] === "\n") {
      record.push(veld);
      records.push(record);
      record = [];
      veld = "";
      i += 2;
    } else {
      if (t === "\r" || t === "\n" || t === '"')
        throw new Error(`los ${JSON.stringify(t)} op ${i}`);
      veld += t;
      i++;
    }
  }
  if (veld !== "" || record.length > 0) throw new Error("laatste record zonder CRLF");
  return records;
}

export async function leesXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}
