// over HTTP with real tokens: the letters' two routes — the content as JSON
// (rapportage Lambda) and the PDF made from it (stukken Lambda, which asks the API itself with
// the caller's token). The PDF route answers exactly what the JSON route decides: 404 outside
// the scope, 409 while the letter does not exist, 401 without a token; a 502 when the API cannot
// be reached. A case with the §13 A decision (rapportage/opzet.ts zetBesluit), year of its own,
// of an aanbieder with a postal address and a name outside WinAnsi: the letter carries its address,
// a kenmerk, the bezwaar clause dated from the letter's date, and no § or ids.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanbieder } from "#functions/data/aanbieders.js";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { vergeetConfig } from "#functions/lib/config.js";
import { StukBriefSchema } from "#functions/lib/stukbrief.js";
import { cijfers, metApi, testnaam, uniek, zaakIn, zorgVoorAanbieder } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { download, pdfTekst, zetBesluit } from "./opzet.js";

const JAAR = 2046;
const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let ander: TestGebruiker;
let agb: string;
const NAAM = "Zorggroep Szőke & Ștefan";
const zk = `zk-brief${cijfers(6)}`;

beforeAll(async () => {
  const aanbiederId = uniek("aanbieder");
  await zorgVoorAanbieder(aanbiederId, {
    naam: NAAM,
    bankrekening: false,
    postadres: { straat: "Lindelaan 1", postcode: "1071aa", plaats: "Amsterdam" },
  });
  agb = (await leesAanbieder(aanbiederId))!.agbCode;
  zaak = await zetBesluit(
    await zaakIn("addendum_getekend", {
      jaar: JAAR,
      inhoud: "voorbeeldA",
      aanbiederId,
      zorgkantoorId: zk,
    }),
  );
  [aanbieder, ander] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: uniek("aanbieder-elders") }]),
  ]);
}, 60_000);

const json = (stuk: string, token?: string, headers: Record<string, string> = {}) =>
  vraag(gw, `/api/aanvragen/${zaak.id}/stukken/${stuk}`, { token, headers });
const pdf = (stuk: string, token?: string, headers: Record<string, string> = {}) =>
  vraag(gw, `/api/aanvragen/${zaak.id}/pdf/${stuk}`, { token, headers });

describe("de inhoud van een stuk als JSON (rapportage)", () => {
  it("geeft de beoordelingsbrief als brief met de bedragen van §13 A en het jaar", async () => {
    const r = await json("beoordelingsbrief", aanbieder.idToken);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const brief = StukBriefSchema.parse(r.body);
    expect(brief).toMatchObject({ jaar: JAAR, datum: "10-02-2047" });
    const tabel = brief.blokken.find((b) => b.soort === "tabel");
    expect(JSON.stringify(tabel)).toContain("€ 1.024.000,00");
    expect(JSON.stringify(tabel)).toContain("€ 850.000,00");
  });
});

describe("de PDF uit die inhoud (stukken)", () => {
  it("is een PDF met dezelfde tekst en een veilige bestandsnaam uit soort, jaar en id", async () => {
    const r = await download(
      gw,
      `/api/aanvragen/${zaak.id}/pdf/beoordelingsbrief`,
      aanbieder.idToken,
    );
    expect(r.status, r.bytes.toString()).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    const id = zaak.id.replace(/[^A-Za-z0-9-]/g, "");
    expect(r.headers.get("content-disposition")).toBe(
      `attachment; filename="beoordelingsbrief-${JAAR}-${id}.pdf"`,
    );
    const p = await pdfTekst(r.bytes);
    expect(p.tekst).toContain("€ 1.024.000,00");
    expect(p.tekst).toContain("10-02-2047");
  });

  it("heeft adres, kenmerk en een bezwaarclausule met de termijn vanaf de dagtekening, zonder § of ids", async () => {
    const r = await download(
      gw,
      `/api/aanvragen/${zaak.id}/pdf/beoordelingsbrief`,
      aanbieder.idToken,
    );
    expect(r.status, r.bytes.toString()).toBe(200);
    const p = await pdfTekst(r.bytes);
    const regels = p.tekst.split("\n");
    const kenmerk = `KB-${JAAR}-${zk.slice(3).toUpperCase()}-${agb}-BB`;
    // The name outside WinAnsi is written readably: "ő" as "ö", "ș" as "s".
    expect(regels.slice(2, 7)).toEqual([
      "Zorggroep Szöke & Stefan",
      "Lindelaan 1",
      "1071 AA Amsterdam",
      `Kenmerk: ${kenmerk}`,
      `Onderwerp: Beoordeling aanvraag kwaliteitsbudget ${JAAR}`,
    ]);
    // Dated Sunday 10-02-2047: six weeks later is Sunday 24-03-2047, so Monday 25-03-2047.
    const tekst = p.tekst.replace(/\n/g, " ");
    expect(tekst).toContain(
      "binnen zes weken na de dagtekening van deze brief bezwaar maken, dus uiterlijk op 25-03-2047.",
    );
    expect(tekst).toContain(`Stuur uw bezwaarschrift naar ${testnaam("Zorgkantoor", zk)}`);
    expect(tekst).toContain("Aangevraagd Toegekend Extra personeel € 850.000,00 € 850.000,00");
    // No date before the letter's own: the addendum's 31 March of the year has passed.
    expect(tekst).toContain("zo spoedig mogelijk door beide partijen wordt ondertekend");
    expect(tekst).not.toContain(`31-03-${JAAR}`);
    expect(tekst.indexOf("Bezwaar")).toBeLessThan(tekst.indexOf("Met vriendelijke groet"));
    expect(p.tekst).not.toMatch(/§|DOMAIN\.md|[a-z]+_[a-z]+/);
    expect(p.tekst).not.toContain(zaak.id);
    expect(p.tekst).not.toContain(zaak.aanbiederId);
  });

  it("geeft het addendum (een overeenkomst) een eigen kenmerk en geen bezwaarclausule", async () => {
    const r = await download(gw, `/api/aanvragen/${zaak.id}/pdf/addendum`, aanbieder.idToken);
    expect(r.status, r.bytes.toString()).toBe(200);
    const p = await pdfTekst(r.bytes);
    expect(p.tekst).toContain(`Kenmerk: KB-${JAAR}-${zk.slice(3).toUpperCase()}-${agb}-AD`);
    expect(p.tekst).toContain("1071 AA Amsterdam");
    expect(p.tekst).not.toContain("bezwaar");
    expect(p.tekst).not.toMatch(/§|[a-z]+_[a-z]+/);
    expect(p.tekst).not.toContain(zaak.id);
  });

  it("geeft 409 'nog niet vastgesteld' van de JSON-route ongewijzigd door", async () => {
    const kop = { "x-correlation-id": uniek("corr") };
    const [j, p] = [
      await json("vaststelling", aanbieder.idToken, kop),
      await pdf("vaststelling", aanbieder.idToken, kop),
    ];
    expect(p.status).toBe(409);
    expect(p.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(p.body).toMatchObject({
      code: "NOG_NIET_VASTGESTELD",
      detail: expect.stringContaining("nog niet vastgesteld"),
    });
    expect(p.body).toEqual(j.body);
  });

  it("geeft een aanbieder buiten de zaak 404, als voor een onbestaande zaak", async () => {
    const kop = { "x-correlation-id": uniek("corr") };
    const p = await pdf("beoordelingsbrief", ander.idToken, kop);
    expect(p.status).toBe(404);
    expect(p.body).toMatchObject({ code: "NIET_GEVONDEN" });
    const onbestaand = await vraag(gw, `/api/aanvragen/${uniek("geen")}/pdf/addendum`, {
      token: ander.idToken,
      headers: kop,
    });
    expect(onbestaand.status).toBe(404);
    expect(onbestaand.body!.detail).toBe(p.body!.detail);
  });

  it("antwoordt zonder token 401", async () => {
    const p = await pdf("beoordelingsbrief");
    expect(p.status).toBe(401);
    expect(p.headers.get("content-type")).toMatch(/application\/problem\+json/);
  });

  it("antwoordt 502 met een Nederlandse melding als de API onbereikbaar is", async () => {
    const was = process.env.KB_API_URL;
    process.env.KB_API_URL = "http://127.0.0.1:1";
    vergeetConfig();
    try {
      const p = await pdf("beoordelingsbrief", aanbieder.idToken);
      expect(p.status).toBe(502);
      expect(p.body).toMatchObject({ code: "API_ONBEREIKBAAR", detail: expect.any(String) });
    } finally {
      process.env.KB_API_URL = was;
      vergeetConfig();
    }
    expect((await pdf("beoordelingsbrief", aanbieder.idToken)).status).toBe(200);
  });
});
