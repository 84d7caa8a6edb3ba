import { describe, expect, it } from "vitest";
import { aanvangVoorschot } from "#shared/voorschot/aanvang.js";
import { betaalschema } from "#shared/voorschot/betaalschema.js";
import { afspraak, dag } from "./hulp.js";

// §6: m₀ and the first payment month from the day the addendum was signed.
const schema = (getekendOp: string) => {
  const r = betaalschema(afspraak(getekendOp, "1024000.00"));
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};

describe("aanvang van het voorschot (§6)", () => {
  it("betaalt met terugwerkende kracht vanaf januari bij ondertekening op precies 1 april", () => {
    expect(aanvangVoorschot(2020, dag("2020-04-01"))).toEqual({ m0: 1, eersteBetaalmaand: 4 });
    const s = schema("2020-04-01");
    expect(s.betalingen[0]).toMatchObject({ maand: 4 });
    expect(s.betalingen[0]!.bedrag.toFixed(2)).toBe("256000.00"); // Jan–Apr
    expect(s.totaal.toFixed(2)).toBe("768000.00");
  });

  it("start het voorschot in de maand van ondertekening bij ondertekening op 2 april", () => {
    expect(aanvangVoorschot(2020, dag("2020-04-02"))).toEqual({ m0: 4, eersteBetaalmaand: 4 });
    const s = schema("2020-04-02");
    expect(s.betalingen.map((b) => b.bedrag.toFixed(2))).toEqual(Array(9).fill("64000.00"));
    expect(s.totaal.toFixed(2)).toBe("576000.00");
  });

  it("betaalt in januari de eerste maand bij ondertekening in december van het jaar ervoor", () => {
    expect(aanvangVoorschot(2020, dag("2019-12-15"))).toEqual({ m0: 1, eersteBetaalmaand: 1 });
    const s = schema("2019-12-15");
    expect(s.betalingen).toHaveLength(12);
    expect(s.betalingen.map((b) => b.bedrag.toFixed(2))).toEqual(Array(12).fill("64000.00"));
  });

  it("betaalt alles in januari bij ondertekening op 1 januari", () => {
    expect(aanvangVoorschot(2020, dag("2020-01-01"))).toEqual({ m0: 1, eersteBetaalmaand: 1 });
  });

  it("betaalt één maand bij ondertekening op 31 december van het jaar zelf", () => {
    const s = schema("2020-12-31");
    expect(s.betalingen.map((b) => [b.maand, b.bedrag.toFixed(2)])).toEqual([[12, "64000.00"]]);
  });

  it("geeft geen voorschot bij ondertekening na afloop van het jaar", () => {
    expect(aanvangVoorschot(2020, dag("2021-01-01"))).toBeNull();
    const s = schema("2021-01-01");
    expect(s.aanvang).toBeNull();
    expect(s.betalingen).toEqual([]);
    expect(s.totaal.toFixed(2)).toBe("0.00");
    expect(s.teVerrekenen.toFixed(2)).toBe("0.00");
  });

  it("laat de peildag voor terugwerkende kracht instellen", () => {
    expect(aanvangVoorschot(2020, dag("2020-04-15"), { maand: 4, dag: 30 })).toEqual({
      m0: 1,
      eersteBetaalmaand: 4,
    });
  });
});
