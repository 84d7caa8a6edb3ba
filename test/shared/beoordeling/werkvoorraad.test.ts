import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  laatVensterNodig,
  type Positie,
  past,
  RICHTINGEN,
  vergelijk,
  WERKVOORRAAD_SORTERINGEN,
  WERKVOORRAAD_TERMIJNEN,
  type WerkvoorraadKeuze,
  type WerkvoorraadRegel,
  werkvoorraadPagina,
  zoektekst,
} from "#shared/beoordeling/werkvoorraad.js";
import { TOESTANDEN } from "#shared/indiening/toestanden.js";

const keuze = (k: Partial<WerkvoorraadKeuze> = {}): WerkvoorraadKeuze => ({
  sorteer: "urgentie",
  richting: "op",
  ...k,
});
const regel = (sleutel: string, naam: string, r: Partial<WerkvoorraadRegel> = {}) =>
  ({ sleutel, toestand: "ingediend", aanbiederNaam: naam, termijn: null, ...r }) as const;

describe("werkvoorraad (§5)", () => {
  it("zoekt zonder op hoofdletters en accenten te letten", () => {
    expect(zoektekst("Stichting Zórgrijk Élan")).toBe("stichting zorgrijk elan");
    const r = regel("a", "Zorggroep De Linde");
    expect(past(r, keuze({ aanbieder: "zorggroep" }))).toBe(true);
    expect(past(r, keuze({ aanbieder: "Zorggroep De" }))).toBe(true);
    expect(past(r, keuze({ aanbieder: "linde" }))).toBe(true);
    expect(past(r, keuze({ aanbieder: "baken" }))).toBe(false);
    expect(past(regel("b", "Zórgrijk"), keuze({ aanbieder: "ZORGRIJK" }))).toBe(true);
  });

  it("noemt een concept pas na de indieningsperiode (§3.2) een geval voor een laat venster", () => {
    const c = { toestand: "concept", jaar: 2020 } as const;
    expect(laatVensterNodig(c, new Date("2019-12-31T23:59:59+01:00"))).toBe(false);
    expect(laatVensterNodig(c, new Date("2020-01-01T00:00:00+01:00"))).toBe(true);
    expect(laatVensterNodig({ ...c, toestand: "ingediend" }, new Date("2020-02-01"))).toBe(false);
  });

  it("zet rijen zonder waarde achteraan, in beide richtingen", () => {
    const met: Positie = { waarde: "2020-01-01", sleutel: "b" };
    const zonder: Positie = { waarde: null, sleutel: "a" };
    for (const r of RICHTINGEN) expect(vergelijk(met, zonder, r)).toBeLessThan(0);
  });

  const dag = fc
    .date({ min: new Date("2019-09-01"), max: new Date("2020-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const rijen = fc.uniqueArray(
    fc.record({
      sleutel: fc.string({ minLength: 1, maxLength: 6 }),
      toestand: fc.constantFrom(...TOESTANDEN),
      aanbiederNaam: fc.constantFrom("Zorggroep Één", "zorggroep een", "De Linde", "Baken", "Ä"),
      termijn: fc.option(
        fc.record({
          ontvangen: dag,
          uitersteDatum: dag,
          status: fc.constantFrom(...WERKVOORRAAD_TERMIJNEN.filter((t) => t !== "niet_ontvangen")),
        }),
        { nil: null },
      ),
    }),
    { selector: (r) => r.sleutel, maxLength: 30 },
  );
  const keuzes = fc.record(
    {
      sorteer: fc.constantFrom(...WERKVOORRAAD_SORTERINGEN),
      richting: fc.constantFrom(...RICHTINGEN),
      toestand: fc.constantFrom(...TOESTANDEN),
      termijn: fc.constantFrom(...WERKVOORRAAD_TERMIJNEN),
      aanbieder: fc.constantFrom("zorg", "één", "E", "x"),
    },
    { requiredKeys: ["sorteer", "richting"] },
  );

  it("ketent pagina's van elke grootte tot precies de gefilterde, geordende lijst", () => {
    fc.assert(
      fc.property(rijen, keuzes, fc.integer({ min: 1, max: 7 }), (lijst, k, limiet) => {
        const heel = werkvoorraadPagina(lijst, k, 1000);
        expect(heel.laatste).toBeUndefined();
        const gezien: string[] = [];
        let na: Positie | undefined;
        for (let i = 0; i < 40; i++) {
          const p = werkvoorraadPagina(lijst, k, limiet, na);
          expect(p.aantal).toBe(heel.aantal);
          expect(p.rijen.length).toBeLessThanOrEqual(limiet);
          gezien.push(...p.rijen.map((r) => r.sleutel));
          if (!p.laatste) break;
          na = p.laatste;
        }
        expect(gezien).toEqual(heel.rijen.map((r) => r.sleutel));
        for (const r of heel.rijen) expect(past(r, k)).toBe(true);
        expect(heel.aantal).toBe(lijst.filter((r) => past(r, k)).length);
      }),
    );
  });

  it("laat een rij die tussen twee pagina's verschijnt geen andere dubbel tonen", () => {
    const lijst = ["a", "b", "c", "d"].map((s) => regel(s, `Aanbieder ${s}`));
    const k = keuze({ sorteer: "aanbieder" });
    const eerste = werkvoorraadPagina(lijst, k, 2);
    const erbij = [regel("0", "Aanbieder 0"), ...lijst];
    const tweede = werkvoorraadPagina(erbij, k, 2, eerste.laatste);
    expect([...eerste.rijen, ...tweede.rijen].map((r) => r.sleutel)).toEqual(["a", "b", "c", "d"]);
  });
});
