// docs/regels.md §15.7 and §9.4 over HTTP: the zorgkantoor records per case whether the extra staff
// are still employed, and the national remainder reads it. A case whose agreement was lowered to
// personeel 800.000 (herschikking) on an aanvraag of 850.000 realises Pᵣ 863.918,08 (§13 E with
// inhuur_t 400.000); after its vaststelling its claim is 0 until a beoordelaar records "yes", then
// min(863.918,08 − 800.000, 850.000 − 800.000) = 50.000,00. Outside the zorgkantoor: 404; the
// aanbieder may not record it (403); the record is audited and shown in the nacalculatie.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { legAfspraakVast } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { Decimal } from "#shared/geld/decimal.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak } from "./opzet.js";

// A year no other test file makes cases for: the remainder sums every case of the year.
const JAAR = 2082;
const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;
let elders: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;
let landelijk: TestGebruiker;

const ctx = (sub: string, rol: "aanbieder" | "zorgkantoor-beheer") => ({
  wie: { sub, rol },
  nu: new Date(),
  correlatieId: uniek("test"),
});

beforeAll(async () => {
  let r = await nacalculatieZaak(JAAR, {}, { voorschotten: true, rapport: true, overige: true });
  const lager = await legAfspraakVast(
    r,
    r.versie,
    {
      soort: "herschikking",
      personeel: new Decimal("800000.00"),
      overige: new Decimal("150000.00"),
      compensatie: new Decimal("24000.00"),
      reden: "herschikking: minder personeel afgesproken",
      voorgesteldDoor: { sub: "test-beoordelaar", rol: "beoordelaar" },
    },
    ctx("test-beheer", "zorgkantoor-beheer"),
  );
  if (!lager.ok) throw new Error(lager.weigering.melding);
  r = (await leesAanvraag(r.id))!;
  const verslag = { ...JAARVERSLAG_E, inhuur: { basis: "200000.00", jaar: "400000.00" } };
  const jv = await dienRealisatieIn(
    r,
    { jaar: JAAR, soort: "jaarverslag", nummer: 1, inhoud: verslag },
    ctx("test-aanbieder", "aanbieder"),
  );
  if (!jv.ok) throw new Error(jv.weigering.melding);
  zaak = (await leesAanvraag(r.id))!;
  [aanbieder, beoordelaar, elders, beheer1, beheer2, landelijk] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: uniek("zk-elders") }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "landelijk-beheer" }]),
  ]);
}, 60_000);

const versie = async () => (await leesAanvraag(zaak.id))!.versie;
const post = async (token: string, rest: string) =>
  vraag(gw, `/api/aanvragen/${zaak.id}${rest}`, {
    methode: "POST",
    token,
    body: { versie: await versie() },
  });
const legVast = async (token: string, body: Record<string, unknown> = {}) =>
  vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie/personeel-in-dienst`, {
    methode: "PUT",
    token,
    body: {
      versie: await versie(),
      personeelInDienst: true,
      datum: "2021-06-01",
      toelichting: "Loonstroken juni 2021: de 10 extra fte zijn in dienst.",
      ...body,
    },
  });
interface Restant {
  totaalClaims: string;
  aanbieders: {
    aanvraagId: string;
    personeelInDienst: boolean;
    claim: string;
    toegekend: string;
  }[];
}
const restant = async (): Promise<Restant> => {
  const r = await vraag(gw, `/api/landelijk/${JAAR}/restant`, { token: landelijk.idToken });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as unknown as Restant;
};

describe("personeel nog in dienst voor het landelijk restant (§15.7, §9.4)", () => {
  it("na de vaststelling claimt de zaak pas als het zorgkantoor 'ja' vastlegt", async () => {
    expect((await post(beheer1.idToken, "/vaststelling/voorstel")).status).toBe(201);
    const vast = await post(beheer2.idToken, "/vaststelling/goedkeuring");
    expect(vast.status, JSON.stringify(vast.body)).toBe(200);

    const voor = await restant();
    expect(voor.aanbieders).toEqual([
      expect.objectContaining({ aanvraagId: zaak.id, personeelInDienst: false, claim: "0.00" }),
    ]);
    // Names for the screen, not ids (the aanbieder and zorgkantoor as stored).
    const [rij] = voor.aanbieders as unknown as Record<string, unknown>[];
    expect(rij!.aanbiederNaam).toEqual(expect.stringMatching(/\S/));
    expect(rij!.aanbiederNaam).not.toBe(zaak.aanbiederId);
    expect(rij!.zorgkantoorNaam).toEqual(expect.stringMatching(/\S/));

    const r = await legVast(beoordelaar.idToken);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.personeelInDienst).toMatchObject({
      personeelInDienst: true,
      datum: "2021-06-01",
      vastgelegdDoor: beoordelaar.sub,
    });
    const na = await restant();
    expect(na.aanbieders).toEqual([
      expect.objectContaining({
        aanvraagId: zaak.id,
        personeelInDienst: true,
        claim: "50000.00",
        toegekend: "50000.00",
      }),
    ]);
    const audit = await leesAudit(aanvraagPk(zaak.id));
    expect(audit.map((a) => a.gebeurtenis)).toContain("personeel_in_dienst_vastgelegd");
    // Shown in the nacalculatie to the aanbieder of the case.
    const n = await vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie`, {
      token: aanbieder.idToken,
    });
    expect(n.body!.personeelInDienst).toMatchObject({ personeelInDienst: true });
  });

  it("'nee' maakt de claim weer 0; buiten de scope 404, de aanbieder 403, onbekende velden 422", async () => {
    const nee = await legVast(beheer1.idToken, {
      personeelInDienst: false,
      toelichting: "Twee medewerkers zijn vertrokken.",
    });
    expect(nee.status, JSON.stringify(nee.body)).toBe(200);
    expect((await restant()).aanbieders[0]).toMatchObject({ claim: "0.00" });
    const v = await versie();
    expect((await legVast(elders.idToken)).status).toBe(404);
    expect((await legVast(aanbieder.idToken)).status).toBe(403);
    const extra = await legVast(beoordelaar.idToken, { bedrag: "1.00" });
    expect(extra.status).toBe(422);
    const leeg = await legVast(beoordelaar.idToken, { toelichting: "  " });
    expect(leeg.status).toBe(422);
    expect(leeg.body).toMatchObject({ veld: "toelichting" });
    const datum = await legVast(beoordelaar.idToken, { datum: "2021-02-30" });
    expect(datum.body).toMatchObject({ veld: "datum" });
    expect(await versie()).toBe(v);
  });

  it("een jaar vóór de regeling (2018) is een veldfout, geen 500", async () => {
    const r = await vraag(gw, "/api/landelijk/2018/restant", { token: landelijk.idToken });
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body).toMatchObject({ veld: "jaar" });
    expect(String(r.body!.detail)).toContain("vanaf 2019");
  });
});
