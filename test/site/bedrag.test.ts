// The site's number input and output in Dutch notation (web/src/scripts/lib/bedrag.ts): what a
// controller types ("1.200.000.000,00", "0,85") reaches the API as its own text ("1200000000.00",
// "0.85"), and what the API stores is shown back the Dutch way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bedragNl,
  bedragTekst,
  centen,
  decimaalNl,
  decimaalTekst,
} from "#web/src/scripts/lib/bedrag.js";

describe("bedragen en decimalen in Nederlandse notatie", () => {
  it("leest bedragen zoals een controller ze typt", () => {
    expect(centen("1.200.000.000,00")).toBe(120_000_000_000n);
    expect(centen("€ 1.234,5")).toBe(123_450n);
    expect(centen("1234.50")).toBe(123_450n);
    expect(centen("1.234")).toBe(123_400n);
    expect(centen("twaalf")).toBeNull();
  });

  it("leest decimalen met komma of punt, en weigert wat geen getal is", () => {
    expect(decimaalTekst("0,85")).toBe("0.85");
    expect(decimaalTekst(" 1,45 ")).toBe("1.45");
    expect(decimaalTekst("0.75")).toBe("0.75");
    expect(decimaalTekst("1.000,5")).toBe("1000.5");
    expect(decimaalTekst("heel veel")).toBeNull();
    expect(decimaalTekst("0,8,5")).toBeNull();
  });

  it("toont wat de API opslaat in Nederlandse notatie", () => {
    expect(bedragNl("1100000000.00")).toBe("1.100.000.000,00");
    expect(decimaalNl("0.85")).toBe("0,85");
  });

  it("een bedrag overleeft heen en terug door het formulier (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (c) => {
        expect(centen(bedragNl(bedragTekst(c)))).toBe(c);
      }),
    );
  });
});
