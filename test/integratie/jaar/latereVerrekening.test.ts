// §15.4 over HTTP: a vordering still open after its vaststelling is offset LATER, by the next
// payment order for the same aanbieder at the same zorgkantoor. 2020 is vastgesteld on 15-05-2021
// at 747.918,08 on 768.000,00 paid: a vordering of 20.081,92 (no 2021 order exists yet to offset
// against). 5.000,00 comes in on 01-06-2021. The monthly run of June 2021 orders 384.000,00 for
// 2021 and, in the same transaction, offsets the 15.081,92 still open: a pair of ledger entries,
// the vordering settled, the batch pays only 368.918,08.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { type Wandeling, wandeling, winter, zomer } from "./wandeling.js";

let w: Wandeling;
let id2020 = "";
let id2021 = "";

beforeAll(async () => {
  w = await wandeling("latere-verrekening");
}, 60_000);
afterAll(async () => {
  await w?.gw.stop();
  sluitClients();
});

describe("latere verrekening van een open vordering met de volgende betaalopdracht (§15.4)", () => {
  it("2020 betaald (768.000,00) en vastgesteld op 747.918,08: een vordering van 20.081,92 staat open", async () => {
    id2020 = await w.totAfspraak(2020);
    expect(await w.maandrun(2020, 3, winter("2020-03-25"))).toBe("192000.00");
    expect(await w.maandrun(2020, 12, winter("2020-12-02"))).toBe("576000.00");
    const v = await w.stelVastMetTeVeelBetaald(id2020, 2020);
    expect(v).toMatchObject({ terugvordering: "20081.92", verrekening: "0.00" });
    const ontvangst = await w.post(
      w.beheer1,
      `/api/aanvragen/${id2020}/vordering/ontvangst`,
      zomer("2021-06-01"),
      { bedrag: "5000.00", ontvangenOp: "2021-06-01", kenmerk: "NL91 BANK 0100" },
    );
    expect(ontvangst.status, JSON.stringify(ontvangst.body)).toBeLessThan(300);
    expect(await w.afwikkeling(id2020, zomer("2021-06-01"))).toMatchObject({
      vorderingOpen: "15081.92",
      vordering: { open: "15081.92", ontvangen: "5000.00", status: "deels_ontvangen" },
    });
  });

  it("de maandrun van juni 2021 draagt 384.000,00 op en verrekent daarmee de open 15.081,92", async () => {
    id2021 = await w.totAfspraak(2021);
    const op = zomer("2021-06-05");
    const r = await w.post(
      w.beheer1,
      `/api/zorgkantoren/${w.scope.zorgkantoorId}/voorschot/maandrun`,
      op,
      {
        jaar: 2021,
        maand: 6,
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ totaalAangemaakt: "384000.00", aantalFouten: 0 });
    expect(
      (r.body!.regels as { aanvraagId: string }[]).find((x) => x.aanvraagId === id2021),
    ).toMatchObject({ uitkomst: "aangemaakt", bedrag: "384000.00", verrekend: "15081.92" });

    // The pair: − on 2020 naming its vordering, + on the 2021 order naming it; each the other's tegenboeking.
    const eigen = (await boekingenVanZaak(id2020)).filter((b) => b.soort === "verrekening");
    const ander = (await boekingenVanZaak(id2021)).filter((b) => b.soort === "verrekening");
    const vordering = (await boekingenVanZaak(id2020)).find(
      (b) => b.soort === "vordering_opgelegd",
    )!;
    const order = (await boekingenVanZaak(id2021)).find((b) => b.soort === "voorschot_besteld")!;
    expect(eigen.map((b) => [b.bedrag.toFixed(2), b.betreft, b.verrekening])).toEqual([
      ["-15081.92", vordering.sleutel, { jaar: 2021, tegenboeking: ander[0]!.sleutel }],
    ]);
    expect(ander.map((b) => [b.bedrag.toFixed(2), b.betreft, b.verrekening])).toEqual([
      ["15081.92", order.sleutel, { jaar: 2020, tegenboeking: eigen[0]!.sleutel }],
    ]);
    // §15.3: paid − received + offset = 768.000,00 − 5.000,00 − 15.081,92, the vastgesteld amount.
    expect(await w.afwikkeling(id2020, op)).toEqual({
      betaald: "747918.08",
      openstaandBesteld: "0.00",
      vorderingOpen: "0.00",
      vordering: {
        bedrag: "20081.92",
        vervaldatum: "2021-06-14",
        ontvangen: "5000.00",
        verrekend: "15081.92",
        open: "0.00",
        status: "ontvangen",
      },
      afgewikkeld: true,
    });
  });

  it("dezelfde maandrun nog eens maakt geen tweede opdracht en verrekent niets dubbel", async () => {
    const r = await w.post(
      w.beheer1,
      `/api/zorgkantoren/${w.scope.zorgkantoorId}/voorschot/maandrun`,
      zomer("2021-06-06"),
      { jaar: 2021, maand: 6 },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ totaalAangemaakt: "0.00", aantalFouten: 0 });
    const alle = [...(await boekingenVanZaak(id2020)), ...(await boekingenVanZaak(id2021))];
    expect(alle.filter((b) => b.soort === "verrekening")).toHaveLength(2);
  });

  it("de batch van juni 2021 betaalt alleen de rest: 368.918,08; een volgende run verrekent niets meer", async () => {
    const op = zomer("2021-06-10");
    await w.batch("2021-06", op, "368918.08");
    const schema = await w.als(w.aanbieder, `/api/aanvragen/${id2021}/voorschot`, op);
    expect(schema.body).toMatchObject({ totaalBesteld: "384000.00" });
    const juli = await w.post(
      w.beheer1,
      `/api/zorgkantoren/${w.scope.zorgkantoorId}/voorschot/maandrun`,
      zomer("2021-07-02"),
      {
        jaar: 2021,
        maand: 7,
      },
    );
    const regel = (juli.body!.regels as { aanvraagId: string }[]).find(
      (x) => x.aanvraagId === id2021,
    );
    expect(regel).toMatchObject({ uitkomst: "aangemaakt", bedrag: "64000.00" });
    expect(regel).not.toHaveProperty("verrekend");
  });
});
