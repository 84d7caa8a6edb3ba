// Test files for §12: a real (small, valid) PDF, a PNG, and the browser's side of a presigned
// POST (a multipart form, fields first and the file last, as S3 requires).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Uploadverzoek } from "#functions/data/documentopslag.js";
import { type DocumentSleutels, documentSleutels } from "#shared/documenten/sleutel.js";

/** A one-page PDF 1.4 with a correct cross-reference table (opens in any reader). */
export function kleinePdf(tekst = "Kwaliteitsplan"): Uint8Array {
  const inhoud = `BT /F1 18 Tf 72 720 Td (${tekst}) Tj ET`;
  const objecten = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${inhoud.length} >>\nstream\n${inhoud}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const posities: number[] = [];
  objecten.forEach((o, i) => {
    posities.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objecten.length + 1}\n0000000000 65535 f \n`;
  for (const p of posities) pdf += `${String(p).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objecten.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** The 8-byte PNG signature and an IHDR chunk start: enough to be a PNG to any sniffer. */
export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
]);

/** A PDF of exactly `n` bytes (n ≥ 9): the signature, padding, and an EOF marker. */
export function pdfVanGrootte(n: number): Uint8Array {
  const b = new Uint8Array(n).fill(0x20);
  b.set(new TextEncoder().encode("%PDF-1.7"), 0);
  return b;
}

/** Fresh server-made ids for one document, as a handler makes them. */
export function nieuweSleutels(): DocumentSleutels {
  const r = documentSleutels(randomUUID(), randomUUID());
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
}

/** What the browser does with an Uploadverzoek: the form's fields, then the file. */
export async function uploadViaFormulier(
  verzoek: Uploadverzoek,
  inhoud: Uint8Array,
  bestandsnaam: string,
  type = "application/pdf",
): Promise<Response> {
  const form = new FormData();
  for (const [naam, waarde] of Object.entries(verzoek.velden)) form.append(naam, waarde);
  form.append("file", new Blob([inhoud], { type }), bestandsnaam);
  const antwoord = await fetch(verzoek.url, { method: "POST", body: form });
  expect(antwoord.status, await antwoord.clone().text()).toBe(204);
  return antwoord;
}
