import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { versieverschil } from "#shared/indiening/versieverschil.js";
import { parse, volledig } from "./voorbeeld.js";

describe("verschillen tussen versies van een aanvraag (§4.3)", () => {
  it("vindt geen verschil tussen gelijke versies", () => {
    expect(versieverschil(volledig(), volledig())).toEqual([]);
  });

  it("meldt een gewijzigd bedrag met pad, voor en na", () => {
    const na = volledig();
    na.begroting![0]!.overige![0]!.bedrag = "90000.00";
    na.verklaringen!.geenDubbeleBekostiging = false;
    expect(versieverschil(volledig(), na)).toEqual([
      { pad: "begroting[0].overige[0].bedrag", voor: "100000.00", na: "90000.00" },
      { pad: "verklaringen.geenDubbeleBekostiging", voor: true, na: false },
    ]);
  });

  it("koppelt regels op id: een ingevoegde regel is één toevoeging, geen verschuiving", () => {
    const voor = volledig();
    const na = volledig();
    const p1 = na.begroting![0]!.personeel![0]!;
    na.begroting![0]!.personeel = [{ ...p1, id: "p0", fte: "1.00" }, p1];
    const v = versieverschil(voor, na);
    expect(v.every((x) => x.pad.startsWith("begroting[0].personeel[0]"))).toBe(true);
    expect(v.every((x) => x.voor === undefined)).toBe(true);
    expect(v).toContainEqual({ pad: "begroting[0].personeel[0].fte", voor: undefined, na: "1.00" });
  });

  it("meldt een verwijderde regel met zijn pad in de oude versie, na de rest", () => {
    const voor = volledig();
    const extra = { ...voor.begroting![0]!.overige![0]!, id: "o2", bedrag: "5.00" };
    voor.begroting![0]!.overige!.push(extra);
    const na = volledig();
    na.documenten!.pop();
    const v = versieverschil(voor, na);
    expect(v[0]).toEqual({ pad: "documenten[1].id", voor: "doc-2", na: undefined });
    expect(v).toContainEqual({
      pad: "begroting[0].overige[1].bedrag",
      voor: "5.00",
      na: undefined,
    });
  });

  it("koppelt begrotingsjaren op jaar, ook in een andere volgorde", () => {
    const voor = volledig();
    voor.begroting!.push({ jaar: 2021, personeel: [], overige: [] });
    const na = volledig();
    na.begroting = [{ jaar: 2021, personeel: [], overige: [] }, na.begroting![0]!];
    expect(versieverschil(voor, na)).toEqual([]);
  });

  it("meldt een lege lijst die erbij komt als blad", () => {
    expect(versieverschil({ a: 1 }, { a: 1, bijlagen: [] })).toEqual([
      { pad: "bijlagen", voor: undefined, na: [] },
    ]);
  });

  it("vergelijkt ook geparste versies op waarde (Decimal, datum)", () => {
    const na = volledig();
    na.begroting![0]!.overige![0]!.bedrag = "100000.5";
    expect(versieverschil(parse(volledig()), parse(na))).toEqual([
      { pad: "begroting[0].overige[0].bedrag", voor: "100000", na: "100000.5" },
    ]);
  });

  it("is stabiel en leeg tegen zichzelf; een wijziging heen en terug spiegelt (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(versieverschil(a, a)).toEqual([]);
        expect(versieverschil(a, b)).toEqual(versieverschil(a, b));
        const heen = versieverschil(a, b);
        const terug = versieverschil(b, a);
        expect(heen.length === 0).toBe(terug.length === 0);
      }),
    );
  });
});
