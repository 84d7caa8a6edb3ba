import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { som } from "#shared/geld/bedrag.js";
import { aangepasteBasis } from "#shared/realisatie/aangepasteBasis.js";
import {
  type AfgesprokenBegroting,
  AfgesprokenBegrotingSchema,
} from "#shared/realisatie/afspraak.js";
import {
  type TussentijdseRealisatie,
  TussentijdseRealisatieSchema,
} from "#shared/realisatie/rapport.js";
import { valideer } from "#shared/resultaat.js";

function parse<T>(schema: Parameters<typeof valideer>[0], x: unknown): T {
  const r = valideer(schema, x);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde as T;
}

// §13 A's agreement: personeel 850.000, overige 150.000 (scholing 60.000, technologie 90.000),
// compensatie 24.000.
const AFSPRAAK = {
  personeel: "850000.00",
  overige: "150000.00",
  compensatie: "24000.00",
  overigeRegels: [
    { regelId: "scholing", bedrag: "60000.00" },
    { regelId: "technologie", bedrag: "90000.00" },
  ],
};

const afspraak = (x: object = {}) =>
  parse<AfgesprokenBegroting>(AfgesprokenBegrotingSchema, { ...AFSPRAAK, ...x });

const rapport = (x: object) =>
  parse<TussentijdseRealisatie>(TussentijdseRealisatieSchema, {
    jaar: 2020,
    venster: "mei",
    personeel: [],
    overige: [],
    ...x,
  });

function basis(a: AfgesprokenBegroting, r: TussentijdseRealisatie) {
  const u = aangepasteBasis(a, r);
  if (!u.ok) throw new Error(u.fout.melding);
  return u.waarde;
}

describe("aangepaste voorschotbasis na een realisatievenster (§6, §7)", () => {
  it("telt geprojecteerde personeelskosten tot de afspraak, overige per regel tot de afspraak, plus compensatie", () => {
    const u = basis(
      afspraak(),
      rapport({
        personeel: [
          { regelId: "P1", extraFte: "8.25", kostenTotNu: "250000.00" },
          { regelId: "P2", extraFte: "1.5", kostenTotNu: "40000.00" },
        ],
        overige: [
          { regelId: "scholing", uitgavenTotNu: "15000.00" },
          { regelId: "technologie", uitgavenTotNu: "40000.00" },
        ],
      }),
    );
    expect(u.projectiePersoneel.toFixed(2)).toBe("870000.00");
    expect(u.subsidiabelPersoneel.toFixed(2)).toBe("850000.00"); // capped at the agreement
    expect(
      u.overige.map((r) => [r.regelId, r.projectie.toFixed(2), r.subsidiabel.toFixed(2)]),
    ).toEqual([
      ["scholing", "45000.00", "45000.00"],
      ["technologie", "120000.00", "90000.00"],
    ]);
    expect(u.subsidiabelOverige.toFixed(2)).toBe("135000.00");
    expect(u.afspraak.toFixed(2)).toBe("1024000.00");
    expect(u.aangepasteBasis.toFixed(2)).toBe("1009000.00");
    expect(u.vanafMaand).toBe("2020-06");
    expect(u.maandenGedekt).toBe(4);
  });

  it("neemt bij onderbesteding de lagere projectie als basis", () => {
    const u = basis(
      afspraak(),
      rapport({
        venster: "oktober",
        personeel: [{ regelId: "P1", extraFte: "6", kostenTotNu: "450000.00" }],
        overige: [{ regelId: "scholing", uitgavenTotNu: "30000.00" }],
      }),
    );
    // 450.000 × 12/9 = 600.000; 30.000 × 12/9 = 40.000; technologie not reported = 0.
    expect(u.aangepasteBasis.toFixed(2)).toBe("664000.00");
    expect(u.overige[1]!.uitgavenTotNu.toFixed(2)).toBe("0.00");
    expect(u.vanafMaand).toBe("2020-11");
  });

  it("telt een gemelde overige regel zonder afspraak niet mee en noemt hem", () => {
    const u = basis(
      afspraak(),
      rapport({ overige: [{ regelId: "reizen", uitgavenTotNu: "5000.00" }] }),
    );
    expect(u.nietAfgesproken).toEqual(["reizen"]);
    expect(u.subsidiabelOverige.toFixed(2)).toBe("0.00");
    expect(u.aangepasteBasis.toFixed(2)).toBe("24000.00");
  });

  it("begrenst de overige kosten op het afgesproken overige bedrag als de regels samen meer zijn", () => {
    const u = basis(
      afspraak({ overige: "100000.00" }),
      rapport({
        overige: [
          { regelId: "scholing", uitgavenTotNu: "20000.00" },
          { regelId: "technologie", uitgavenTotNu: "30000.00" },
        ],
      }),
    );
    expect(u.subsidiabelOverige.toFixed(2)).toBe("100000.00"); // 60.000 + 90.000 capped
  });

  it("weigert een regel die twee keer gemeld wordt, met het veld", () => {
    const r = valideer(TussentijdseRealisatieSchema, {
      jaar: 2020,
      venster: "juli",
      personeel: [],
      overige: [
        { regelId: "x", uitgavenTotNu: "1.00" },
        { regelId: "x", uitgavenTotNu: "2.00" },
      ],
    });
    expect(r.ok || r.fout.veld).toBe("overige[1].regelId");
    const direct = aangepasteBasis(afspraak(), {
      ...rapport({}),
      personeel: [
        { regelId: "p", extraFte: som([]), kostenTotNu: som([]) },
        { regelId: "p", extraFte: som([]), kostenTotNu: som([]) },
      ],
    });
    expect(direct.ok || direct.fout).toMatchObject({
      code: "DUBBELE_REGEL",
      veld: "rapport.personeel[1].regelId",
    });
  });

  it("weigert negatieve kosten en een onbekend venster", () => {
    const neg = valideer(TussentijdseRealisatieSchema, {
      jaar: 2020,
      venster: "mei",
      personeel: [{ regelId: "p", extraFte: "1", kostenTotNu: "-5.00" }],
      overige: [],
    });
    expect(neg.ok || neg.fout.veld).toBe("personeel[0].kostenTotNu");
    const venster = valideer(TussentijdseRealisatieSchema, {
      jaar: 2020,
      venster: "juni",
      personeel: [],
      overige: [],
    });
    expect(venster.ok || venster.fout.melding).toMatch(/^venster: /);
  });

  it("komt nooit boven de afspraak en nooit onder de compensatie (property)", () => {
    const bedrag = fc
      .bigInt({ min: 0n, max: 10n ** 11n })
      .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
    const ids = fc.constantFrom("a", "b", "c", "d");
    fc.assert(
      fc.property(
        fc.record({ personeel: bedrag, overige: bedrag, compensatie: bedrag }),
        fc.uniqueArray(fc.record({ regelId: ids, bedrag }), { selector: (r) => r.regelId }),
        fc.constantFrom("mei", "juli", "oktober"),
        fc.uniqueArray(
          fc.record({ regelId: ids, extraFte: fc.constant("1"), kostenTotNu: bedrag }),
          {
            selector: (r) => r.regelId,
          },
        ),
        fc.uniqueArray(fc.record({ regelId: ids, uitgavenTotNu: bedrag }), {
          selector: (r) => r.regelId,
        }),
        (a, overigeRegels, venster, personeel, overige) => {
          const af = afspraak({ ...a, overigeRegels });
          const u = basis(af, rapport({ venster, personeel, overige }));
          expect(u.aangepasteBasis.lte(u.afspraak)).toBe(true);
          expect(u.aangepasteBasis.gte(af.compensatie)).toBe(true);
          expect(u.subsidiabelPersoneel.lte(af.personeel)).toBe(true);
          for (const r of u.overige) expect(r.subsidiabel.lte(r.afgesproken)).toBe(true);
        },
      ),
    );
  });
});
