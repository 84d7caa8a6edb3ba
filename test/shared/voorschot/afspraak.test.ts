import { describe, expect, it } from "vitest";
import { valideer } from "#shared/resultaat.js";
import { VoorschotAfspraakSchema } from "#shared/voorschot/afspraak.js";
import { betaalschema } from "#shared/voorschot/betaalschema.js";
import { MaandTekstSchema } from "#shared/voorschot/maand.js";

// §6: the stored form of a voorschotafspraak, with basis versions per month "YYYY-MM".
const OPGESLAGEN = {
  jaar: 2020,
  percentage: "0.75",
  getekendOp: "2020-03-20",
  basis: [
    { vanafMaand: "2020-01", bedrag: "1024000.00", versie: 1 },
    { vanafMaand: "2020-08", bedrag: "1200000.00", versie: 2 },
  ],
};

describe("voorschotafspraak als basisversies (§6)", () => {
  it("leest de opgeslagen basisversies in en rekent er het betaalschema mee", () => {
    const a = valideer(VoorschotAfspraakSchema, OPGESLAGEN);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.waarde.basis.map((v) => [v.vanafMaand, v.bedrag.toFixed(2), v.versie])).toEqual([
      [1, "1024000.00", 1],
      [8, "1200000.00", 2],
    ]);
    const s = betaalschema(a.waarde);
    expect(s.ok && s.waarde.totaal.toFixed(2)).toBe("900000.00");
  });

  it("weigert een basisversie uit een ander jaar en een afspraak zonder basis", () => {
    const ander = valideer(VoorschotAfspraakSchema, {
      ...OPGESLAGEN,
      basis: [{ vanafMaand: "2019-12", bedrag: "1.00", versie: 1 }],
    });
    expect(ander.ok || ander.fout.veld).toBe("basis[0].vanafMaand");
    const leeg = valideer(VoorschotAfspraakSchema, { ...OPGESLAGEN, basis: [] });
    expect(leeg.ok || leeg.fout.veld).toBe("basis");
  });

  it("accepteert alleen bestaande maanden als JJJJ-MM", () => {
    expect(valideer(MaandTekstSchema, "2020-12")).toEqual({
      ok: true,
      waarde: { jaar: 2020, maand: 12 },
    });
    expect(valideer(MaandTekstSchema, "2020-13").ok).toBe(false);
    expect(valideer(MaandTekstSchema, "2020-8").ok).toBe(false);
  });
});
