// The year 2020 over HTTP (wandeling.ts) to afgewikkeld along the terugvordering (§15.3, §15.4):
// both overige lines judged not conform, so the vaststelling (15-05-2021, four eyes) is
// 747.918,08 on 768.000,00 paid: a vordering of 20.081,92 due 14-06-2021. zorgkantoor-beheer books
// the aanbieder's transfers as they arrive — 10.000,00 on 01-06 (the same kenmerk twice books
// once; more than is open is refused), the rest on 10-06 — and at every step the nacalculatie
// and the vaststellingsbrief show what the ledger holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { type Wandeling, wandeling, winter, zomer } from "./wandeling.js";

let w: Wandeling;
let id = "";

beforeAll(async () => {
  w = await wandeling("terugvordering");
}, 60_000);
afterAll(async () => {
  await w?.gw.stop();
  sluitClients();
});

const ontvangst = (op: string, body: unknown, wie = w.beheer1) =>
  w.post(wie, `/api/aanvragen/${id}/vordering/ontvangst`, op, body);

describe("het jaar 2020 over HTTP tot afgewikkeld via de terugvordering (§15.4)", () => {
  it("aanvraag, toekenning met vier ogen en addendum; de voorschotten van 2020 betaald (768.000,00)", async () => {
    id = await w.totAfspraak(2020);
    expect(await w.maandrun(2020, 3, winter("2020-03-25"))).toBe("192000.00");
    expect(await w.maandrun(2020, 12, winter("2020-12-02"))).toBe("576000.00");
    const schema = await w.als(w.aanbieder, `/api/aanvragen/${id}/voorschot`, winter("2020-12-02"));
    expect(schema.body).toMatchObject({ totaalBesteld: "768000.00", totaalBetaald: "768000.00" });
  });

  it("de vaststelling (15-05-2021) legt een vordering van 20.081,92 op, te betalen uiterlijk 14-06-2021", async () => {
    const v = await w.stelVastMetTeVeelBetaald(id, 2020);
    expect(v).toMatchObject({
      vastgesteld: "747918.08",
      saldo: "-20081.92",
      terugvordering: "20081.92",
      verrekening: "0.00",
      vervaldatum: "2021-06-14",
    });
    const op = zomer("2021-05-15");
    expect(await w.afwikkeling(id, op)).toEqual({
      betaald: "768000.00",
      openstaandBesteld: "0.00",
      vorderingOpen: "20081.92",
      vordering: {
        bedrag: "20081.92",
        vervaldatum: "2021-06-14",
        ontvangen: "0.00",
        verrekend: "0.00",
        open: "20081.92",
        status: "open",
      },
      afgewikkeld: false,
    });
    const brief = await w.brief(id, op);
    expect(brief).toContain(
      "Het zorgkantoor vordert € 20.081,92 van u terug; te betalen uiterlijk 14-06-2021.",
    );
    expect(brief).toContain("Stand op 15-05-2021: open; te betalen uiterlijk 14-06-2021.");
  });

  it("weigert een ontvangst die niet klopt, zonder iets te boeken", async () => {
    const op = zomer("2021-06-01");
    const voor = (await boekingenVanZaak(id)).length;
    const teVeel = await ontvangst(op, {
      bedrag: "20081.93",
      ontvangenOp: "2021-06-01",
      kenmerk: "NL91 BANK 0001",
    });
    expect(teVeel.status).toBe(422);
    expect(teVeel.body).toMatchObject({ code: "ONTVANGST_TE_HOOG", veld: "bedrag" });
    const morgen = await ontvangst(op, {
      bedrag: "100.00",
      ontvangenOp: "2021-06-02",
      kenmerk: "NL91 BANK 0001",
    });
    expect(morgen.status).toBe(422);
    expect(morgen.body).toMatchObject({ veld: "ontvangenOp" });
    const zonderKenmerk = await ontvangst(op, { bedrag: "100.00", ontvangenOp: "2021-06-01" });
    expect(zonderKenmerk.status).toBe(422);
    expect(JSON.stringify(zonderKenmerk.body)).toContain("kenmerk");
    // One zorgkantoor-beheer user suffices, but a beoordelaar may not book money.
    const beoordelaar = await ontvangst(
      op,
      { bedrag: "100.00", ontvangenOp: "2021-06-01", kenmerk: "NL91 BANK 0001" },
      w.beoordelaar,
    );
    expect(beoordelaar.status).toBe(403);
    expect((await boekingenVanZaak(id)).length).toBe(voor);
  });

  it("01-06-2021: 10.000,00 ontvangen; hetzelfde kenmerk nogmaals boekt niets; deels ontvangen", async () => {
    const op = zomer("2021-06-01");
    const body = { bedrag: "10000.00", ontvangenOp: "2021-06-01", kenmerk: "NL91 BANK 0001" };
    const r = await ontvangst(op, body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const nogmaals = await ontvangst(op, body);
    expect(nogmaals.status, JSON.stringify(nogmaals.body)).toBe(200);
    const ander = await ontvangst(op, { ...body, bedrag: "500.00" });
    expect(ander.status).toBe(409);
    expect(ander.body).toMatchObject({ code: "KENMERK_AL_GEBRUIKT", veld: "kenmerk" });
    const ontvangsten = (await boekingenVanZaak(id)).filter(
      (b) => b.soort === "vordering_ontvangen",
    );
    expect(ontvangsten.map((b) => b.bedrag.toFixed(2))).toEqual(["-10000.00"]);
    const stand = {
      betaald: "758000.00",
      openstaandBesteld: "0.00",
      vorderingOpen: "10081.92",
      vordering: {
        bedrag: "20081.92",
        vervaldatum: "2021-06-14",
        ontvangen: "10000.00",
        verrekend: "0.00",
        open: "10081.92",
        status: "deels_ontvangen",
      },
      afgewikkeld: false,
    };
    expect(r.body!.afwikkeling).toEqual(stand);
    expect(await w.afwikkeling(id, op)).toEqual(stand);
    const brief = await w.brief(id, op);
    expect(brief).toContain(
      "Stand op 01-06-2021: deels ontvangen; te betalen uiterlijk 14-06-2021.",
    );
    expect(brief).toContain("€ 10.081,92");
  });

  it("10-06-2021: de rest ontvangen; de zaak is afgewikkeld en er valt niets meer te ontvangen", async () => {
    const op = zomer("2021-06-10");
    const r = await ontvangst(op, {
      bedrag: "10081.92",
      ontvangenOp: "2021-06-10",
      kenmerk: "NL91 BANK 0002",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await w.afwikkeling(id, op)).toEqual({
      betaald: "747918.08",
      openstaandBesteld: "0.00",
      vorderingOpen: "0.00",
      vordering: {
        bedrag: "20081.92",
        vervaldatum: "2021-06-14",
        ontvangen: "20081.92",
        verrekend: "0.00",
        open: "0.00",
        status: "ontvangen",
      },
      afgewikkeld: true,
    });
    const brief = await w.brief(id, op);
    expect(brief).toContain("Stand op 10-06-2021: ontvangen; te betalen uiterlijk 14-06-2021.");
    // One audit record per receipt booked (none for the repeat), who and what, in its transaction.
    const audit = await w.als(w.beheer1, `/api/aanvragen/${id}/audit`, op);
    const regels = (audit.body as { regels: { gebeurtenis: string; wie: unknown; na: unknown }[] })
      .regels;
    const ontvangen = regels.filter((x) => x.gebeurtenis === "vordering_ontvangen");
    expect(ontvangen.map((x) => [x.wie, x.na])).toEqual(
      [
        ["10000.00", "2021-06-01", "NL91 BANK 0001"],
        ["10081.92", "2021-06-10", "NL91 BANK 0002"],
      ].map(([bedrag, ontvangenOp, kenmerk]) => [
        { sub: w.beheer1.sub, rol: "zorgkantoor-beheer", email: w.beheer1.email },
        expect.objectContaining({ bedrag, ontvangenOp, kenmerk }),
      ]),
    );
    const meer = await ontvangst(op, {
      bedrag: "1.00",
      ontvangenOp: "2021-06-10",
      kenmerk: "NL91 BANK 0003",
    });
    expect(meer.status).toBe(409);
    expect(meer.body).toMatchObject({ code: "GEEN_OPEN_VORDERING" });
  });

  it("een zorgkantoor-beheerder van een ander zorgkantoor ziet de zaak niet (404)", async () => {
    const { gebruiker } = await import("../http/api.js");
    const ander = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: "zk-ander" }]);
    const r = await ontvangst(
      zomer("2021-06-10"),
      { bedrag: "1.00", ontvangenOp: "2021-06-10", kenmerk: "X" },
      ander,
    );
    expect(r.status).toBe(404);
  });
});
