import { describe, expect, it } from "vitest";
import { ontvangst, voorschotBesteld, vrijgave } from "#shared/grootboek/afhandeling.js";
import { BoekingSchema, boekingTekst } from "#shared/grootboek/boeking.js";
import { openPosten, type Post } from "#shared/grootboek/posten.js";
import { betaalopdrachtSleutel } from "#shared/voorschot/betaalopdracht.js";
import { boeking, d } from "./hulp.js";

const OP = new Date("2020-03-25T15:00:00+01:00");
const delen = { aanbieder: "a1", zorgkantoor: "z1", jaar: 2020, maand: 3, basisVersie: 1 };
const opdracht = {
  ...delen,
  sleutel: betaalopdrachtSleutel(delen),
  bedrag: d("192000.00"),
  doel: d("192000.00"),
};
const post = (...boekingen: Parameters<typeof openPosten>[0]): Post => {
  const r = openPosten(boekingen);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde[0]!;
};

describe("boekingen buiten de afwikkeling (§6, §15.3, §15.4)", () => {
  it("een voorschotopdracht wordt één boeking onder de sleutel van de opdracht", () => {
    const b = voorschotBesteld(opdracht, OP);
    expect(b).toMatchObject({ sleutel: "voorschot#a1#z1#2020-03#v1", soort: "voorschot_besteld" });
    expect(BoekingSchema.parse(boekingTekst(b))).toEqual(b);
  });

  it("een vrijgave betaalt wat open staat, onder een sleutel van batch en opdracht, en nooit meer", () => {
    const order = voorschotBesteld(opdracht, OP);
    const v = vrijgave(post(order), "batch-2020-03-1", OP);
    expect(v.ok && [v.waarde.sleutel, v.waarde.soort, v.waarde.bedrag.toFixed(2)]).toEqual([
      "betaling_vrijgegeven#betaalbatch:batch-2020-03-1#voorschot#a1#z1#2020-03#v1",
      "betaling_vrijgegeven",
      "192000.00",
    ]);
    expect(vrijgave(post(order), "b", OP, d("192000.01"))).toMatchObject({
      ok: false,
      fout: { code: "POST_OVERSCHREDEN", veld: "bedrag" },
    });
    const nabetaling = boeking("nabetaling_besteld", "124918.08");
    const n = vrijgave(post(nabetaling), "b", OP);
    expect(n.ok && n.waarde.soort).toBe("nabetaling_vrijgegeven");
  });

  it("een ontvangst wordt negatief geboekt op de vordering; een vordering wordt niet vrijgegeven", () => {
    const v = boeking("vordering_opgelegd", "-7081.92", { vervaldatum: "2021-06-19" });
    const o = ontvangst(post(v), d("2000.00"), "bank-1", OP);
    expect(o.ok && [o.waarde.bedrag.toFixed(2), o.waarde.betreft]).toEqual(["-2000.00", v.sleutel]);
    expect(ontvangst(post(v), d("0.00"), "bank-1", OP)).toMatchObject({ ok: false });
    expect(vrijgave(post(v), "b", OP)).toMatchObject({
      ok: false,
      fout: { code: "GEEN_BESTELLING" },
    });
    expect(ontvangst(post(voorschotBesteld(opdracht, OP)), d("1.00"), "x", OP)).toMatchObject({
      ok: false,
      fout: { code: "GEEN_VORDERING" },
    });
  });
});
