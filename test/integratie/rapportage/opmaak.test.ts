// The PDF layout of the portal's letters (functions/stukken/opmaak.ts) without
// the API: long text wraps and flows onto a next page with page numbers, characters the standard
// font cannot show become "?" instead of an exception, and the same letter gives the same bytes.
import { describe, expect, it } from "vitest";
import type { Brief } from "#functions/lib/stukbrief.js";
import { briefPdf } from "#functions/stukken/opmaak.js";
import { pdfTekst } from "./opzet.js";

const nu = new Date("2021-02-15T09:00:00Z");
const brief = (blokken: Brief["blokken"]): Brief => ({
  titel: "Vaststelling kwaliteitsbudget 2020",
  van: "Zorgkantoor Noord",
  aan: "Zorggroep De Linde",
  datum: "15-02-2021",
  onderwerp: "Vaststelling kwaliteitsbudget 2020",
  blokken,
});

describe("opmaak van een brief als PDF", () => {
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

  it("zet een bedragentabel met totaalrij en toont tekens buiten het font als ?", async () => {
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
