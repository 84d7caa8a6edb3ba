import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import {
  type Clientdagen,
  clientmixIndex,
  kostenPerSvDag,
  productieSignalen,
  type RondrekeningInvoer,
  rondreken,
} from "#shared/nacalculatie/rondrekening.js";
import { parametersVoor, ZORGPROFIELEN } from "#shared/parameters/jaarparameters.js";

const d = (s: string | number) => new Decimal(s);
const dagen = (o: Record<string, number>): Clientdagen =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, d(v)]));
const GEWICHTEN = parametersVoor(2020).gewichten;

const VOORBEELD_E: RondrekeningInvoer = {
  gewichten: GEWICHTEN,
  clientdagen: {
    basis: dagen({ VV4: 7300, VV5: 14600, VV6: 10950, VV7: 3650 }),
    jaar: dagen({ VV4: 5475, VV5: 14600, VV6: 12775, VV7: 4380 }),
  },
  svDagen: { basis: d(50000), jaar: d(56000) },
  svLoon: d("7056000.00"),
  werkgeverslasten: d("2116800.00"),
  inhuur: { basis: d("200000.00"), jaar: d("260000.00") },
  afgesprokenPersoneel: d("850000.00"),
  productieAfwijkingSignaal: d("0.10"),
};

const waarde = <T>(r: { ok: true; waarde: T } | { ok: false; fout: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.fout));
  return r.waarde;
};

describe("rondrekening personeel (§9.1)", () => {
  it("rekent voorbeeld E tot op de cent", () => {
    const r = waarde(rondreken(VOORBEELD_E));
    expect(r.gewogenBasis.toFixed()).toBe("49457.5");
    expect(r.gewogenJaar.toFixed()).toBe("51337.25");
    expect(r.index.toFixed()).toMatch(/^1\.0380073800738007/);
    expect(r.kostenPerSvDag?.toFixed()).toBe("163.8");
    expect(r.extraEigen.toFixed(2)).toBe("671519.56");
    expect(r.extraInhuur.toFixed(2)).toBe("52398.52");
    expect(r.personeelGerealiseerd.toFixed(2)).toBe("723918.08");
    expect(r.personeelVergoedbaar.toFixed(2)).toBe("723918.08");
    expect(r.signalen).toEqual([]);
  });

  it("rondt de index niet af", () => {
    const r = waarde(rondreken(VOORBEELD_E));
    expect(r.index.decimalPlaces()).toBeGreaterThan(30);
  });

  it("vergoedt nooit meer personeel dan afgesproken en signaleert het meerdere", () => {
    const r = waarde(rondreken({ ...VOORBEELD_E, afgesprokenPersoneel: d("700000.00") }));
    expect(r.personeelGerealiseerd.toFixed(2)).toBe("723918.08");
    expect(r.personeelVergoedbaar.toFixed(2)).toBe("700000.00");
    expect(r.signalen.map((s) => s.code)).toEqual(["PERSONEEL_BOVEN_AFSPRAAK"]);
  });

  it("telt geen negatieve extra SV-dagen of inhuur mee", () => {
    const r = waarde(
      rondreken({
        ...VOORBEELD_E,
        svDagen: { basis: d(56000), jaar: d(56000) },
        inhuur: { basis: d("260000.00"), jaar: d("260000.00") },
      }),
    );
    expect(r.extraSvDagen.toFixed()).toBe("0");
    expect(r.extraEigen.toFixed(2)).toBe("0.00");
    expect(r.extraInhuur.toFixed(2)).toBe("0.00");
  });

  it("rondt extra eigen personeel half-up af op centen", () => {
    // Same mix (I = 1), 1 extra SV-dag at c = 0.005: half-up gives 0.01 (half-even would give 0).
    const r = waarde(
      rondreken({
        ...VOORBEELD_E,
        clientdagen: { basis: dagen({ VV4: 1 }), jaar: dagen({ VV4: 1 }) },
        svDagen: { basis: d(1), jaar: d(2) },
        svLoon: d("0.01"),
        werkgeverslasten: d(0),
        inhuur: { basis: d(0), jaar: d(0) },
      }),
    );
    expect(r.kostenPerSvDag?.toFixed()).toBe("0.005");
    expect(r.extraEigen.toFixed(2)).toBe("0.01");
  });

  it("rekent extra eigen personeel in één deling, niet met een afgeronde index", () => {
    // I = 7/6 is 1.1666…67 at 40 digits; 6 SV-dagen_b × that rounded I is 7.000…02, leaving
    // 0.999…98 extra days and 0.004999… → € 0,00. Exactly: 1 extra day × c 0.005 → € 0,01.
    const r = waarde(
      rondreken({
        ...VOORBEELD_E,
        clientdagen: { basis: dagen({ VV4: 6 }), jaar: dagen({ VV4: 7 }) },
        svDagen: { basis: d(6), jaar: d(8) },
        svLoon: d("0.04"),
        werkgeverslasten: d(0),
      }),
    );
    expect(r.extraSvDagen.toFixed()).toBe("1");
    expect(r.extraEigen.toFixed(2)).toBe("0.01");
  });

  it("telt een ontbrekend zorgprofiel als 0", () => {
    const zonder = waarde(
      clientmixIndex(GEWICHTEN, { basis: dagen({ VV4: 10 }), jaar: dagen({ VV5: 10 }) }),
    );
    const metNul = waarde(
      clientmixIndex(GEWICHTEN, {
        basis: dagen({ VV4: 10, VV5: 0 }),
        jaar: dagen({ VV4: 0, VV5: 10 }),
      }),
    );
    expect(zonder.index.toFixed()).toBe("1.45");
    expect(metNul.index.toFixed()).toBe("1.45");
  });

  it("meldt een basisjaar zonder cliëntdagen als fout in plaats van te delen door nul", () => {
    const r = clientmixIndex(GEWICHTEN, { basis: dagen({ VV4: 0 }), jaar: dagen({ VV4: 10 }) });
    expect(r.ok ? null : [r.fout.code, r.fout.veld]).toEqual([
      "GEEN_CLIENTDAGEN_BASISJAAR",
      "clientdagen.basis",
    ]);
    if (!r.ok) expect(r.fout.melding).toMatch(/basisjaar/);
  });

  it("§15.6: nul SV-dagen in het jaar (alleen inhuur) geeft geen kosten per SV-dag en 0 extra eigen personeel", () => {
    expect(kostenPerSvDag(d(100), d(0), d(0))).toBeUndefined();
    const r = waarde(rondreken({ ...VOORBEELD_E, svDagen: { basis: d(5), jaar: d(0) } }));
    expect(r.kostenPerSvDag).toBeUndefined();
    expect(r.extraSvDagen.toFixed()).toBe("0");
    expect(r.extraEigen.toFixed(2)).toBe("0.00");
    // Inhuur is computed as before: §13 E's extra inhuur is Pᵣ on its own.
    expect(r.extraInhuur.toFixed(2)).toBe("52398.52");
    expect(r.personeelGerealiseerd.toFixed(2)).toBe("52398.52");
    const nooit = waarde(rondreken({ ...VOORBEELD_E, svDagen: { basis: d(0), jaar: d(0) } }));
    expect(nooit.extraEigen.toFixed(2)).toBe("0.00");
  });

  it("meldt cliëntdagen zonder gewicht met het zorgprofiel als veld", () => {
    const r = clientmixIndex(
      { VV4: d(1) },
      { basis: dagen({ VV4: 10 }), jaar: dagen({ VV4: 10, VV9b: 3 }) },
    );
    expect(r.ok ? null : [r.fout.code, r.fout.veld]).toEqual([
      "GEWICHT_ONTBREEKT",
      "gewichten.VV9b",
    ]);
  });
});

describe("productieontwikkeling naast de index (§9.1)", () => {
  const I = d("1.038");
  it("toont omzet_t / omzet_b naast de index zonder signaal bij een klein verschil", () => {
    const r = productieSignalen({ basis: d(1000000), jaar: d(1100000) }, I, d("0.10"));
    expect(r.productieontwikkeling?.toFixed()).toBe("1.1");
    expect(r.signalen).toEqual([]);
  });

  it("waarschuwt bij meer dan 10 procentpunt verschil, niet bij precies 10", () => {
    const grens = productieSignalen({ basis: d(100), jaar: d(110) }, d(1), d("0.10"));
    expect(grens.signalen).toEqual([]);
    const erover = productieSignalen({ basis: d(10000), jaar: d(11001) }, d(1), d("0.10"));
    expect(erover.signalen.map((s) => s.code)).toEqual(["PRODUCTIE_AFWIJKEND"]);
    expect(erover.signalen[0]!.melding).toMatch(/1,1001.*10 procentpunt.*1,0000/);
    const omlaag = productieSignalen({ basis: d(100), jaar: d(80) }, I, d("0.10"));
    expect(omlaag.signalen.map((s) => s.code)).toEqual(["PRODUCTIE_AFWIJKEND"]);
  });

  it("signaleert een basisjaar zonder omzet in plaats van te delen door nul", () => {
    const r = productieSignalen({ basis: d(0), jaar: d(10) }, I, d("0.10"));
    expect(r.productieontwikkeling).toBeUndefined();
    expect(r.signalen.map((s) => s.code)).toEqual(["PRODUCTIE_BASISJAAR_ONBEKEND"]);
  });
});

describe("cliëntmix-index: eigenschappen (§9.1)", () => {
  it("is exact 1 bij een ongewijzigde mix, bij elke gewichten > 0", () => {
    const gewicht = fc
      .bigInt({ min: 1n, max: 10n ** 6n })
      .map((n) => d(n.toString()).dividedBy(100));
    const aantal = fc.oneof(
      fc.nat({ max: 10 }).map(d),
      fc.nat({ max: 10 ** 7 }).map(d),
      fc.bigInt({ min: 0n, max: 10n ** 9n }).map((n) => d(n.toString()).dividedBy(1000)),
    );
    const profielen = fc.subarray([...ZORGPROFIELEN], { minLength: 1 });
    fc.assert(
      fc.property(
        profielen,
        fc.array(gewicht, { minLength: 7, maxLength: 7 }),
        fc.array(aantal, { minLength: 7, maxLength: 7 }),
        (ps, ws, as) => {
          fc.pre(ps.some((_, i) => !as[i]!.isZero()));
          const gewichten = Object.fromEntries(ps.map((p, i) => [p, ws[i]!]));
          const mix = Object.fromEntries(ps.map((p, i) => [p, as[i]!]));
          const r = clientmixIndex(gewichten, { basis: mix, jaar: { ...mix } });
          expect(r.ok && r.waarde.index.toFixed()).toBe("1");
        },
      ),
    );
  });
});
