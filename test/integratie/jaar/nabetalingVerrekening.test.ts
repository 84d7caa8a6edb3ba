// §15.4 over HTTP: a nabetaling of another year settles an open vordering first ("or a nabetaling
// of another year"). 2020 is vastgesteld on 15-05-2021 at 747.918,08 on 768.000,00 paid: a
// vordering of 20.081,92 stays open (no 2021 voorschot is ever ordered, so nothing offsets it
// earlier). 2021 is vastgesteld on 16-05-2022 at 747.918,08 with nothing paid: a nabetaling of
// 747.918,08 whose order first offsets the 20.081,92 (a pair of ledger entries in the vaststelling's
// transaction, an audit record on the 2020 case); the batch of May 2022 pays 727.836,16, and the
// vaststellingsbrief of 2021 says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import { sluitClients } from "#functions/data/clients.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { type Wandeling, wandeling, winter, zomer } from "./wandeling.js";

let w: Wandeling;
let id2020 = "";
let id2021 = "";

beforeAll(async () => {
  w = await wandeling("nabetaling-verrekening");
}, 60_000);
afterAll(async () => {
  await w?.gw.stop();
  sluitClients();
});

describe("een nabetaling van een ander jaar verrekent eerst de open vordering (§15.4)", () => {
  it("2020: 768.000,00 betaald, vastgesteld op 747.918,08, een vordering van 20.081,92 staat open", async () => {
    id2020 = await w.totAfspraak(2020);
    expect(await w.maandrun(2020, 3, winter("2020-03-25"))).toBe("192000.00");
    expect(await w.maandrun(2020, 12, winter("2020-12-02"))).toBe("576000.00");
    const v = await w.stelVastMetTeVeelBetaald(id2020, 2020);
    expect(v).toMatchObject({ terugvordering: "20081.92", verrekening: "0.00" });
  });

  it("2021 zonder voorschotten vastgesteld: de nabetaling van 747.918,08 verrekent 20.081,92", async () => {
    id2021 = await w.totAfspraak(2021);
    const v = await w.stelVastMetTeVeelBetaald(id2021, 2021);
    expect(v).toMatchObject({
      vastgesteld: "747918.08",
      nabetaling: "747918.08",
      nabetalingVerrekend: "20081.92",
      terugvordering: "0.00",
    });
    const op = zomer("2022-05-16");
    expect(await w.afwikkeling(id2020, op)).toMatchObject({
      betaald: "747918.08",
      vorderingOpen: "0.00",
      vordering: { bedrag: "20081.92", verrekend: "20081.92", open: "0.00" },
      afgewikkeld: true,
    });
    const eigen = (await boekingenVanZaak(id2020)).filter((b) => b.soort === "verrekening");
    const ander = (await boekingenVanZaak(id2021)).filter((b) => b.soort === "verrekening");
    expect(eigen.map((b) => b.bedrag.toFixed(2))).toEqual(["-20081.92"]);
    expect(ander.map((b) => b.bedrag.toFixed(2))).toEqual(["20081.92"]);
    const audit = await leesAudit(aanvraagPk(id2020));
    expect(audit.map((a) => a.gebeurtenis)).toContain("vordering_verrekend");
    const brief = await w.brief(id2021, op);
    expect(brief).toContain("Het zorgkantoor betaalt u € 747.918,08 na.");
    expect(brief).toContain("Daarvan wordt € 20.081,92 verrekend");
    expect(brief).toContain("u ontvangt € 727.836,16");
  });

  it("de batch van mei 2022 betaalt de rest: 727.836,16; 2021 is daarna afgewikkeld", async () => {
    const op = zomer("2022-05-20");
    await w.batch("2022-05", op, "727836.16");
    expect(await w.afwikkeling(id2021, op)).toMatchObject({
      betaald: "747918.08",
      openstaandBesteld: "0.00",
      afgewikkeld: true,
    });
  });
});
