// docs/regels.md §15.2 over HTTP: the herschikking is decided in November t "unless zorgkantoor-beheer
// reopens it with a reason". In December the proposal is refused; beheer reopens the window with a
// reason until a day (at most 30 days ahead), audited; then the proposal and the approval (four
// eyes) go through; after the reopening's last day the window is closed again.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { zorgkantoorPk } from "#functions/data/sleutels.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { afgesproken, zorgkantoorMetKader } from "./opzet.js";
import { besluitMetVierOgen } from "./vierogen.js";

const gw = metApi();
let zk: string;
let zaak: AanvraagRecord;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
let beoordelaar: TestGebruiker;

const DECEMBER = { "x-kb-klok": "2020-12-03T10:00:00+01:00" };

beforeAll(async () => {
  zk = await zorgkantoorMetKader("100000.00");
  zaak = await afgesproken(zk, {
    naam: "heropening",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "50000.00",
    overige: "15000.00",
  });
  [beheer, beheer2, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zk }]),
  ]);
}, 60_000);

const pad = () => `/api/zorgkantoren/${zk}/herschikking/2020`;
const besluit = (headers: Record<string, string>) =>
  besluitMetVierOgen(gw, pad(), {
    voorsteller: beheer.idToken,
    goedkeurder: beheer2.idToken,
    headers,
    body: {
      voorstel: [{ aanvraagId: zaak.id, versie: zaak.versie, nieuweAfspraak: "80000.00" }],
      reden: "de prognose van oktober kwam laat binnen",
    },
  });
const heropen = (token: string, body: unknown, headers = DECEMBER) =>
  vraag(gw, `${pad()}/heropening`, { methode: "POST", token, headers, body });

describe("heropening van het herschikkingsvenster (§15.2)", () => {
  it("weigert het voorstel in december (422 HERSCHIKKING_GESLOTEN op jaar)", async () => {
    const r = await besluit(DECEMBER);
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body).toMatchObject({ code: "HERSCHIKKING_GESLOTEN", veld: "jaar" });
  });

  it("heropent alleen met een reden, alleen door zorgkantoor-beheer, hoogstens 30 dagen, niet in november", async () => {
    const zonderReden = await heropen(beheer.idToken, { uiterlijk: "2020-12-15" });
    expect(zonderReden.status).toBe(422);
    expect(zonderReden.body).toMatchObject({ veld: "reden" });
    const beoordeling = await heropen(beoordelaar.idToken, { reden: "x", uiterlijk: "2020-12-15" });
    expect(beoordeling.status).toBe(403);
    const teLang = await heropen(beheer.idToken, { reden: "x", uiterlijk: "2021-01-03" });
    expect(teLang.status).toBe(422);
    expect(teLang.body).toMatchObject({ code: "HEROPENING_TE_LANG", veld: "uiterlijk" });
    const november = await heropen(
      beheer.idToken,
      { reden: "x", uiterlijk: "2020-11-29" },
      { "x-kb-klok": "2020-11-20T10:00:00+01:00" },
    );
    expect(november.status).toBe(422);
    expect(november.body).toMatchObject({ code: "HERSCHIKKING_OPEN", veld: "jaar" });
  });

  it("na de heropening (tot en met 15-12-2020) gaan voorstel en goedkeuring door; geaudit met de reden", async () => {
    const h = await heropen(beheer.idToken, {
      reden: "de prognose van oktober kwam laat binnen",
      uiterlijk: "2020-12-15",
    });
    expect(h.status, JSON.stringify(h.body)).toBe(200);
    expect(h.body).toMatchObject({
      jaar: 2020,
      tot: "2020-12-15T23:00:00.000Z",
      status: "heropend",
      versie: 1,
    });
    const v = await vraag(gw, pad(), { token: beheer.idToken, headers: DECEMBER });
    expect(v.body!.venster).toMatchObject({
      status: "heropend",
      heropening: { reden: "de prognose van oktober kwam laat binnen" },
    });
    expect((v.body!.venster as { reden: string }).reden).toMatch(/heropend tot 16-12-2020 00:00/);
    const r = await besluit(DECEMBER);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await leesAfspraken(zaak.id)).at(-1)).toMatchObject({
      soort: "herschikking",
      totaal: "80000.00",
    });
    const audit = await leesAudit(zorgkantoorPk(zk));
    expect(audit.find((a) => a.gebeurtenis === "herschikking_heropend")).toMatchObject({
      reden: "de prognose van oktober kwam laat binnen",
    });
  });

  it("na de laatste dag van de heropening is het venster weer gesloten", async () => {
    const laat = { "x-kb-klok": "2020-12-16T00:00:00+01:00" };
    const v = await vraag(gw, pad(), { token: beheer.idToken, headers: laat });
    expect(v.body!.venster).toMatchObject({ status: "gesloten" });
    const r = await vraag(gw, `${pad()}/voorstel`, {
      methode: "POST",
      token: beheer.idToken,
      headers: laat,
      body: { voorstel: [], reden: "te laat" },
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "HERSCHIKKING_GESLOTEN" });
  });
});
