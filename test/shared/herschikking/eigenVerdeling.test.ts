import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { AfspraakPerCategorie } from "#shared/herschikking/categorieverdeling.js";
import {
  controleerEigenVerdeling,
  type EigenVerdeling,
} from "#shared/herschikking/eigenVerdeling.js";

const d = (s: string | number) => new Decimal(s);

/** Asked 85.000 / 15.000, agreed 50.000 / 15.000 (the issue of §15.2). */
const ZONDER_REGELS: AfspraakPerCategorie = {
  personeel: { aangevraagd: d("85000"), afgesproken: d("50000") },
  overige: { aangevraagd: d("15000"), afgesproken: d("15000") },
};

/** Overige in two lines: o1 asks 10.000 (agreed 6.000), o2 asks 5.000 (agreed 4.000). */
const MET_REGELS: AfspraakPerCategorie = {
  personeel: { aangevraagd: d("85000"), afgesproken: d("50000") },
  overige: { aangevraagd: d("15000"), afgesproken: d("10000") },
  overigeRegels: [
    { id: "o1", aangevraagd: d("10000"), afgesproken: d("6000") },
    { id: "o2", aangevraagd: d("5000"), afgesproken: d("4000") },
  ],
};

const codes = (r: ReturnType<typeof controleerEigenVerdeling>) =>
  r.ok ? [] : r.fouten.map((x) => `${x.code} ${x.veld}`);

describe("eigen verdeling van de nieuwe afspraak door het zorgkantoor (§15.2)", () => {
  it("neemt een verdeling binnen de aanvraag die precies optelt tot het nieuwe totaal over", () => {
    const r = controleerEigenVerdeling(ZONDER_REGELS, d("90000"), {
      personeel: d("80000"),
      overige: d("10000"),
    });
    expect(r.ok && [r.waarde.personeel.toFixed(2), r.waarde.overige.toFixed(2)]).toEqual([
      "80000.00",
      "10000.00",
    ]);
  });

  it("weigert een verdeling die niet optelt tot het nieuwe totaal, op het veld van de verdeling", () => {
    const r = controleerEigenVerdeling(
      ZONDER_REGELS,
      d("90000"),
      { personeel: d("80000"), overige: d("9999.99") },
      "voorstel[0].verdeling",
    );
    expect(codes(r)).toEqual(["VERDELING_TELT_NIET_OP voorstel[0].verdeling"]);
    expect(!r.ok && r.fouten[0]!.melding).toMatch(
      /^voorstel\[0\]\.verdeling: personeel en overige zijn samen € 89\.999,99, de nieuwe afspraak is € 90\.000,00$/,
    );
  });

  it("weigert een categorie boven haar aanvraag en een negatieve categorie, allebei tegelijk", () => {
    const r = controleerEigenVerdeling(ZONDER_REGELS, d("90000"), {
      personeel: d("90000.01"),
      overige: d("-0.01"),
    });
    expect(codes(r)).toEqual([
      "VERDELING_BOVEN_AANVRAAG verdeling.personeel",
      "VERDELING_NEGATIEF verdeling.overige",
    ]);
    expect(!r.ok && r.fouten[0]!.melding).toMatch(/hoger dan de goedgekeurde aanvraag/);
  });

  it("eist overige wanneer de afspraak geen regels kent", () => {
    expect(
      codes(controleerEigenVerdeling(ZONDER_REGELS, d("85000"), { personeel: d("85000") })),
    ).toEqual(["VERDELING_OVERIGE_ONTBREEKT verdeling.overige"]);
    const r = controleerEigenVerdeling(ZONDER_REGELS, d("85000"), {
      personeel: d("85000"),
      overigeRegels: [{ id: "o1", bedrag: d("0") }],
    });
    expect(codes(r)).toContain("VERDELING_ZONDER_REGELS verdeling.overigeRegels");
  });

  it("verdeelt per overige regel, elke regel binnen haar aanvraag", () => {
    const r = controleerEigenVerdeling(MET_REGELS, d("70000"), {
      personeel: d("58000"),
      overigeRegels: [
        { id: "o2", bedrag: d("5000") },
        { id: "o1", bedrag: d("7000") },
      ],
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.overige.toFixed(2)).toBe("12000.00");
    expect(r.waarde.overigeRegels?.map((o) => `${o.id} ${o.nieuw.toFixed(2)}`)).toEqual([
      "o1 7000.00",
      "o2 5000.00",
    ]);
  });

  it("weigert een regel boven haar aanvraag, een onbekende, een dubbele en een ontbrekende regel", () => {
    const r = controleerEigenVerdeling(MET_REGELS, d("70000"), {
      personeel: d("55000"),
      overigeRegels: [
        { id: "o2", bedrag: d("5000.01") },
        { id: "o9", bedrag: d("1") },
        { id: "o2", bedrag: d("1") },
      ],
    });
    expect(codes(r)).toEqual([
      "VERDELING_BOVEN_AANVRAAG verdeling.overigeRegels[0].bedrag",
      "VERDELING_ONBEKENDE_REGEL verdeling.overigeRegels[1].id",
      "VERDELING_DUBBELE_REGEL verdeling.overigeRegels[2].id",
      "VERDELING_REGEL_ONTBREEKT verdeling.overigeRegels",
      "VERDELING_TELT_NIET_OP verdeling",
    ]);
  });

  it("weigert overige die afwijkt van de som van de regels", () => {
    const r = controleerEigenVerdeling(MET_REGELS, d("70000"), {
      personeel: d("58000"),
      overige: d("12000"),
      overigeRegels: [
        { id: "o1", bedrag: d("6000") },
        { id: "o2", bedrag: d("5000") },
      ],
    });
    expect(codes(r)).toContain("VERDELING_REGELS_WIJKEN_AF verdeling.overige");
  });

  it("spreidt alleen een overige-totaal over de regels volgens de regel van §15.2", () => {
    const r = controleerEigenVerdeling(MET_REGELS, d("70000"), {
      personeel: d("58000"),
      overige: d("12000"),
    });
    expect(r.ok && r.waarde.overigeRegels?.map((o) => o.nieuw.toFixed(2))).toEqual([
      // room 4.000 and 1.000: +2.000 goes 1.600 / 400
      "7600.00",
      "4400.00",
    ]);
  });
});

describe("eigen verdeling, eigenschappen (§15.2)", () => {
  const centen = (max: bigint) =>
    fc.bigInt({ min: 0n, max }).map((c) => new Decimal(c.toString()).dividedBy(100));

  /** An agreement with lines, and a split with each part drawn up to 1,5 × its request. */
  const situatie = fc
    .array(fc.tuple(centen(10n ** 8n), centen(10n ** 8n)), { minLength: 1, maxLength: 4 })
    .chain((lijnen) =>
      fc.record({
        qPersoneel: centen(10n ** 9n),
        lijnen: fc.constant(lijnen.map(([q, a]) => ({ q, a: Decimal.min(q, a) }))),
        delen: fc.array(fc.integer({ min: -10, max: 150 }), {
          minLength: lijnen.length + 1,
          maxLength: lijnen.length + 1,
        }),
        scheef: fc.boolean(),
      }),
    )
    .map(({ qPersoneel, lijnen, delen, scheef }) => {
      const afspraak: AfspraakPerCategorie = {
        personeel: { aangevraagd: qPersoneel, afgesproken: NUL },
        overige: {
          aangevraagd: som(lijnen.map((l) => l.q)),
          afgesproken: som(lijnen.map((l) => l.a)),
        },
        overigeRegels: lijnen.map((l, i) => ({ id: `o${i}`, aangevraagd: l.q, afgesproken: l.a })),
      };
      const deel = (q: Decimal, pct: number) => q.times(pct).dividedBy(100).toDecimalPlaces(2);
      const v: EigenVerdeling = {
        personeel: deel(qPersoneel, delen[0]!),
        overigeRegels: lijnen.map((l, i) => ({ id: `o${i}`, bedrag: deel(l.q, delen[i + 1]!) })),
      };
      const juist = v.personeel.plus(som(v.overigeRegels!.map((r) => r.bedrag)));
      // Sometimes a total one cent off: the split must then be refused.
      return { afspraak, v, nieuwTotaal: scheef ? juist.plus("0.01") : juist };
    });
  const NUL = new Decimal(0);

  it("neemt een verdeling aan precies wanneer elk deel binnen 0 … aanvraag ligt en alles optelt", () => {
    fc.assert(
      fc.property(situatie, ({ afspraak, v, nieuwTotaal }) => {
        const r = controleerEigenVerdeling(afspraak, nieuwTotaal, v);
        const binnen =
          !v.personeel.lt(0) &&
          v.personeel.lte(afspraak.personeel.aangevraagd) &&
          v.overigeRegels!.every(
            (x, i) => !x.bedrag.lt(0) && x.bedrag.lte(afspraak.overigeRegels![i]!.aangevraagd),
          );
        const optelt = v.personeel
          .plus(som(v.overigeRegels!.map((x) => x.bedrag)))
          .equals(nieuwTotaal);
        expect(r.ok).toBe(binnen && optelt);
        if (!r.ok) return;
        // What it answers is exactly what was given, and adds up to the new total.
        expect(r.waarde.personeel.plus(r.waarde.overige).equals(nieuwTotaal)).toBe(true);
        expect(som(r.waarde.overigeRegels!.map((o) => o.nieuw)).equals(r.waarde.overige)).toBe(
          true,
        );
        expect(r.waarde.overige.lte(afspraak.overige.aangevraagd)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
