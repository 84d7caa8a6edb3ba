// Test set-up and readers for the rapportage routes: the decision a toekenning keeps on
// the case (for the beoordelingsbrief), a released payment batch (§1, §6), binary downloads, the
// text of a PDF and the cells of an XLSX. Call after startApi() (the data layer reads the
// configuration the gateway put in process.env).
import ExcelJS from "exceljs";
import { decodePDFRawStream, PDFDocument, PDFRawStream } from "pdf-lib";
import { type AanvraagRecord, leesAanvraag, wijzigAanvraag } from "#functions/data/aanvragen.js";
import { geefBetaalbatchVrij, stelBetaalbatchVoor } from "#functions/data/betaalbatches.js";
import { betaalopdrachtenVanMaand } from "#functions/data/betaalopdrachten.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import type { BesluitOpslag } from "#functions/data/zaakgegevens.js";
import { type Api, ctx, zeker } from "../fixture/index.js";

/** The decision as toekenningGoedkeuren keeps it (§13 A amounts, requested as granted). */
export async function zetBesluit(r: AanvraagRecord): Promise<AanvraagRecord> {
  const besluit: BesluitOpslag = {
    besluit: "toekennen",
    personeel: "850000.00",
    overige: "150000.00",
    compensatie: "24000.00",
    motivering: "Toegekend zoals aangevraagd; de verhouding voldoet aan de richtlijn.",
    aangevraagd: { personeel: "850000.00", overige: "150000.00" },
    overigeRegels: [
      {
        id: "o1",
        omschrijving: "Scholing dementiezorg",
        aangevraagd: "60000.00",
        toegekend: "60000.00",
      },
      { id: "o2", omschrijving: "Leefcirkels", aangevraagd: "90000.00", toegekend: "90000.00" },
    ],
    op: "2047-02-10T10:00:00.000Z",
  };
  zeker(
    await schrijfTransactie(
      [wijzigAanvraag(r, r.versie, { besluit })],
      { gebeurtenis: "aanvraag_goedgekeurd", onderwerp: aanvraagPk(r.id), na: { besluit } },
      ctx({ sub: "test-rapportage-beheer", rol: "zorgkantoor-beheer" }),
    ),
    "besluit",
  );
  return (await leesAanvraag(r.id))!;
}

/** Proposes and releases (two users, §1) the batch of the case's orders of one month. */
export async function geefMaandVrij(r: AanvraagRecord, maand: number): Promise<void> {
  const opdrachten = await betaalopdrachtenVanMaand(r.zorgkantoorId, r.jaar, maand);
  const b = zeker(
    await stelBetaalbatchVoor(
      r.zorgkantoorId,
      r.jaar,
      maand,
      1,
      opdrachten,
      ctx({ sub: "test-voorsteller", rol: "zorgkantoor-beheer" }),
    ),
    "batch",
  );
  zeker(
    await geefBetaalbatchVrij(
      b,
      b.versie,
      ctx({ sub: "test-vrijgever", rol: "zorgkantoor-beheer" }),
    ),
    "vrijgave",
  );
}

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

export async function download(gw: Api, pad: string, token: string): Promise<Download> {
  const r = await fetch(new URL(pad, gw.url), { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
}

// WinAnsi (the standard fonts' encoding) is windows-1252.
const winAnsi = new TextDecoder("windows-1252");

/** A line of text as drawn: where it starts, its size and font (resource name, e.g. Helvetica-Bold-…). */
export interface PdfRegel {
  tekst: string;
  x: number;
  y: number;
  grootte: number;
  font: string;
  pagina: number;
}

/**
 * The text a PDF shows, in content order: pdf-lib writes text with the standard fonts as hex
 * strings shown with Tj after a Tf (font, size) and a Tm (position), in deflated content streams;
 * this reads them back (no text extraction in pdf-lib itself).
 */
export async function pdfTekst(bytes: Uint8Array): Promise<{
  paginas: number;
  tekst: string;
  regels: PdfRegel[];
  breedte: number;
  hoogte: number;
}> {
  const doc = await PDFDocument.load(bytes);
  const regels: PdfRegel[] = [];
  doc.getPages().forEach((pagina, i) => {
    for (const stroom of pagina.node.normalizedEntries().Contents?.asArray() ?? []) {
      const obj = doc.context.lookup(stroom);
      if (!(obj instanceof PDFRawStream)) continue;
      const inhoud = Buffer.from(decodePDFRawStream(obj).decode()).toString("latin1");
      let font = "";
      let grootte = 0;
      let x = 0;
      let y = 0;
      for (const m of inhoud.matchAll(
        /\/(\S+) ([\d.]+) Tf|1 0 0 1 ([\d.-]+) ([\d.-]+) Tm|<([0-9A-Fa-f]*)>\s*Tj/g,
      )) {
        if (m[1]) [font, grootte] = [m[1], Number(m[2])];
        else if (m[3]) [x, y] = [Number(m[3]), Number(m[4])];
        else {
          const tekst = winAnsi.decode(Buffer.from(m[5]!, "hex"));
          regels.push({ tekst, x, y, grootte, font, pagina: i + 1 });
        }
      }
    }
  });
  const { width, height } = doc.getPage(0).getSize();
  return {
    paginas: doc.getPageCount(),
    tekst: regels.map((r) => r.tekst).join("\n"),
    regels,
    breedte: width,
    hoogte: height,
  };
}

/** Every sheet of an XLSX as rows of cell values (exceljs reads what write-excel-file wrote). */
export async function xlsxBladen(
  bytes: Buffer,
): Promise<Map<string, { waarden: unknown[][]; formaten: string[][] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const uit = new Map<string, { waarden: unknown[][]; formaten: string[][] }>();
  wb.eachSheet((blad) => {
    const waarden: unknown[][] = [];
    const formaten: string[][] = [];
    blad.eachRow({ includeEmpty: true }, (rij, n) => {
      const w: unknown[] = [];
      const f: string[] = [];
      rij.eachCell({ includeEmpty: true }, (cel, k) => {
        w[k - 1] = cel.value;
        f[k - 1] = cel.numFmt;
      });
      waarden[n - 1] = w;
      formaten[n - 1] = f;
    });
    uit.set(blad.name, { waarden, formaten });
  });
  return uit;
}
