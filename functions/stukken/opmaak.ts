// docs/regels.md §5, §9.3, §11: the layout of the portal's letters as real PDF (pdf-lib) —
// A4, Dutch, Helvetica (a standard font: nothing embedded, so the file stays small and the text
// is findable; tekens.ts for characters outside it), a letter head (van, datum, the addressee's
// name and address, kenmerk, onderwerp), headings, paragraphs wrapped within the margins (their
// newlines kept) and
// tables of amounts (right-aligned), and "pagina x van n" on every page. The content comes
// formatted (amounts "€ 1.234,56" by shared/geld/weergave.ts, dates dd-mm-jjjj): this file only
// lays it out. The same content always gives the same bytes: the dates are inputs.: it
// runs in the stukken Lambda, on the Brief the rapportage Lambda composed (rapportage/stukken/).
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import type { Blok, Brief } from "../lib/stukbrief.js";
import { leesbaar } from "./tekens.js";

const A4: [number, number] = [595.28, 841.89];
const MARGE = 56;
const BREEDTE = A4[0] - 2 * MARGE;
const GROOT = 14;
const NORMAAL = 10.5;
const REGEL = 14.5;
const GRIJS = rgb(0.35, 0.35, 0.35);

interface Pen {
  doc: PDFDocument;
  pagina: PDFPage;
  y: number;
  gewoon: PDFFont;
  vet: PDFFont;
}

/** Only characters the standard font can encode; others readable or "?" (tekens.ts). */
const tekensets = new WeakMap<PDFFont, Set<number>>();
function schoon(font: PDFFont, tekst: string): string {
  const kan = tekensets.get(font) ?? new Set(font.getCharacterSet());
  tekensets.set(font, kan);
  return leesbaar(tekst, (c) => kan.has(c));
}

function nieuwePagina(p: Pen): void {
  p.pagina = p.doc.addPage(A4);
  p.y = A4[1] - MARGE;
}

/** Room for `hoogte` more points on this page, else a new page. */
function ruimte(p: Pen, hoogte: number): void {
  if (p.y - hoogte < MARGE + 20) nieuwePagina(p);
}

function regel(p: Pen, tekst: string, x: number, font: PDFFont, grootte: number): void {
  p.pagina.drawText(schoon(font, tekst), { x, y: p.y, size: grootte, font });
}

/** Words wrapped to the width; a word longer than the line is cut. */
function afbreken(font: PDFFont, tekst: string, grootte: number, breedte: number): string[] {
  const regels: string[] = [];
  for (const alinea of schoon(font, tekst).split("\n")) {
    let huidig = "";
    for (const woord of alinea.split(/ +/).filter((w) => w !== "")) {
      const kandidaat = huidig ? `${huidig} ${woord}` : woord;
      if (font.widthOfTextAtSize(kandidaat, grootte) <= breedte) huidig = kandidaat;
      else {
        if (huidig) regels.push(huidig);
        let rest = woord;
        while (font.widthOfTextAtSize(rest, grootte) > breedte && rest.length > 1) {
          let n = rest.length - 1;
          while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), grootte) > breedte) n--;
          regels.push(rest.slice(0, n));
          rest = rest.slice(n);
        }
        huidig = rest;
      }
    }
    regels.push(huidig);
  }
  return regels;
}

function alinea(p: Pen, tekst: string, font = p.gewoon, grootte = NORMAAL): void {
  for (const r of afbreken(font, tekst, grootte, BREEDTE)) {
    ruimte(p, REGEL);
    regel(p, r, MARGE, font, grootte);
    p.y -= REGEL;
  }
  p.y -= REGEL / 2;
}

/** First column takes what the amounts leave; amounts are right-aligned. */
function tabel(p: Pen, b: Extract<Blok, { soort: "tabel" }>): void {
  const n = b.kolommen.length;
  // Wide enough for its widest cell (a signature date is wider than an amount), within 60%.
  const breedste = Math.max(
    0,
    ...[b.kolommen, ...b.rijen].flatMap((r) =>
      r.slice(1).map((c) => p.vet.widthOfTextAtSize(schoon(p.vet, c), NORMAAL) + 12),
    ),
  );
  const bedragBreedte = n > 1 ? Math.min(Math.max(120, breedste), (BREEDTE * 0.6) / (n - 1)) : 0;
  const eerste = BREEDTE - bedragBreedte * (n - 1);
  const rij = (cellen: readonly string[], font: PDFFont) => {
    // A long description wraps within its column; the amounts stand on its first line.
    const omschrijving = afbreken(font, cellen[0] ?? "", NORMAAL, eerste - 6);
    // Drawn in reading order (a copied or extracted row reads as the row).
    ruimte(p, REGEL * omschrijving.length);
    omschrijving.forEach((r, k) => {
      regel(p, r, MARGE, font, NORMAAL);
      if (k === 0)
        cellen.slice(1).forEach((c, j) => {
          const t = schoon(font, c);
          const rechts = MARGE + eerste + bedragBreedte * (j + 1);
          regel(p, t, rechts - font.widthOfTextAtSize(t, NORMAAL), font, NORMAAL);
        });
      p.y -= REGEL;
    });
  };
  const lijn = () =>
    p.pagina.drawLine({
      start: { x: MARGE, y: p.y + REGEL - 3 },
      end: { x: MARGE + BREEDTE, y: p.y + REGEL - 3 },
      thickness: 0.5,
      color: GRIJS,
    });
  rij(b.kolommen, p.vet);
  lijn();
  b.rijen.forEach((r, i) => {
    const totaal = b.totaalrij === true && i === b.rijen.length - 1;
    if (totaal) {
      ruimte(p, REGEL);
      lijn();
    }
    rij(r, totaal ? p.vet : p.gewoon);
  });
  p.y -= REGEL / 2;
}

/** Sender and date, the addressee's block (name, address), then kenmerk and onderwerp. */
function kop(p: Pen, b: Brief): void {
  regel(p, b.van, MARGE, p.vet, NORMAAL);
  const datum = `Datum: ${b.datum}`;
  regel(p, datum, MARGE + BREEDTE - p.gewoon.widthOfTextAtSize(datum, NORMAAL), p.gewoon, NORMAAL);
  p.y -= REGEL * 3;
  for (const r of [b.aan, ...b.aanAdres]) {
    for (const deel of afbreken(p.gewoon, r, NORMAAL, BREEDTE / 2)) {
      regel(p, deel, MARGE, p.gewoon, NORMAAL);
      p.y -= REGEL;
    }
  }
  p.y -= REGEL * 2;
  alinea(p, `Kenmerk: ${b.kenmerk}`);
  alinea(p, `Onderwerp: ${b.onderwerp}`, p.vet);
  p.y -= REGEL / 2;
}

function paginanummers(p: Pen, titel: string): void {
  const paginas = p.doc.getPages();
  paginas.forEach((pg, i) => {
    const t = schoon(p.gewoon, `${titel} - pagina ${i + 1} van ${paginas.length}`);
    pg.drawText(t, { x: MARGE, y: MARGE / 2, size: 8, font: p.gewoon, color: GRIJS });
  });
}

export interface PdfOpties {
  /** Creation/modification date of the file (an input, as "now" everywhere). */
  nu: Date;
}

export async function briefPdf(b: Brief, o: PdfOpties): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(b.titel);
  doc.setSubject(b.onderwerp);
  doc.setAuthor(b.van);
  doc.setLanguage("nl-NL");
  doc.setCreator("Portaal Kwaliteitsbudget Verpleeghuiszorg");
  doc.setProducer("Portaal Kwaliteitsbudget Verpleeghuiszorg (pdf-lib)");
  doc.setCreationDate(o.nu);
  doc.setModificationDate(o.nu);
  const [gewoon, vet] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
  ]);
  const p: Pen = { doc, pagina: doc.addPage(A4), y: A4[1] - MARGE, gewoon, vet };
  kop(p, b);
  for (const blok of b.blokken) {
    if (blok.soort === "kop") {
      ruimte(p, REGEL * 3);
      p.y -= REGEL / 2;
      alinea(p, blok.tekst, vet, blok === b.blokken[0] ? GROOT : NORMAAL + 1);
    } else if (blok.soort === "alinea") alinea(p, blok.tekst);
    else tabel(p, blok);
  }
  paginanummers(p, b.titel);
  // No object streams: plain objects a reader (and a test) can walk; content stays deflated.
  return doc.save({ useObjectStreams: false });
}
