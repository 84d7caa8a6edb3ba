// National scale (§10): the reminder facts a case keeps (functions/data/herinneringsfeiten.ts) are
// the facts its reports and documents give — kept by the writes themselves for a new case, and
// filled in by the rebuild for a case from before them.
import { afterAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { sluitClients } from "#functions/data/clients.js";
import {
  bijgehoudenFeiten,
  type Herinneringsfeiten,
  leesHerinneringsfeiten,
} from "#functions/data/herinneringsfeiten.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
import { vulHerinneringsfeiten } from "#functions/rapportage/herberekening.js";
import { gebruikEmulators, uniek, zaakIn } from "../fixture/index.js";
import { dienJaarverslagIn, voegRapportToe } from "../nacalculatie/opzet.js";
import { aanvraag, realisatie } from "./omgeving.js";

gebruikEmulators();
afterAll(() => sluitClients());

const gesorteerd = (f: Herinneringsfeiten | undefined) =>
  f && { ...f, realisaties: [...f.realisaties].sort() };

async function zelfdeFeiten(id: string): Promise<Herinneringsfeiten> {
  const r = (await leesAanvraag(id))!;
  const gelezen = await leesHerinneringsfeiten(r);
  expect(gesorteerd(bijgehoudenFeiten(r))).toEqual(gesorteerd(gelezen));
  return gelezen;
}

describe("feiten voor herinneringen op de aanvraag", () => {
  it("een nieuwe aanvraag houdt ingediende realisaties en het geaccepteerde accountantsrapport bij", async () => {
    const r = await zaakIn("addendum_getekend", { jaar: 2020, inhoud: "voorbeeldA" });
    expect(await zelfdeFeiten(r.id)).toEqual({ realisaties: [], accountantsrapport: false });
    const mei = await dienRealisatieIn(
      r,
      { jaar: 2020, soort: "mei", nummer: 1, inhoud: {}, berekening: {} },
      { wie: { sub: "test", rol: "aanbieder" }, nu: new Date(), correlatieId: uniek("t") },
    );
    expect(mei.ok).toBe(true);
    await dienJaarverslagIn((await leesAanvraag(r.id))!);
    await voegRapportToe(r);
    const f = await zelfdeFeiten(r.id);
    expect(f.accountantsrapport).toBe(true);
    expect([...f.realisaties].sort()).toEqual(["jaarverslag", "mei"]);
  });

  it("de herberekening vult ze in voor een aanvraag van vóór de feiten", async () => {
    const scope = { aanbiederId: uniek("a"), zorgkantoorId: uniek("zk") };
    const id = await aanvraag({
      ...scope,
      jaar: 2020,
      toestand: "addendum_getekend",
      afspraak: true,
    });
    await realisatie(id, 2020, "juli");
    await realisatie(id, 2019, "mei");
    expect(bijgehoudenFeiten((await leesAanvraag(id))!)).toBeUndefined();
    expect(await vulHerinneringsfeiten(scope.zorgkantoorId, 2020, new Date())).toBe(1);
    expect(await zelfdeFeiten(id)).toEqual({ realisaties: ["juli"], accountantsrapport: false });
    expect(await vulHerinneringsfeiten(scope.zorgkantoorId, 2020, new Date())).toBe(0);
  });
});
