// docs/regels.md §6–§8: a decision adds a basis version; the earlier ones stay.
import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import { geldendeBasis, metNieuweBasis } from "#shared/voorschot/basisversie.js";

describe("metNieuweBasis", () => {
  it("nummert na elke eerdere versie en houdt de eerdere", () => {
    const afspraak = {
      jaar: 2020,
      basis: [
        { vanafMaand: 1, bedrag: new Decimal("1024000.00"), versie: 1 },
        { vanafMaand: 8, bedrag: new Decimal("900000.00"), versie: 3 },
      ],
    };
    const { afspraak: nieuw, versie } = metNieuweBasis(afspraak, 11, new Decimal("950000.00"));
    expect(versie).toBe(4);
    expect(nieuw.jaar).toBe(2020);
    expect(nieuw.basis.map((b) => [b.vanafMaand, b.versie])).toEqual([
      [1, 1],
      [8, 3],
      [11, 4],
    ]);
    expect(geldendeBasis(nieuw.basis, 11)!.bedrag.toFixed(2)).toBe("950000.00");
    expect(afspraak.basis).toHaveLength(2);
  });
});
