// docs/regels.md §5 constraint 3: the sum of the agreements of a zorgkantoor never exceeds
// its regional kader, also under concurrent decisions. 20 approvals at once (20 aanvragen, each
// proposed by one user and approved by another) against a kader that fits exactly 10: exactly 10
// succeed, 10 get the kader refusal, and the stored agreed total is 10 × the amount.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesKader } from "#functions/data/kaders.js";
import { metApi, uniek, zaakIn, zorgVoorKader, zorgVoorZorgkantoor } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";

const gw = metApi();
let beheer: TestGebruiker;
const zorgkantoorId = uniek("zk");

beforeAll(async () => {
  await zorgVoorZorgkantoor(zorgkantoorId);
  // Each aanvraag asks € 100.000,00 (fte 1: personeel 85.000 + overige 15.000): 10 fit exactly.
  await zorgVoorKader(zorgkantoorId, 2020, "1000000.00");
  beheer = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId }]);
});

describe("gelijktijdige goedkeuringen tegen één regionaal kader (§5)", () => {
  it("laat er precies 10 van 20 door en overschrijdt het kader nooit", async () => {
    const zaken = await Promise.all(
      Array.from({ length: 20 }, () =>
        zaakIn("voorgesteld", { aanbiederId: uniek("aanbieder"), zorgkantoorId, jaar: 2020 }),
      ),
    );
    const antwoorden = await Promise.all(
      zaken.map((z) =>
        vraag(gw, `/api/aanvragen/${z.id}/toekenning/goedkeuring`, {
          methode: "POST",
          token: beheer.idToken,
          body: { versie: z.versie },
        }),
      ),
    );
    const gelukt = antwoorden.filter((a) => a.status === 200);
    const geweigerd = antwoorden.filter((a) => a.status !== 200);
    expect(gelukt).toHaveLength(10);
    expect(geweigerd).toHaveLength(10);
    for (const a of geweigerd) {
      expect(a.status, JSON.stringify(a.body)).toBe(409);
      expect(a.body).toMatchObject({ code: "BOVEN_REGIONAAL_KADER" });
      expect(String(a.body!.detail)).toContain("regionale kader");
    }
    const kader = (await leesKader(zorgkantoorId, 2020))!;
    expect(kader.afgesproken.toFixed(2)).toBe("1000000.00");
    expect(kader.ruimte.toFixed(2)).toBe("0.00");
    // The refused ones changed nothing: still in beoordeling, proposal still waiting.
    const standen = await Promise.all(zaken.map((z) => leesAanvraag(z.id)));
    expect(standen.filter((s) => s!.toestand === "goedgekeurd")).toHaveLength(10);
    const wachtend = standen.filter((s) => s!.toestand === "in_beoordeling");
    expect(wachtend).toHaveLength(10);
    for (const s of wachtend) expect(s!.overig.toekenningsvoorstel).toBeDefined();
  });
});
