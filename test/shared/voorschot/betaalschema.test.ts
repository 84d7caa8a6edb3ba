import { describe, expect, it } from "vitest";
import { type Betaalschema, betaalschema } from "#shared/voorschot/betaalschema.js";
import { cumulatiefDoel } from "#shared/voorschot/doel.js";
import { afspraak, d, versie } from "./hulp.js";

const lijst = (s: Betaalschema) => s.betalingen.map((b) => [b.maand, b.bedrag.toFixed(2)]);

function schema(...args: Parameters<typeof afspraak>): Betaalschema {
  const r = betaalschema(afspraak(...args));
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
}

describe("maandelijkse voorschotten (§6, §13 A)", () => {
  it("betaalt bij ondertekening op 20-03-2020 in maart 192.000,00 en daarna 64.000,00 per maand", () => {
    const s = schema("2020-03-20", "1024000.00");
    expect(lijst(s)).toEqual([
      [3, "192000.00"],
      [4, "64000.00"],
      [5, "64000.00"],
      [6, "64000.00"],
      [7, "64000.00"],
      [8, "64000.00"],
      [9, "64000.00"],
      [10, "64000.00"],
      [11, "64000.00"],
      [12, "64000.00"],
    ]);
    expect(s.totaal.toFixed(2)).toBe("768000.00");
    expect(s.teVerrekenen.toFixed(2)).toBe("0.00");
  });

  it("betaalt bij ondertekening op 12-05-2020 mei tot en met december 64.000,00 zonder terugwerkende kracht", () => {
    const s = schema("2020-05-12", "1024000.00");
    expect(lijst(s)).toEqual([5, 6, 7, 8, 9, 10, 11, 12].map((m) => [m, "64000.00"]));
    expect(s.totaal.toFixed(2)).toBe("512000.00");
  });

  it("legt bij B = 1.000.000,01 de extra cent in augustus, waar T(m) de halve cent passeert", () => {
    const s = schema("2019-12-15", "1000000.01");
    // T(7) = round₂(437500.004375) = 437500.00; T(8) = round₂(500000.005) = 500000.01 (half-up).
    const p = d("0.75");
    const B = d("1000000.01");
    expect(cumulatiefDoel(p, B, 1, 7).toFixed(2)).toBe("437500.00");
    expect(cumulatiefDoel(p, B, 1, 8).toFixed(2)).toBe("500000.01");
    expect(lijst(s)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [m, m === 8 ? "62500.01" : "62500.00"]),
    );
    expect(s.totaal.toFixed(2)).toBe("750000.01");
  });

  it("betaalt niets op een basis van nul", () => {
    const s = schema("2020-03-20", "0.00");
    expect(s.betalingen.every((b) => b.bedrag.isZero())).toBe(true);
    expect(s.totaal.toFixed(2)).toBe("0.00");
  });
});

describe("aanpassing van de voorschotbasis (§6)", () => {
  it("betaalt na verlaging niets tot het doel is ingehaald en daarna weer het maandbedrag", () => {
    // Jan–Jul on 1.200.000: 525.000 paid; from August 1.000.000: T(8) = 500.000 < 525.000.
    const s = schema("2020-03-20", "1200000.00", [versie(8, "1000000.00", 2)]);
    expect(lijst(s)).toEqual([
      [3, "225000.00"],
      [4, "75000.00"],
      [5, "75000.00"],
      [6, "75000.00"],
      [7, "75000.00"],
      [8, "0.00"],
      [9, "37500.00"],
      [10, "62500.00"],
      [11, "62500.00"],
      [12, "62500.00"],
    ]);
    expect(s.betalingen.map((b) => b.basisVersie)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(s.totaal.toFixed(2)).toBe("750000.00");
    expect(s.jaardoel.toFixed(2)).toBe("750000.00");
    expect(s.teVerrekenen.toFixed(2)).toBe("0.00");
  });

  it("betaalt bij een verlaging die niet meer wordt ingehaald nooit negatief en meldt het teveel voor de nacalculatie", () => {
    const s = schema("2020-03-20", "1200000.00", [versie(8, "600000.00", 2)]);
    expect(lijst(s).slice(5)).toEqual([8, 9, 10, 11, 12].map((m) => [m, "0.00"]));
    expect(s.totaal.toFixed(2)).toBe("525000.00");
    expect(s.jaardoel.toFixed(2)).toBe("450000.00");
    expect(s.teVerrekenen.toFixed(2)).toBe("75000.00");
  });

  it("verrekent een verhoging in de eerste maand van de nieuwe basis", () => {
    // Mar–Jul 448.000 paid on 1.024.000; from August 1.200.000: T(8) = 600.000.
    const s = schema("2020-03-20", "1024000.00", [versie(8, "1200000.00", 2)]);
    expect(lijst(s).slice(5)).toEqual([
      [8, "152000.00"],
      [9, "75000.00"],
      [10, "75000.00"],
      [11, "75000.00"],
      [12, "75000.00"],
    ]);
    expect(s.totaal.toFixed(2)).toBe("900000.00");
    expect(s.teVerrekenen.toFixed(2)).toBe("0.00");
  });

  it("laat het nieuwste besluit gelden vanaf zijn eigen maand, ook als een ouder besluit later begint", () => {
    const s = schema("2020-01-10", "1200000.00", [
      versie(8, "600000.00", 2),
      versie(6, "1200000.00", 3),
    ]);
    expect(s.betalingen.map((b) => b.basisVersie)).toEqual([1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3]);
    expect(s.totaal.toFixed(2)).toBe("900000.00");
  });
});

describe("ongeldige voorschotafspraken (§6)", () => {
  it("weigert een afspraak zonder basis in de eerste betaalmaand", () => {
    const a = { ...afspraak("2020-03-20", "1.00"), basis: [versie(6, "1000.00", 1)] };
    const r = betaalschema(a);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout).toMatchObject({ code: "BASIS_ONTBREEKT", veld: "basis" });
  });

  it("weigert twee basisversies met hetzelfde nummer", () => {
    const r = betaalschema(afspraak("2020-03-20", "1.00", [versie(5, "2.00", 1)]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout).toMatchObject({ code: "DUBBELE_VERSIE", veld: "basis[1].versie" });
  });

  it("weigert een negatieve basis, een maand buiten 1–12 en een percentage boven 1", () => {
    const negatief = betaalschema(afspraak("2020-03-20", "-1.00"));
    expect(negatief.ok || negatief.fout.veld).toBe("basis[0].bedrag");
    const maand = betaalschema(afspraak("2020-03-20", "1.00", [versie(13, "1.00", 2)]));
    expect(maand.ok || maand.fout.veld).toBe("basis[1].vanafMaand");
    const p = betaalschema(afspraak("2020-03-20", "1.00", [], "1.5"));
    expect(p.ok || p.fout.veld).toBe("percentage");
    expect(p.ok || p.fout.melding).toMatch(/^percentage: /);
  });
});
