// over HTTP with real tokens: the letters' two routes — the content as JSON
// (rapportage Lambda) and the PDF made from it (stukken Lambda, which asks the API itself with
// the caller's token). The PDF route answers exactly what the JSON route decides: 404 outside
// the scope, 409 while the letter does not exist, 401 without a token; a 502 when the API cannot
// be reached. A case with the §13 A decision (rapportage/opzet.ts zetBesluit), year of its own.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { vergeetConfig } from "#functions/lib/config.js";
import { StukBriefSchema } from "#functions/lib/stukbrief.js";
import { metApi, uniek, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { download, pdfTekst, zetBesluit } from "./opzet.js";

const JAAR = 2046;
const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let ander: TestGebruiker;

beforeAll(async () => {
  zaak = await zetBesluit(await zaakIn("addendum_getekend", { jaar: JAAR, inhoud: "voorbeeldA" }));
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
