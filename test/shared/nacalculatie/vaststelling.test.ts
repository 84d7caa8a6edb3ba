import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import { magVaststellen, stelVast } from "#shared/nacalculatie/vaststelling.js";

const d = (s: string) => new Decimal(s);
const basis = {
  personeelVergoedbaar: d("723918.08"),
  overigeVergoedbaar: d("145000.00"),
  compensatie: d("24000.00"),
  betaaldeVoorschotten: d("768000.00"),
  teVerrekenen: d("0"),
};
const tekst = (v: ReturnType<typeof stelVast>) => ({
  vastgesteld: v.vastgesteld.toFixed(2),
  saldo: v.saldo.toFixed(2),
  saldoSoort: v.saldoSoort,
  nabetaling: v.nabetaling.toFixed(2),
  verrekening: v.verrekening.toFixed(2),
  terugvordering: v.terugvordering.toFixed(2),
});

describe("vaststelling (§9.3)", () => {
  it("stelt voorbeeld E vast op € 892.918,08 met een nabetaling van € 124.918,08", () => {
    expect(tekst(stelVast(basis))).toEqual({
      vastgesteld: "892918.08",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      verrekening: "0.00",
      terugvordering: "0.00",
    });
  });

  it("vordert een te hoog betaald voorschot terug", () => {
    const v = stelVast({ ...basis, betaaldeVoorschotten: d("900000.00") });
    expect(tekst(v)).toMatchObject({
      saldo: "-7081.92",
      saldoSoort: "terugvordering",
      nabetaling: "0.00",
      terugvordering: "7081.92",
    });
  });

  it("verrekent een negatief saldo met betalingen die de aanbieder in een ander jaar tegoed heeft", () => {
    const deels = stelVast({
      ...basis,
      betaaldeVoorschotten: d("900000.00"),
      teVerrekenen: d("5000.00"),
    });
    expect(tekst(deels)).toMatchObject({ verrekening: "5000.00", terugvordering: "2081.92" });
    const geheel = stelVast({
      ...basis,
      betaaldeVoorschotten: d("900000.00"),
      teVerrekenen: d("1e6"),
    });
    expect(tekst(geheel)).toMatchObject({ verrekening: "7081.92", terugvordering: "0.00" });
    // A positive saldo is paid out, never offset.
    expect(tekst(stelVast({ ...basis, teVerrekenen: d("5000.00") })).verrekening).toBe("0.00");
  });

  it("noemt een saldo van nul nihil", () => {
    expect(stelVast({ ...basis, betaaldeVoorschotten: d("892918.08") }).saldoSoort).toBe("nihil");
  });

  it("stelt pas vast als het rapport van feitelijke bevindingen er is", () => {
    const zonder = magVaststellen({ rapportFeitelijkeBevindingen: false });
    expect(zonder.ok ? null : [zonder.fout.code, zonder.fout.veld]).toEqual([
      "RAPPORT_ACCOUNTANT_ONTBREEKT",
      "rapportFeitelijkeBevindingen",
    ]);
    if (!zonder.ok) expect(zonder.fout.melding).toMatch(/rapport van feitelijke bevindingen/);
    expect(magVaststellen({ rapportFeitelijkeBevindingen: true }).ok).toBe(true);
  });
});
