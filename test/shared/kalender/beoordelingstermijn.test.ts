import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  beoordelingstermijn,
  TERMIJN_STATUSSEN,
  termijnStatus,
} from "#shared/kalender/beoordelingstermijn.js";
import { type Dag, dagTekst, dagVan, vergelijkDag } from "#shared/kalender/tijd.js";

const dag = (s: string): Dag => {
  const [jaar, maand, d] = s.split("-").map(Number) as [number, number, number];
  return { jaar, maand, dag: d };
};
const tekst = (t: ReturnType<typeof beoordelingstermijn>) => [
  dagTekst(t.streefdatum),
  dagTekst(t.uitersteDatum),
];

describe("beoordelingstermijn (§5, seed §4.2.7)", () => {
  it("zet de streefdatum op zes weken en de uiterste datum op drie maanden na ontvangst", () => {
    expect(tekst(beoordelingstermijn(dag("2019-11-15")))).toEqual(["2019-12-27", "2020-02-15"]);
    // over de zomertijdwissel heen telt het kalenderdagen
    expect(tekst(beoordelingstermijn(dag("2020-03-01")))).toEqual(["2020-04-12", "2020-06-01"]);
  });

  it("kapt de uiterste datum af op het einde van de maand (30 november → 29 februari)", () => {
    expect(tekst(beoordelingstermijn(dag("2019-11-30")))).toEqual(["2020-01-11", "2020-02-29"]);
    expect(dagTekst(beoordelingstermijn(dag("2020-11-30")).uitersteDatum)).toBe("2021-02-28");
  });

  it("meldt de termijn tot op de seconde in Amsterdamse tijd", () => {
    const ontvangen = dag("2019-11-15"); // streef 27-12-2019, uiterst 15-02-2020 (wintertijd)
    const status = (iso: string) => termijnStatus(ontvangen, new Date(iso)).status;
    expect(status("2019-11-15T10:00:00+01:00")).toBe("binnen_termijn");
    expect(status("2019-12-27T23:59:59+01:00")).toBe("binnen_termijn");
    expect(status("2019-12-28T00:00:00+01:00")).toBe("streefdatum_verstreken");
    expect(status("2020-02-15T23:59:59+01:00")).toBe("streefdatum_verstreken");
    expect(status("2020-02-15T23:00:00Z")).toBe("uiterste_datum_verstreken");
    const r = termijnStatus(ontvangen, new Date("2020-01-02T12:00:00+01:00"));
    expect([dagTekst(r.ontvangen), dagTekst(r.streefdatum), dagTekst(r.uitersteDatum)]).toEqual([
      "2019-11-15",
      "2019-12-27",
      "2020-02-15",
    ]);
  });

  it("loopt alleen vooruit: binnen, dan streefdatum verstreken, dan uiterste datum verstreken (property)", () => {
    const ms = { min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 0, 1) };
    fc.assert(
      fc.property(fc.integer(ms), fc.integer(ms), fc.integer(ms), (o, a, b) => {
        const ontvangen = dagVan(new Date(o));
        const t = beoordelingstermijn(ontvangen);
        expect(vergelijkDag(ontvangen, t.streefdatum)).toBeLessThan(0);
        expect(vergelijkDag(t.streefdatum, t.uitersteDatum)).toBeLessThan(0);
        const [x, y] = a <= b ? [a, b] : [b, a];
        const i = TERMIJN_STATUSSEN.indexOf(termijnStatus(ontvangen, new Date(x)).status);
        const j = TERMIJN_STATUSSEN.indexOf(termijnStatus(ontvangen, new Date(y)).status);
        expect(i).toBeLessThanOrEqual(j);
      }),
    );
  });
});
