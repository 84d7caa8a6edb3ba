// docs/regels.md §15.3 over HTTP (issue problem 4: "paid" meant three things). A §13 A case whose ten
// voorschot orders (768.000,00) exist but of which only March's batch (192.000,00) is released by a
// second zorgkantoor-beheer user: every answer says ordered 768.000,00 and paid 192.000,00 — the
// voorschot schedule, the regional overview and the nacalculatie's "voorschotten betaald" — all
// read from the one ledger, whose entries and balances reconcile.
import { beforeAll, describe, expect, it } from "vitest";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import {
  boekingenVanZaak,
  saldoVanZaak,
  saldoVanZorgkantoorJaar,
} from "#functions/data/grootboek.js";
import { reconcilieert, saldoTekst } from "#shared/grootboek/saldo.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { betaalVoorschotten, dienJaarverslagIn } from "../nacalculatie/opzet.js";
import { geefMaandVrij } from "../rapportage/opzet.js";

const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let beheer: TestGebruiker;
const klok = { "x-kb-klok": "2021-02-15T10:00:00+01:00" };

beforeAll(async () => {
  zaak = await zaakIn("addendum_getekend", { jaar: 2020, inhoud: "voorbeeldA" });
  await betaalVoorschotten(zaak, false);
  await geefMaandVrij(zaak, 3);
  await dienJaarverslagIn(zaak);
  zaak = (await leesAanvraag(zaak.id))!;
  [aanbieder, beheer] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
}, 90_000);

describe("betaald is vrijgegeven, overal hetzelfde (§15.3)", () => {
  it("het voorschotschema: 768.000,00 opgedragen, 192.000,00 betaald (alleen maart is vrijgegeven)", async () => {
    const s = await vraag(gw, `/api/aanvragen/${zaak.id}/voorschot`, {
      token: aanbieder.idToken,
      headers: klok,
    });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect(s.body).toMatchObject({ totaalBesteld: "768000.00", totaalBetaald: "192000.00" });
    const maanden = s.body!.maanden as { besteld: string; betaald: string }[];
    expect(maanden[2]).toMatchObject({ besteld: "192000.00", betaald: "192000.00" });
    expect(maanden[3]).toMatchObject({ besteld: "64000.00", betaald: "0.00" });
  });

  it("het regio-overzicht: dezelfde bedragen per aanvraag en in totaal", async () => {
    const r = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/overzicht/2020`, {
      token: beheer.idToken,
      headers: klok,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.rijen).toEqual([
      expect.objectContaining({
        aanvraagId: zaak.id,
        opgedragen: "768000.00",
        betaald: "192000.00",
      }),
    ]);
    expect(r.body!.totalen).toMatchObject({ opgedragen: "768000.00", betaald: "192000.00" });
  });

  it("de nacalculatie rekent met de betaalde 192.000,00, niet met alle opdrachten", async () => {
    const n = await vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie`, {
      token: aanbieder.idToken,
      headers: klok,
    });
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    expect(n.body).toMatchObject({ betaaldeVoorschotten: "192000.00" });
  });

  it("het grootboek: tien opdrachten en één vrijgave; de saldi zijn de som van de boekingen", async () => {
    const boekingen = await boekingenVanZaak(zaak.id);
    expect(boekingen.filter((b) => b.soort === "voorschot_besteld")).toHaveLength(10);
    expect(boekingen.filter((b) => b.soort === "betaling_vrijgegeven")).toHaveLength(1);
    const saldo = await saldoVanZaak(zaak.id);
    const r = reconcilieert(undefined, boekingen, saldo);
    expect(r.ok && r.waarde.klopt).toBe(true);
    expect(saldoTekst(saldo)).toMatchObject({ besteld: "768000.00", betaald: "192000.00" });
    // The zorgkantoor of this test has only this case: its year balance is the case's.
    expect(saldoTekst(await saldoVanZorgkantoorJaar(zaak.zorgkantoorId, 2020))).toEqual(
      saldoTekst(saldo),
    );
  });
});
