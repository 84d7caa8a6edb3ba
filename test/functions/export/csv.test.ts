import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaalopdrachtenCsv, KOPPEN } from "#functions/lib/export/betaalopdrachten.js";
import { alsTekst, csvBestand, csvVeld, decimaleKomma } from "#functions/lib/export/csv.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { leesCsv, opdracht } from "./hulp.js";

// Payment orders (§6) exported for the finance department as CSV for Dutch Excel.
const csv = (...args: Parameters<typeof betaalopdrachtenCsv>): Buffer => {
  const r = betaalopdrachtenCsv(...args);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};

describe("CSV-export van betaalopdrachten", () => {
  it("schrijft precies deze bytes: BOM, puntkomma's, decimale komma, quoting en CRLF", () => {
    const b = csv([
      opdracht({ aanbiederNaam: 'Zorg "De Linde"; locatie Oost' }),
      opdracht({
        sleutel: "voorschot#a2#zk1#2020-04#v2",
        aanbiederNaam: "Ëlckerlyc",
        agbCode: "01234567",
        maand: "2020-04",
        bedrag: "0.5",
        basisVersie: 2,
        aangemaaktOp: "2020-04-01T06:00:00Z",
      }),
    ]);
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.toString("utf8")).toBe(
      "\uFEFF" +
        "Sleutel;Aanbieder;NZa-nummer;AGB-code;Zorgkantoor;Jaar;Maand;Bedrag;Basisversie;Aangemaakt op;IBAN;Tenaamstelling\r\n" +
        'voorschot#a1#zk1#2020-03#v1;"Zorg ""De Linde""; locatie Oost";300-1234;73012345;Zorgkantoor Noord;2020;2020-03;192000,00;1;20-03-2020 09:15;NL91ABNA0417164300;Stichting De Linde\r\n' +
        "voorschot#a2#zk1#2020-04#v2;Ëlckerlyc;300-1234;01234567;Zorgkantoor Noord;2020;2020-04;0,50;2;01-04-2020 08:00;NL91ABNA0417164300;Stichting De Linde\r\n",
    );
  });

  it("schrijft bij geen opdrachten alleen de kopregel", () => {
    expect(csv([]).toString("utf8")).toBe(`\uFEFF${KOPPEN.join(";")}\r\n`);
  });

  it("schrijft bedragen exact met een decimale komma en zonder duizendtallen", () => {
    expect(decimaleKomma(new Decimal("1024000"))).toBe("1024000,00");
    expect(decimaleKomma(new Decimal("90071992547409.91"))).toBe("90071992547409,91");
    const b = csv([opdracht({ bedrag: "123456789012345678.99" })]);
    expect(leesCsv(b)[1]![7]).toBe("123456789012345678,99");
  });

  it("citeert velden met scheidingsteken, aanhalingsteken of regeleinde (RFC 4180)", () => {
    expect(csvVeld("gewoon")).toBe("gewoon");
    expect(csvVeld("a;b")).toBe('"a;b"');
    expect(csvVeld('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvVeld("regel\r\nregel")).toBe('"regel\r\nregel"');
    expect(csvVeld("komma, mag")).toBe("komma, mag");
    expect(csvBestand([["a", "b"]]).toString("utf8")).toBe("\uFEFFa;b\r\n");
  });

  it("maakt van een naam die als formule begint gewone tekst", () => {
    expect(alsTekst('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(alsTekst("+31 zorg")).toBe("'+31 zorg");
    expect(alsTekst("@zorg")).toBe("'@zorg");
    expect(alsTekst("Zorg-Plus")).toBe("Zorg-Plus");
    const b = csv([opdracht({ aanbiederNaam: "=1+1", zorgkantoor: "-Noord" })]);
    expect(leesCsv(b)[1]!.slice(1, 5)).toEqual(["'=1+1", "300-1234", "73012345", "'-Noord"]);
  });

  it("weigert ongeldige opdrachten met een Fout die het veld noemt", () => {
    const fouten = [
      [{ bedrag: "12,50" }, "opdrachten[1].bedrag"],
      [{ bedrag: "-1.00" }, "opdrachten[1].bedrag"],
      [{ maand: "2021-01" }, "opdrachten[1].maand"],
      [{ aanbiederNaam: "  " }, "opdrachten[1].aanbiederNaam"],
      [{ aangemaaktOp: "gisteren" }, "opdrachten[1].aangemaaktOp"],
    ] as const;
    for (const [over, veld] of fouten) {
      const r = betaalopdrachtenCsv([opdracht(), opdracht(over)]);
      expect(r.ok ? "" : r.fout.veld, veld).toBe(veld);
      expect(r.ok ? "" : r.fout.melding).toMatch(
        new RegExp(`^${veld.replace(/[[\].]/g, "\\$&")}: `),
      );
    }
  });

  it("neemt een Date als tijdstip en toont het op de Amsterdamse klok", () => {
    const b = csv([opdracht({ aangemaaktOp: new Date("2020-07-01T22:30:00Z") })]);
    expect(leesCsv(b)[1]![9]).toBe("02-07-2020 00:30");
  });
});

const TEKENS = ["a", "Z", " ", ";", '"', "\r", "\n", "\r\n", "ë", "€", "=", "-", "'", ",", "😀"];
const tekst = fc
  .array(fc.constantFrom(...TEKENS), { minLength: 1, maxLength: 12 })
  .map((d) => d.join(""))
  .filter((t) => t.trim() !== "");
const centen = fc.bigInt({ min: 0n, max: 10n ** 17n });
const bedrag = (c: bigint) => new Decimal(c.toString()).dividedBy(100);

describe("eigenschappen van de CSV-export", () => {
  it("leest elk veld exact terug en de som van de bedragen is de Decimal-som", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ naam: tekst, zorgkantoor: tekst, c: centen }), { maxLength: 20 }),
        (rijen) => {
          const invoer = rijen.map((x) =>
            opdracht({
              aanbiederNaam: x.naam,
              zorgkantoor: x.zorgkantoor,
              bedrag: bedrag(x.c).toFixed(2),
            }),
          );
          const records = leesCsv(csv(invoer));
          expect(records).toHaveLength(invoer.length + 1);
          expect(records[0]).toEqual(KOPPEN);
          records.slice(1).forEach((r, i) => {
            expect(r).toHaveLength(KOPPEN.length);
            expect(r[1]).toBe(alsTekst(rijen[i]!.naam.trim()));
            expect(r[4]).toBe(alsTekst(rijen[i]!.zorgkantoor.trim()));
            expect(r[7]).toMatch(/^\d+,\d{2}$/);
          });
          const gelezen = som(records.slice(1).map((r) => new Decimal(r[7]!.replace(",", "."))));
          expect(gelezen.eq(som(rijen.map((x) => bedrag(x.c))))).toBe(true);
        },
      ),
    );
  });

  it("geeft voor elke invoer ok of een getypeerde Fout, nooit een uitzondering", () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 3 }), (invoer) => {
        const r = betaalopdrachtenCsv(invoer as never);
        if (!r.ok) expect(r.fout.melding.startsWith(`${r.fout.veld}: `)).toBe(true);
      }),
    );
  });
});
