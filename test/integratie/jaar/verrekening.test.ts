// The year 2020 over HTTP (wandeling.ts) to afgewikkeld along the verrekening (§15.4): the same
// aanbieder has an agreement for 2021 with the same zorgkantoor, whose March 2021 voorschot order
// (192.000,00) is not yet paid when the 2020 vaststelling (15-05-2021, four eyes) finds 20.081,92
// paid too much. That saldo is offset against the 2021 order — a pair of ledger entries, no
// vordering — so 2020 is afgewikkeld at once, and the 2021 batch pays only what the offset left
// open. At every step the nacalculatie and the vaststellingsbrief show what the ledger holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { type Wandeling, wandeling, winter, zomer } from "./wandeling.js";

let w: Wandeling;
let id2020 = "";
let id2021 = "";

beforeAll(async () => {
  w = await wandeling("verrekening");
}, 60_000);
afterAll(async () => {
  await w?.gw.stop();
  sluitClients();
});

const AFGEWIKKELD = {
  betaald: "747918.08",
  openstaandBesteld: "0.00",
  vorderingOpen: "0.00",
  vordering: null,
  afgewikkeld: true,
};

describe("het jaar 2020 over HTTP tot afgewikkeld via verrekening met 2021 (§15.4)", () => {
  it("2020: aanvraag, toekenning met vier ogen en addendum; de voorschotten betaald (768.000,00)", async () => {
    id2020 = await w.totAfspraak(2020);
    expect(await w.maandrun(2020, 3, winter("2020-03-25"))).toBe("192000.00");
    expect(await w.maandrun(2020, 12, winter("2020-12-02"))).toBe("576000.00");
  });

  it("2021: de volgende afspraak; de maandrun van maart 2021 draagt 192.000,00 op, nog niet betaald", async () => {
    id2021 = await w.totAfspraak(2021);
    expect(await w.maandrun(2021, 3, winter("2021-03-25"), false)).toBe("192000.00");
    const schema = await w.als(
      w.aanbieder,
      `/api/aanvragen/${id2021}/voorschot`,
      winter("2021-03-25"),
    );
    expect(schema.body).toMatchObject({ totaalBesteld: "192000.00", totaalBetaald: "0.00" });
  });

  it("de vaststelling 2020 (15-05-2021) verrekent 20.081,92 met de opdracht van 2021: geen vordering, afgewikkeld", async () => {
    const v = await w.stelVastMetTeVeelBetaald(id2020, 2020);
    expect(v).toMatchObject({
      vastgesteld: "747918.08",
      saldo: "-20081.92",
      terugvordering: "0.00",
      verrekening: "20081.92",
    });
    expect(v.vervaldatum).toBeUndefined();
    const op = zomer("2021-05-15");
    expect(await w.afwikkeling(id2020, op)).toEqual(AFGEWIKKELD);
    // The pair: − on 2020, + on the 2021 order, each naming the other.
    const eigen = (await boekingenVanZaak(id2020)).filter((b) => b.soort === "verrekening");
    const ander = (await boekingenVanZaak(id2021)).filter((b) => b.soort === "verrekening");
    expect(eigen.map((b) => [b.bedrag.toFixed(2), b.verrekening?.jaar])).toEqual([
      ["-20081.92", 2021],
    ]);
    expect(ander.map((b) => [b.bedrag.toFixed(2), b.verrekening?.tegenboeking])).toEqual([
      ["20081.92", eigen[0]!.sleutel],
    ]);
    const brief = await w.brief(id2020, op);
    expect(brief).toContain(
      "€ 20.081,92 wordt verrekend met wat u in een ander jaar nog tegoed heeft.",
    );
    expect(brief).not.toContain("Terugvordering");
    expect(brief).not.toContain("vordert");
  });

  it("de batch van maart 2021 (vier ogen) betaalt alleen wat de verrekening openliet: 171.918,08", async () => {
    const op = zomer("2021-05-20");
    await w.batch("2021-03", op, "171918.08");
    const schema = await w.als(w.aanbieder, `/api/aanvragen/${id2021}/voorschot`, op);
    expect(schema.body).toMatchObject({ totaalBesteld: "192000.00" });
    // 2020 stays afgewikkeld; its letter is unchanged by the payment of 2021.
    expect(await w.afwikkeling(id2020, op)).toEqual(AFGEWIKKELD);
    expect(await w.brief(id2020, op)).toContain(
      "€ 20.081,92 wordt verrekend met wat u in een ander jaar nog tegoed heeft.",
    );
  });

  it("een ontvangst boeken op 2020 kan niet: er is geen vordering (409)", async () => {
    const r = await w.post(
      w.beheer1,
      `/api/aanvragen/${id2020}/vordering/ontvangst`,
      zomer("2021-05-20"),
      { bedrag: "1.00", ontvangenOp: "2021-05-20", kenmerk: "NL91 BANK 0009" },
    );
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: "GEEN_OPEN_VORDERING" });
  });
});
