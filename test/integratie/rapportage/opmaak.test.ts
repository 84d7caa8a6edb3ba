// The PDF layout of the portal's letters (functions/stukken/opmaak.ts) without
// the API: the letter head (address block, kenmerk), long text wraps within the margins and flows
// onto a next page with page numbers, newlines in user text are kept, characters the standard font
// cannot show are written readably ("ő" → "ö") or, with no readable form, "?" instead of an
// exception, and the same letter gives the same bytes.
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Brief } from "#functions/lib/stukbrief.js";
import { briefPdf } from "#functions/stukken/opmaak.js";
import { type PdfRegel, pdfTekst } from "./opzet.js";

const nu = new Date("2021-02-15T09:00:00Z");
const brief = (blokken: Brief["blokken"]): Brief => ({
  titel: "Vaststelling kwaliteitsbudget 2020",
  van: "Zorgkantoor Noord",
  aan: "Zorggroep De Linde",
  aanAdres: ["Lindelaan 1", "1071 AA Amsterdam"],
  kenmerk: "KB-2020-VGZ-12345678-VS",
  datum: "15-02-2021",
  onderwerp: "Vaststelling kwaliteitsbudget 2020",
  blokken,
});

const MARGE = 56;
let fonts: { gewoon: PDFFont; vet: PDFFont } | undefined;
/** Where a drawn line ends, measured with the font it was drawn in. */
async function rechts(r: PdfRegel): Promise<number> {
  if (!fonts) {
    const d = await PDFDocument.create();
    fonts = {
      gewoon: await d.embedFont(StandardFonts.Helvetica),
      vet: await d.embedFont(StandardFonts.HelveticaBold),
    };
  }
  const f = r.font.startsWith("Helvetica-Bold") ? fonts.vet : fonts.gewoon;
  return r.x + f.widthOfTextAtSize(r.tekst, r.grootte);
}

describe("opmaak van een brief als PDF", () => {
  it("zet naam en adres van de aanbieder, de datum, het kenmerk en het onderwerp in de kop", async () => {
    const p = await pdfTekst(await briefPdf(brief([]), { nu }));
    expect(p.tekst.split("\n").slice(0, 7)).toEqual([
      "Zorgkantoor Noord",
      "Datum: 15-02-2021",
      "Zorggroep De Linde",
      "Lindelaan 1",
      "1071 AA Amsterdam",
      "Kenmerk: KB-2020-VGZ-12345678-VS",
      "Onderwerp: Vaststelling kwaliteitsbudget 2020",
    ]);
    const zonder = await pdfTekst(await briefPdf({ ...brief([]), aanAdres: [] }, { nu }));
    expect(zonder.tekst.split("\n").slice(2, 4)).toEqual([
      "Zorggroep De Linde",
      "Kenmerk: KB-2020-VGZ-12345678-VS",
    ]);
  });

  it("houdt elke regel binnen de marges, ook lange woorden en lange tabelomschrijvingen", async () => {
    const lang = `Motivering ${"woord ".repeat(60)}${"x".repeat(200)} einde`;
    const omschrijving = `– Scholing ${"en training ".repeat(20)}`;
    const p = await pdfTekst(
      await briefPdf(
        brief([
          { soort: "alinea", tekst: lang },
          {
            soort: "tabel",
            kolommen: ["", "Oude afspraak", "Nieuwe afspraak", "Verschil"],
            rijen: [[omschrijving, "€ 1.000,00", "€ 1.250,50", "€ 250,50"]],
          },
          {
            soort: "tabel",
            kolommen: ["Partij", "Handtekening"],
            rijen: [
              [
                `Zorgaanbieder: Zorggroep ${"De Lange Naam ".repeat(6)}`,
                "nog niet ondertekend door de zorgaanbieder",
              ],
            ],
          },
        ]),
        { nu },
      ),
    );
    for (const r of p.regels) {
      expect(r.x, r.tekst).toBeGreaterThanOrEqual(MARGE - 0.01);
      expect(await rechts(r), r.tekst).toBeLessThanOrEqual(p.breedte - MARGE + 0.01);
    }
    // Cells on one line do not overlap.
    const perRegel = new Map<string, PdfRegel[]>();
    for (const r of p.regels)
      perRegel.set(`${r.pagina}:${r.y}`, [...(perRegel.get(`${r.pagina}:${r.y}`) ?? []), r]);
    for (const rij of perRegel.values()) {
      const gesorteerd = [...rij].sort((a, b) => a.x - b.x);
      for (let i = 1; i < gesorteerd.length; i++)
        expect(await rechts(gesorteerd[i - 1]!), gesorteerd[i]!.tekst).toBeLessThan(
          gesorteerd[i]!.x,
        );
    }
    // Nothing is cut away: the wrapped pieces give the text back.
    const alineaRegels = p.regels.filter((r) => r.x === MARGE && r.grootte === 10.5);
    const samen = alineaRegels.map((r) => r.tekst).join(" ");
    expect(samen.replace(/ /g, "")).toContain(lang.replace(/ /g, ""));
    expect(samen).toContain("training en training");
    const tabelRegels = p.regels.filter((r) => r.tekst.includes("training"));
    expect(tabelRegels.length).toBeGreaterThan(1);
    expect(tabelRegels.at(-1)!.tekst).toMatch(/training$/);
  });

  it("neemt de regelovergangen uit de tekst over", async () => {
    const p = await pdfTekst(
      await briefPdf(
        brief([{ soort: "alinea", tekst: "Eerste regel.\r\nTweede regel.\n\nNa een witregel." }]),
        { nu },
      ),
    );
    const regels = p.tekst.split("\n");
    const i = regels.indexOf("Eerste regel.");
    expect(regels.slice(i, i + 4)).toEqual([
      "Eerste regel.",
      "Tweede regel.",
      "",
      "Na een witregel.",
    ]);
  });

  it("schrijft tekens buiten het standaardfont leesbaar, en €, aanhalingstekens en streepjes als zichzelf", async () => {
    const naam = "Zorggroep Szőke & Ștefan – Łódź, Ĳsselmonde";
    const p = await pdfTekst(
      await briefPdf(
        {
          ...brief([
            { soort: "alinea", tekst: "‘Enkel’ en “dubbel” — € 12,50; café, één, reünie, geïnd." },
          ]),
          aan: naam,
        },
        { nu },
      ),
    );
    expect(p.tekst).toContain("Zorggroep Szöke & Stefan – Lódz, IJsselmonde");
    expect(p.tekst).toContain("‘Enkel’ en “dubbel” — € 12,50; café, één, reünie, geïnd.");
  });

  it("breekt lange alinea's af en loopt door op een volgende pagina, met paginanummers", async () => {
    const alinea = "Het zorgkantoor heeft de nacalculatie beoordeeld. ".repeat(40);
    const bytes = await briefPdf(
      brief(Array.from({ length: 6 }, () => ({ soort: "alinea", tekst: alinea }) as const)),
      { nu },
    );
    const p = await pdfTekst(bytes);
    expect(p.paginas).toBeGreaterThan(1);
    expect(p.tekst).toContain(`pagina ${p.paginas} van ${p.paginas}`);
    const regels = p.tekst.split("\n").filter((r) => r.startsWith("Het zorgkantoor"));
    expect(regels.length).toBeGreaterThan(6);
  });

  it("zet een bedragentabel met totaalrij en toont tekens zonder leesbare vorm als ?", async () => {
    const bytes = await briefPdf(
      brief([
        { soort: "kop", tekst: "Vaststelling" },
        { soort: "alinea", tekst: "Motivering met een emoji 🙂 en een ë." },
        {
          soort: "tabel",
          kolommen: ["Onderdeel", "Bedrag"],
          rijen: [
            ["Extra personeel", "€ 723.918,08"],
            ["Totaal", "€ 892.918,08"],
          ],
          totaalrij: true,
        },
      ]),
      { nu },
    );
    const p = await pdfTekst(bytes);
    expect(p.tekst).toContain("Motivering met een emoji ? en een ë.");
    expect(p.tekst).toContain("€ 892.918,08");
    expect(Buffer.from(await briefPdf(brief([]), { nu }))).toEqual(
      Buffer.from(await briefPdf(brief([]), { nu })),
    );
  });
});
