// docs/regels.md §15.3–§15.4 over HTTP: receipts on a vordering that arrive at the same moment. Two
// different transfers that together exceed what is open cannot both be booked (the transaction
// checks the balance it read); the same transfer sent twice at once is booked once.
import { describe, expect, it } from "vitest";
import { boekingenVanZaak, saldoVanZaak } from "#functions/data/grootboek.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { zaakMetVordering } from "../nacalculatie/vordering.js";

const gw = metApi();
const juni = { "x-kb-klok": "2021-06-01T10:00:00+02:00" };

async function zaak(): Promise<{ id: string; beheer: TestGebruiker }> {
  const scope = { aanbiederId: uniek("aanb-ontvangst"), zorgkantoorId: uniek("zk-ontvangst") };
  const r = await zaakMetVordering(scope);
  const beheer = await gebruiker([
    { rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId },
  ]);
  return { id: r.id, beheer };
}

const ontvangst = (id: string, wie: TestGebruiker, bedrag: string, kenmerk: string) =>
  vraag(gw, `/api/aanvragen/${id}/vordering/ontvangst`, {
    methode: "POST",
    token: wie.idToken,
    headers: juni,
    body: { bedrag, ontvangenOp: "2021-06-01", kenmerk },
  });

const ontvangen = async (id: string) =>
  (await boekingenVanZaak(id))
    .filter((b) => b.soort === "vordering_ontvangen")
    .map((b) => b.bedrag.toFixed(2));

describe("gelijktijdige ontvangsten op een vordering (§15.4)", () => {
  it("twee betalingen die samen meer zijn dan open staat: één wordt geboekt, de ander geweigerd", async () => {
    const { id, beheer } = await zaak();
    const antwoorden = await Promise.all([
      ontvangst(id, beheer, "15000.00", "BANK A"),
      ontvangst(id, beheer, "15000.00", "BANK B"),
    ]);
    const statussen = antwoorden.map((a) => a.status).sort();
    expect(statussen[0]).toBe(200);
    expect([409, 422]).toContain(statussen[1]);
    expect(await ontvangen(id)).toEqual(["-15000.00"]);
    expect((await saldoVanZaak(id)).vorderingOntvangen.toFixed(2)).toBe("15000.00");
  });

  it("dezelfde betaling twee keer tegelijk: één boeking, beide antwoorden tonen dezelfde stand", async () => {
    const { id, beheer } = await zaak();
    const antwoorden = await Promise.all([
      ontvangst(id, beheer, "5000.00", "BANK C"),
      ontvangst(id, beheer, "5000.00", "BANK C"),
    ]);
    expect(antwoorden.map((a) => a.status)).toEqual([200, 200]);
    expect(await ontvangen(id)).toEqual(["-5000.00"]);
    for (const a of antwoorden)
      expect(a.body!.afwikkeling).toMatchObject({
        vordering: { ontvangen: "5000.00", open: "15081.92", status: "deels_ontvangen" },
      });
  });
});
