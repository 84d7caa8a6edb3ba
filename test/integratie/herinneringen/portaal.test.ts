// over HTTP: the reminders sent to me, my switches for optional reminders (a legal one
// cannot be switched off: 422 naming the field; a switched-off reminder is skipped by the job and
// never recorded), the permanent failures for zorgkantoor-beheer, and my open obligations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import { leesHerinnering } from "#functions/data/herinneringen.js";
import { schrijfLidmaatschap } from "#functions/data/lidmaatschappen.js";
import { gebruikerPk } from "#functions/data/sleutels.js";
import { sluitAdressen } from "#functions/herinneringen/adressen.js";
import { voerHerinneringenUit } from "#functions/herinneringen/job.js";
import { herinneringSleutel } from "#shared/herinneringen/herinneringen.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { link } from "#shared/paginas.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { aanvraag, instellingen, mails } from "./omgeving.js";

const gw = metApi();
const sinds = Math.floor(Date.now() / 1000) - 5;
const zorgkantoorId = uniek("zk");
const aanbiederId = uniek("aanbieder");
const geenAdres = uniek("sub-zonder-gebruiker");
let aanbieder: TestGebruiker;
let collega: TestGebruiker;
let beheer: TestGebruiker;
let anderBeheer: TestGebruiker;
let zaak: string;

const run = (op: Date) =>
  voerHerinneringenUit({ op, zorgkantoorIds: [zorgkantoorId], instellingen: instellingen() });

beforeAll(async () => {
  [aanbieder, collega, beheer, anderBeheer] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: uniek("zk") }]),
  ]);
  // A member whose user no longer exists in the pool: no address, a permanent failure.
  const ctx = { wie: { sub: "test", rol: "systeem" as const }, nu: new Date(), correlatieId: "t" };
  await schrijfLidmaatschap(geenAdres, { rol: "aanbieder", aanbiederId }, ctx);
  zaak = await aanvraag({
    aanbiederId,
    zorgkantoorId,
    jaar: 2020,
    toestand: "vastgelegd",
    ontvangenOp: "2019-10-01T10:00:00.000Z",
    afspraak: true,
  });
}, 60_000);
afterAll(async () => {
  sluitAdressen();
});

const klok = (iso: string) => ({ "x-kb-klok": iso });

describe("herinneringen in het portaal", () => {
  it("laat een optionele melding uitzetten, weigert een wettelijke met 422 en legt de wijziging vast", async () => {
    const start = await vraag(gw, "/api/voorkeuren", { token: collega.idToken });
    expect(start.status).toBe(200);
    expect(start.body?.meldingen).toContainEqual(
      expect.objectContaining({ code: "venster_open", wettelijk: false, aan: true }),
    );
    const fout = await vraag(gw, "/api/voorkeuren", {
      methode: "PUT",
      token: collega.idToken,
      body: { meldingen: { venster_open: false, realisatie_mei: false } },
    });
    expect(fout.status).toBe(422);
    expect(fout.body?.veld).toBe("meldingen.realisatie_mei");
    const uit = await vraag(gw, "/api/voorkeuren", {
      methode: "PUT",
      token: collega.idToken,
      body: { meldingen: { venster_open: false } },
    });
    expect(uit.status).toBe(200);
    expect(uit.body?.meldingen).toContainEqual(
      expect.objectContaining({ code: "venster_open", aan: false }),
    );
    expect(uit.body?.meldingen).toContainEqual(
      expect.objectContaining({ code: "realisatie_mei", wettelijk: true, aan: true }),
    );
    const trail = await leesAudit(gebruikerPk(collega.sub));
    // one record of the change (the refused request changed nothing), with before and after
    const wijzigingen = trail.filter((r) => r.gebeurtenis === "meldingsvoorkeuren_gewijzigd");
    expect(wijzigingen.map((r) => [r.voor, r.na, r.wie.sub])).toEqual([
      [{ uit: [] }, { uit: ["venster_open"] }, collega.sub],
    ]);
  });

  it("slaat een uitgezette vensteropening over zonder haar vast te leggen, maar stuurt de wettelijke herinnering", async () => {
    const opening = amsterdam(2020, 5, 1, 8);
    const s = await run(amsterdam(2020, 5, 1, 9));
    // aanbieder: sent; collega: switched off; geenAdres: fails permanently
    expect(s).toEqual({ verstuurd: 1, overgeslagen: 1, mislukt: 1 });
    const sleutel = herinneringSleutel(collega.sub, `realisatie_mei:${zaak}`, opening);
    expect(await leesHerinnering(sleutel)).toBeUndefined();
    expect(await mails(sinds, [collega.email])).toHaveLength(0);
    const wettelijk = await run(amsterdam(2020, 5, 17, 9));
    expect(wettelijk.verstuurd).toBe(2);
    expect(await mails(sinds, [collega.email])).toHaveLength(1);
  });

  it("toont mij mijn herinneringen, nieuwste eerst, met link en deadline", async () => {
    const r = await vraag(gw, "/api/herinneringen", { token: aanbieder.idToken });
    expect(r.status).toBe(200);
    const lijst = r.body?.herinneringen as Record<string, unknown>[];
    expect(lijst.map((h) => [h.aanleiding, h.status])).toEqual([
      ["14_dagen_voor_deadline", "verstuurd"],
      ["venster_open", "verstuurd"],
    ]);
    expect(lijst[0]).toMatchObject({
      verplichting: `realisatie_mei:${zaak}`,
      soort: "realisatie_mei",
      deadline: "2020-05-31",
      link: link.realisatie(zaak, "mei"),
      moment: amsterdam(2020, 5, 17, 8).toISOString(),
    });
    const ander = await vraag(gw, "/api/herinneringen", { token: beheer.idToken });
    expect(ander.body?.herinneringen).toEqual([]);
  });

  it("toont zorgkantoor-beheer de definitief mislukte herinneringen met reden, alleen van het eigen zorgkantoor", async () => {
    const pad = `/api/zorgkantoren/${zorgkantoorId}/herinneringen/mislukt`;
    const r = await vraag(gw, pad, { token: beheer.idToken });
    expect(r.status).toBe(200);
    const mislukt = r.body?.mislukt as Record<string, unknown>[];
    expect(mislukt.map((m) => m.ontvanger)).toEqual([geenAdres, geenAdres]);
    expect(mislukt[0]).toMatchObject({
      verplichting: `realisatie_mei:${zaak}`,
      pogingen: 1,
      fout: expect.stringContaining("GeenAdres"),
      email: null,
    });
    expect((await vraag(gw, pad, { token: anderBeheer.idToken })).status).toBe(404);
    expect((await vraag(gw, pad, { token: aanbieder.idToken })).status).toBe(403);
  });

  it("toont de open verplichtingen van mijn organisatie met deadline en link", async () => {
    const a = await vraag(gw, "/api/verplichtingen", {
      token: aanbieder.idToken,
      headers: klok("2020-05-12T10:00:00+02:00"),
    });
    expect(a.status).toBe(200);
    const eigen = a.body?.verplichtingen as Record<string, unknown>[];
    expect(eigen[0]).toMatchObject({
      sleutel: `realisatie_mei:${zaak}`,
      rol: "aanbieder",
      opent: "2020-05-01",
      deadline: "2020-05-31",
      link: link.realisatie(zaak, "mei"),
    });
    expect(eigen.every((v) => v.rol === "aanbieder")).toBe(true);
    const z = await vraag(gw, "/api/verplichtingen", {
      token: beheer.idToken,
      headers: klok("2020-05-12T10:00:00+02:00"),
    });
    const lijst = (z.body?.verplichtingen ?? []) as Record<string, unknown>[];
    expect(lijst.map((v) => v.sleutel)).toEqual([
      `herschikking:2020:${zorgkantoorId}`,
      `nacalculatie:2020:${zorgkantoorId}`,
    ]);
  });
});
