import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BLADNAAM,
  betaalopdrachtenXlsx,
  EURO_FORMAAT,
  exportBestandsnaam,
  KOPPEN,
  TIJDSTIP_FORMAAT,
} from "#functions/lib/export/betaalopdrachten.js";
import { SPREADSHEETGRENS, spreadsheetGetal } from "#functions/lib/export/spreadsheetgetal.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { leesXlsx, opdracht } from "./hulp.js";

// Payment orders (§6) exported as XLSX; amounts exact to the cent (§11).
const NU = new Date("2020-04-01T10:00:00Z");

async function blad(...args: Parameters<typeof betaalopdrachtenXlsx>) {
  const r = await betaalopdrachtenXlsx(...args);
  if (!r.ok) throw new Error(r.fout.melding);
  const wb = await leesXlsx(r.waarde);
  return { wb, blad: wb.getWorksheet(BLADNAAM)! };
}

const bedragen = (...b: string[]) => b.map((bedrag, i) => opdracht({ bedrag, basisVersie: i + 1 }));

describe("XLSX-export van betaalopdrachten", () => {
  it("heeft een vetgedrukte, bevroren kopregel, een autofilter en kolombreedtes", async () => {
    const { blad: b } = await blad(bedragen("192000.00", "64000.00"), { nu: NU });
    expect(b.name).toBe("Betaalopdrachten");
    expect((b.getRow(1).values as unknown[]).slice(1)).toEqual(KOPPEN);
    expect(b.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(b.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // The filter covers the orders, not the total row.
    expect(b.autoFilter).toBe("A1:L3");
    expect(b.getColumn(1).width).toBe(48);
    expect(b.getColumn(8).width).toBe(18);
  });

  it("zet de werkmapeigenschappen", async () => {
    const { wb } = await blad([opdracht()], { nu: NU, titel: "Betaalopdrachten 2020-03 Noord" });
    expect(wb.creator).toBe("Portaal Kwaliteitsbudget Verpleeghuiszorg");
    expect(wb.title).toBe("Betaalopdrachten 2020-03 Noord");
    expect(wb.created).toEqual(NU);
    expect(wb.modified).toEqual(NU);
  });

  it("schrijft bedragen als getallen in euroformaat en codes als tekst", async () => {
    const { blad: b } = await blad([opdracht({ agbCode: "01234567" })], { nu: NU });
    const rij = b.getRow(2);
    expect((rij.values as unknown[]).slice(1)).toEqual([
      "voorschot#a1#zk1#2020-03#v1",
      "Zorggroep De Linde",
      "300-1234",
      "01234567",
      "Zorgkantoor Noord",
      2020,
      "2020-03",
      192000,
      1,
      new Date(Date.UTC(2020, 2, 20, 9, 15)), // 08:15Z is 09:15 in Amsterdam (CET)
      "NL91 ABNA 0417 1643 00", // §15.5: in groups of four for people
      "Stichting De Linde",
    ]);
    expect(rij.getCell(8).numFmt).toBe(EURO_FORMAAT);
    expect(EURO_FORMAAT).toBe('"€ "#,##0.00');
    expect(rij.getCell(10).numFmt).toBe(TIJDSTIP_FORMAAT);
  });

  it("telt 3 × 0,10 + 0,20 op tot precies 0,50 in de totaalregel (SUM met Decimal-uitkomst)", async () => {
    const { blad: b } = await blad(bedragen("0.10", "0.10", "0.10", "0.20"), { nu: NU });
    const totaal = b.getRow(6);
    expect(totaal.getCell(1).value).toBe("Totaal");
    expect(totaal.getCell(1).font?.bold).toBe(true);
    expect(totaal.getCell(8).value).toEqual({ formula: "SUM(H2:H5)", result: 0.5 });
    expect(totaal.getCell(8).numFmt).toBe(EURO_FORMAAT);
  });

  it("geeft 0,10 + 0,20 als 0,3 en niet als 0,30000000000000004", async () => {
    const { blad: b } = await blad(bedragen("0.10", "0.20"), { nu: NU });
    expect(0.1 + 0.2).not.toBe(0.3); // what number arithmetic would have cached
    expect(b.getCell("H4").value).toEqual({ formula: "SUM(H2:H3)", result: 0.3 });
  });

  it("zet bij geen opdrachten een totaal van 0 zonder formule", async () => {
    const { blad: b } = await blad([], { nu: NU });
    expect(b.getCell("A2").value).toBe("Totaal");
    expect(b.getCell("H2").value).toBe(0);
  });

  it("zet het grootste exacte bedrag exact in een cel", async () => {
    const { blad: b } = await blad(bedragen("9999999999999.99"), { nu: NU });
    const v = b.getCell("H2").value as number;
    expect(new Decimal(v).toFixed(2)).toBe("9999999999999.99");
  });

  it("weigert een bedrag dat een cel niet exact tot op de cent kan bevatten", async () => {
    const r = await betaalopdrachtenXlsx(bedragen("1.00", "10000000000000.00"), { nu: NU });
    expect(r.ok ? "" : r.fout).toEqual({
      code: "BEDRAG_TE_GROOT_VOOR_SPREADSHEET",
      veld: "opdrachten[1].bedrag",
      melding:
        "opdrachten[1].bedrag: € 10.000.000.000.000,00 is te groot om exact in een spreadsheetcel te staan (hoogstens € 9.999.999.999.999,99); gebruik de CSV-export",
    });
  });

  it("weigert ook het grootste bedrag onder 2^53 cent: 90.071.992.547.409,91 wordt ,9", () => {
    // 2^53 − 1 cents: exact as an integer number of cents, not as a number of euros.
    expect(new Decimal(Number.MAX_SAFE_INTEGER).dividedBy(100).toFixed(2)).toBe(
      "90071992547409.91",
    );
    expect(String(90071992547409.91)).toBe("90071992547409.9");
    const r = spreadsheetGetal(new Decimal("90071992547409.91"), "bedrag");
    expect(r.ok ? "" : r.fout.code).toBe("BEDRAG_TE_GROOT_VOOR_SPREADSHEET");
  });

  it("weigert een totaal dat te groot is, ook als elk bedrag past", async () => {
    const r = await betaalopdrachtenXlsx(bedragen("6000000000000.00", "6000000000000.00"), {
      nu: NU,
    });
    expect(r.ok ? "" : r.fout.veld).toBe("totaal");
  });

  it("weigert een ongeldig bedrag met een Fout die het veld noemt", async () => {
    const r = await betaalopdrachtenXlsx([opdracht({ bedrag: "1.005" })], { nu: NU });
    expect(r.ok ? "" : r.fout.veld).toBe("opdrachten[0].bedrag");
  });

  it("noemt het exportbestand naar de maand, zonder andere tekens", () => {
    expect(exportBestandsnaam("2020-03", "xlsx")).toBe("betaalopdrachten-2020-03.xlsx");
    expect(exportBestandsnaam("../2020-03\r\n", "csv")).toBe("betaalopdrachten-2020-03.csv");
  });
});

describe("eigenschappen van de XLSX-export", () => {
  it("heeft als totaal de exacte Decimal-som en elke cel leest terug als het exacte bedrag", async () => {
    const centen = fc.bigInt({ min: 0n, max: 10n ** 12n });
    await fc.assert(
      fc.asyncProperty(fc.array(centen, { minLength: 1, maxLength: 8 }), async (c) => {
        const d = c.map((x) => new Decimal(x.toString()).dividedBy(100));
        const { blad: b } = await blad(bedragen(...d.map((x) => x.toFixed(2))), { nu: NU });
        d.forEach((x, i) => {
          expect(new Decimal(b.getCell(`H${i + 2}`).value as number).eq(x)).toBe(true);
        });
        const cel = b.getCell(`H${d.length + 2}`).value as number | { result: number };
        const totaal = typeof cel === "number" ? cel : cel.result;
        expect(new Decimal(totaal).eq(som(d))).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it("schrijft een totaal van nul als getal 0, zodat het terugleest (exceljs laat een formuleresultaat 0 weg)", async () => {
    const { blad: b } = await blad(bedragen("0.00", "0.00"), { nu: NU });
    expect(b.getCell("H4").value).toBe(0);
  });

  it("zet elk bedrag onder de grens exact om en weigert elk bedrag erboven", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (c) => {
        const d = new Decimal(c.toString()).dividedBy(100);
        const r = spreadsheetGetal(d, "bedrag");
        if (d.abs().lt(SPREADSHEETGRENS)) {
          expect(r.ok && new Decimal(r.waarde).eq(d)).toBe(true);
        } else expect(r.ok ? "" : r.fout.code).toBe("BEDRAG_TE_GROOT_VOOR_SPREADSHEET");
      }),
    );
  });
});
