import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import {
  controleerParameters,
  controleerZinvol,
  PERCENTAGES,
} from "#shared/parameters/controle.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";

const P2020 = parametersVoor(2020);
const velden = (p: Parameters<typeof controleerZinvol>[0]) =>
  controleerZinvol(p).map((f) => [f.code, f.veld]);

describe("zinvolle jaarparameters (§3.1)", () => {
  it("neemt de meegeleverde parameters van 2019 en 2020 aan", () => {
    expect(controleerZinvol(parametersVoor(2019))).toEqual([]);
    expect(controleerZinvol(P2020)).toEqual([]);
  });

  it("weigert een gewicht van 0 of negatief en noemt het zorgprofiel", () => {
    const gewichten = { ...P2020.gewichten, VV5: new Decimal(0), VV10: new Decimal("-1.95") };
    expect(velden({ ...P2020, gewichten })).toEqual([
      ["GEWICHT_NIET_POSITIEF", "gewichten.VV5"],
      ["GEWICHT_NIET_POSITIEF", "gewichten.VV10"],
    ]);
    const [fout] = controleerZinvol({ ...P2020, gewichten });
    expect(fout!.melding).toMatch(/^gewichten\.VV5: een gewicht moet groter dan 0 zijn/);
  });

  it("weigert elk percentage van 0, negatief of boven 100%, met het veld", () => {
    for (const veld of PERCENTAGES) {
      for (const w of ["0", "0.00", "-0.10", "1.01"]) {
        expect(velden({ ...P2020, [veld]: new Decimal(w) }), `${veld} ${w}`).toEqual([
          ["PERCENTAGE_ONGELDIG", veld],
        ]);
      }
      expect(controleerZinvol({ ...P2020, [veld]: new Decimal("1") })).toEqual([]);
      expect(controleerZinvol({ ...P2020, [veld]: new Decimal("0.0001") })).toEqual([]);
    }
  });
});

describe("een nieuwe versie van de jaarparameters (§3.1, §5.3)", () => {
  const { versie: _, ...nieuw } = P2020;
  const codes = (p: typeof nieuw, kaders: { zorgkantoor: string; bedrag: Decimal }[] = []) =>
    controleerParameters(p, kaders).map((f) => [f.code, f.veld]);

  it("neemt de parameters van 2020 aan, ook met kaders binnen het landelijke budget", () => {
    expect(codes(nieuw, [{ zorgkantoor: "zk-1", bedrag: new Decimal("1000000000.00") }])).toEqual(
      [],
    );
  });

  it("eist compensatie + beschikbaar = landelijk budget, niets negatief, en een echte band", () => {
    expect(codes({ ...nieuw, compensatie: new Decimal("-1.00") })).toEqual([
      ["NEGATIEF_BEDRAG", "compensatie"],
      ["PARAMETERS_TELLEN_NIET_OP", "beschikbaarPersoneelOverig"],
    ]);
    const band = { min: new Decimal("120000.00"), max: new Decimal("110000.00") };
    expect(codes({ ...nieuw, loonkostenBand: band })).toEqual([
      ["ONGELDIGE_BAND", "loonkostenBand.max"],
    ]);
  });

  it("laat het landelijk budget niet onder de al vastgestelde regionale kaders zakken", () => {
    const kaders = [{ zorgkantoor: "zk-1", bedrag: new Decimal("1100000000.01") }];
    expect(codes(nieuw, kaders)).toEqual([["KADERS_BOVEN_LANDELIJK", "landelijkBudget"]]);
    expect(controleerParameters(nieuw, kaders)[0]!.melding).toMatch(/^landelijkBudget: /);
  });
});
