import { describe, expect, it } from "vitest";
import { BoekingSchema, boekingSleutel, boekingTekst } from "#shared/grootboek/boeking.js";
import { mutatie } from "#shared/grootboek/saldo.js";
import { valideer } from "#shared/resultaat.js";
import { boeking, ZAAK } from "./hulp.js";

const basis = {
  sleutel: "x#1",
  ...ZAAK,
  datum: "2021-05-20T10:00:00+02:00",
  oorzaak: { soort: "vaststelling", id: "v1" },
};
const veld = (invoer: unknown) => {
  const r = valideer(BoekingSchema, invoer);
  return r.ok ? "ok" : r.fout.veld;
};

describe("boeking (§15.3): tekenconventie en verplichte velden per soort", () => {
  it("een bestelling en een vrijgave zijn positief, een vordering en een ontvangst negatief", () => {
    expect(veld({ ...basis, soort: "voorschot_besteld", bedrag: "-1.00" })).toBe("bedrag");
    expect(veld({ ...basis, soort: "nabetaling_besteld", bedrag: "1.00" })).toBe("ok");
    expect(veld({ ...basis, soort: "betaling_vrijgegeven", bedrag: "1.00" })).toBe("betreft");
    expect(
      veld({ ...basis, soort: "nabetaling_vrijgegeven", bedrag: "-1.00", betreft: "n#1" }),
    ).toBe("bedrag");
    expect(
      veld({ ...basis, soort: "vordering_opgelegd", bedrag: "5.00", vervaldatum: "2021-06-19" }),
    ).toBe("bedrag");
    expect(veld({ ...basis, soort: "vordering_opgelegd", bedrag: "-5.00" })).toBe("vervaldatum");
    expect(veld({ ...basis, soort: "vordering_ontvangen", bedrag: "-5.00", betreft: "v#1" })).toBe(
      "ok",
    );
    expect(veld({ ...basis, soort: "correctie", bedrag: "0.00", betreft: "v#1" })).toBe("bedrag");
  });

  it("een verrekening noemt een ander jaar en haar tegenboeking; de +helft ook de bestelling", () => {
    const v = { ...basis, soort: "verrekening", verrekening: { jaar: 2021, tegenboeking: "y" } };
    expect(veld({ ...v, bedrag: "-5.00" })).toBe("ok");
    expect(veld({ ...v, bedrag: "5.00" })).toBe("betreft");
    expect(veld({ ...v, bedrag: "5.00", betreft: "o#1" })).toBe("ok");
    expect(veld({ ...v, bedrag: "-5.00", verrekening: { jaar: 2020, tegenboeking: "y" } })).toBe(
      "verrekening",
    );
    expect(veld({ ...basis, soort: "verrekening", bedrag: "-5.00" })).toBe("verrekening");
  });

  it("weigert onbekende velden en meer dan twee decimalen, met het veld in de melding", () => {
    const r = valideer(BoekingSchema, { ...basis, soort: "nabetaling_besteld", bedrag: "1.001" });
    expect(r).toMatchObject({ ok: false, fout: { veld: "bedrag" } });
    if (!r.ok) expect(r.fout.melding).toMatch(/^bedrag: /);
    // The unknown field is named itself, not its parent.
    expect(veld({ ...basis, soort: "nabetaling_besteld", bedrag: "1.00", extra: 1 })).toBe("extra");
  });

  it("de randvorm leest terug als dezelfde boeking", () => {
    const b = boeking("vordering_opgelegd", "-7081.92", { vervaldatum: "2021-06-19" });
    const terug = BoekingSchema.parse(boekingTekst(b));
    expect(terug).toEqual(b);
    expect(boekingTekst(b)).toMatchObject({ bedrag: "-7081.92", vervaldatum: "2021-06-19" });
  });

  it("elke boeking verandert precies één saldoveld", () => {
    const order = boeking("voorschot_besteld", "10.00");
    const tegen = { jaar: 2021, tegenboeking: "t" };
    const gevallen = [
      [order, "besteld", "10"],
      [boeking("betaling_vrijgegeven", "10.00", { betreft: "o" }), "betaald", "10"],
      [
        boeking("vordering_opgelegd", "-3.00", { vervaldatum: "2021-01-01" }),
        "vorderingOpgelegd",
        "3",
      ],
      [boeking("vordering_ontvangen", "-3.00", { betreft: "v" }), "vorderingOntvangen", "3"],
      [boeking("nabetaling_besteld", "4.00"), "besteld", "4"],
      [boeking("nabetaling_vrijgegeven", "4.00", { betreft: "n" }), "betaald", "4"],
      [
        boeking("verrekening", "5.00", { betreft: "o", verrekening: tegen }),
        "verrekendAlsBetaling",
        "5",
      ],
      [
        boeking("verrekening", "-5.00", { betreft: "v", verrekening: tegen }),
        "vorderingVerrekend",
        "5",
      ],
      [boeking("verrekening", "-5.00", { verrekening: tegen }), "verrekendAlsTerugbetaling", "5"],
      [boeking("correctie", "-2.00", { betreft: "o" }), "besteld", "-2"],
      [boeking("correctie", "2.00", { betreft: "v" }), "vorderingOpgelegd", "-2"],
    ] as const;
    for (const [b, v, delta] of gevallen)
      expect({ veld: mutatie(b).veld, delta: mutatie(b).delta.toFixed() }).toEqual({
        veld: v,
        delta,
      });
  });

  it("de sleutel volgt uit soort, zaak, oorzaak en volgnummer; een # in een id botst niet", () => {
    const oorzaak = { soort: "vaststelling", id: "v#1" } as const;
    expect(boekingSleutel("nabetaling_besteld", ZAAK, oorzaak, 1)).toBe(
      "nabetaling_besteld#a1#z1#2020#vaststelling:v%231#1",
    );
  });
});
