import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BedragSchema,
  bedragTekst,
  NietNegatiefBedragSchema,
  round2,
  som,
} from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { verdeelGrootsteRest } from "#shared/geld/verdeling.js";
import { euro } from "#shared/geld/weergave.js";
import { valideer } from "#shared/resultaat.js";

const d = (s: string) => new Decimal(s);

describe("geld (§11)", () => {
  it("rondt half-up af op centen", () => {
    expect(bedragTekst(d("0.005"))).toBe("0.01");
    expect(bedragTekst(d("671519.5571955"))).toBe("671519.56");
    expect(bedragTekst(d("-0.005"))).toBe("-0.01");
    expect(bedragTekst(d("-0.001"))).toBe("0.00"); // never "-0.00"
    expect(euro(d("-0.001"))).toBe("€ 0,00");
    expect(round2(d("2.675")).toFixed(2)).toBe("2.68"); // a binary float would give 2.67
  });

  it("toont bedragen als € 1.234.567,89", () => {
    expect(euro(d("1234567.89"))).toBe("€ 1.234.567,89");
    expect(euro(d("0"))).toBe("€ 0,00");
    expect(euro(d("-124918.08"))).toBe("-€ 124.918,08");
    expect(euro(d("1100000000"))).toBe("€ 1.100.000.000,00");
  });

  it("accepteert -0.00 als niet-negatief bedrag", () => {
    expect(valideer(NietNegatiefBedragSchema, "-0.00").ok).toBe(true);
    expect(valideer(NietNegatiefBedragSchema, "-0.01").ok).toBe(false);
  });

  it("weigert een bedrag met meer dan twee decimalen, met een Nederlandse melding en het veld", () => {
    const r = valideer(BedragSchema, "12.345");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout.melding).toMatch(/twee decimalen/);
  });

  it("verdeelt naar rato met grootste rest, gelijke rest naar de eerste", () => {
    expect(verdeelGrootsteRest(d("0.02"), [d("1"), d("1"), d("1")]).map(String)).toEqual([
      "0.01",
      "0.01",
      "0",
    ]);
    expect(verdeelGrootsteRest(d("200000"), [d("300000"), d("100000")]).map(String)).toEqual([
      "150000",
      "50000",
    ]);
  });

  it("verdeling houdt het totaal exact en geeft niemand meer dan een cent te veel (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { minLength: 1, maxLength: 40 }),
        (centen, gewichtCenten) => {
          const totaal = d(centen.toString()).dividedBy(100);
          const gewichten = gewichtCenten.map((g) => d(g.toString()).dividedBy(100));
          const delen = verdeelGrootsteRest(totaal, gewichten);
          const noemer = som(gewichten);
          if (noemer.isZero()) return delen.every((x) => x.isZero());
          expect(som(delen).equals(totaal)).toBe(true);
          delen.forEach((deel, i) => {
            const exact = totaal.times(gewichten[i]!).dividedBy(noemer);
            expect(deel.minus(exact).abs().lt("0.01")).toBe(true);
            expect(deel.decimalPlaces()).toBeLessThanOrEqual(2);
          });
        },
      ),
    );
  });
});
