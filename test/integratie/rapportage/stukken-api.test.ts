// The stukken Lambda (functions/stukken/) on its own, against a stand-in for the
// portal's API (a node:http server at KB_API_URL): what it passes on (the caller's token, the
// correlation id, the test clock), that a refusal of the API comes back unchanged, that a
// network failure or a malformed answer is a 502 with a Dutch message, that it asks nothing
// without a token, and that the memberships and the letter are fetched side by side.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apiUrl, ConfigFout, leesConfig, vergeetConfig } from "#functions/lib/config.js";
import { maakGebeurtenis } from "#functions/lib/gebeurtenis.js";
import type { HttpResultaat } from "#functions/lib/http.js";
import type { KbHandler } from "#functions/lib/lambda.js";
import { STUKKEN_ROUTES } from "#functions/stukken/routes.js";
import { pdfTekst } from "./opzet.js";

interface Gevraagd {
  pad: string;
  headers: IncomingHttpHeaders;
  op: number;
}
type Reactie = { status: number; type?: string; body: string; vertraging?: number };

const SUB = "gebruiker-stukken-test";
const MIJ = { sub: SUB, email: null, lidmaatschappen: [{ rol: "aanbieder", aanbiederId: "a-1" }] };
const BRIEF = {
  titel: "Vaststelling kwaliteitsbudget 2020",
  van: "Zorgkantoor Noord",
  aan: "Zorggroep De Linde",
  kenmerk: "KB-2020-NOORD-73731001-VS",
  datum: "15-02-2021",
  onderwerp: "Vaststelling kwaliteitsbudget 2020",
  blokken: [
    { soort: "kop", tekst: "Vaststelling kwaliteitsbudget 2020" },
    {
      soort: "tabel",
      kolommen: ["", "Bedrag"],
      rijen: [["Vastgesteld kwaliteitsbudget", "€ 892.918,08"]],
      totaalrij: true,
    },
  ],
  jaar: 2020,
};
const PROBLEEM = "application/problem+json; charset=utf-8";
const json = (status: number, body: unknown, type = "application/json; charset=utf-8") => ({
  status,
  type,
  body: JSON.stringify(body),
});

let server: Server;
let url: string;
let gevraagd: Gevraagd[] = [];
let reacties: Record<string, Reactie> = {};
let handler: KbHandler;

beforeAll(async () => {
  server = createServer((req, res) => {
    gevraagd.push({ pad: req.url ?? "", headers: req.headers, op: Date.now() });
    const r: Reactie = reacties[req.url ?? ""] ?? json(404, { code: "ROUTE_ONBEKEND" }, PROBLEEM);
    setTimeout(() => {
      res.writeHead(r.status, { "content-type": r.type ?? "application/json" });
      res.end(r.body);
    }, r.vertraging ?? 0);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.KB_API_URL = url;
  process.env.KB_KLOK_INSTELBAAR = "1";
  process.env.POWERTOOLS_LOG_LEVEL = "SILENT";
  vergeetConfig();
  ({ handler } = await import("#functions/stukken/handler.js"));
});

afterAll(async () => {
  await new Promise((klaar) => server.close(klaar));
});

beforeEach(() => {
  gevraagd = [];
  reacties = {
    "/api/mij": json(200, MIJ),
    "/api/aanvragen/z-1/stukken/vaststelling": json(200, BRIEF),
  };
  process.env.KB_API_URL = url;
  vergeetConfig();
});

function pdfVerzoek(
  o: { id?: string; claims?: boolean; headers?: Record<string, string> } = {},
): Promise<HttpResultaat> {
  const id = o.id ?? "z-1";
  const event = maakGebeurtenis({
    route: STUKKEN_ROUTES[0],
    params: { aanvraagId: id, stuk: "vaststelling" },
    methode: "GET",
    rawPath: `/api/aanvragen/${encodeURIComponent(id)}/pdf/vaststelling`,
    rawQueryString: "",
    headers: Object.fromEntries(
      Object.entries({
        ...(o.claims === false ? {} : { authorization: "Bearer het-token-van-de-beller" }),
        "x-correlation-id": "corr-stukken-1",
        ...o.headers,
      }).map(([k, v]) => [k, [v]]),
    ),
    claims: o.claims === false ? undefined : { sub: SUB },
    requestId: "verzoek-1",
    tijd: new Date(),
  });
  return handler(event, { awsRequestId: "verzoek-1" });
}

describe("stukken-Lambda tegen de API van het portaal", () => {
  it("maakt de PDF uit de JSON, met het token, het correlatie-id en de testklok van de beller", async () => {
    const r = await pdfVerzoek({ headers: { "x-kb-klok": "2021-02-15T10:00:00+01:00" } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="vaststelling-2020-z-1.pdf"',
      "x-correlation-id": "corr-stukken-1",
    });
    const p = await pdfTekst(Buffer.from(r.body!, "base64"));
    expect(p.tekst).toContain("€ 892.918,08");
    expect(gevraagd.map((g) => g.pad).sort()).toEqual([
      "/api/aanvragen/z-1/stukken/vaststelling",
      "/api/mij",
    ]);
    for (const g of gevraagd)
      expect(g.headers).toMatchObject({
        authorization: "Bearer het-token-van-de-beller",
        "x-correlation-id": "corr-stukken-1",
        "x-kb-klok": "2021-02-15T10:00:00+01:00",
      });
  });

  it("vraagt lidmaatschappen en brief tegelijk: één keer wachten, niet twee", async () => {
    reacties["/api/mij"] = { ...json(200, MIJ), vertraging: 300 };
    expect((await pdfVerzoek()).statusCode).toBe(200);
    const [eerste, tweede] = gevraagd;
    expect(Math.abs(tweede!.op - eerste!.op)).toBeLessThan(200);
  });

  it("geeft een weigering van de API ongewijzigd door (409 nog niet vastgesteld, 404)", async () => {
    const melding = {
      type: "urn:kwaliteitsbudget:probleem:NOG_NIET_VASTGESTELD",
      title: "Conflict",
      status: 409,
      detail: "Het kwaliteitsbudget van deze aanvraag is nog niet vastgesteld.",
      code: "NOG_NIET_VASTGESTELD",
      correlatieId: "corr-stukken-1",
    };
    reacties["/api/aanvragen/z-1/stukken/vaststelling"] = json(409, melding, PROBLEEM);
    const r = await pdfVerzoek();
    expect(r.statusCode).toBe(409);
    expect(r.headers["content-type"]).toBe(PROBLEEM);
    expect(r.body).toBe(JSON.stringify(melding));
    reacties["/api/aanvragen/z-1/stukken/vaststelling"] = json(
      404,
      { code: "NIET_GEVONDEN" },
      PROBLEEM,
    );
    expect((await pdfVerzoek()).statusCode).toBe(404);
  });

  it("weigert met het antwoord van /api/mij als de lidmaatschappen niet te lezen zijn", async () => {
    const geen = { code: "GEEN_TOEGANG", status: 403, detail: "U heeft geen lidmaatschap" };
    reacties["/api/mij"] = json(403, geen, PROBLEEM);
    const r = await pdfVerzoek();
    expect(r.statusCode).toBe(403);
    expect(r.body).toBe(JSON.stringify(geen));
    reacties["/api/mij"] = json(200, { ...MIJ, sub: "iemand-anders" });
    const ander = await pdfVerzoek();
    expect(ander.statusCode).toBe(502);
    expect(JSON.parse(ander.body!)).toMatchObject({ code: "API_ONBEREIKBAAR" });
  });

  it("antwoordt 502 met een Nederlandse melding als de API onbereikbaar is of onzin antwoordt", async () => {
    reacties["/api/aanvragen/z-1/stukken/vaststelling"] = json(200, { ...BRIEF, blokken: "x" });
    const onzin = await pdfVerzoek();
    expect(onzin.statusCode).toBe(502);
    expect(onzin.headers["content-type"]).toBe(PROBLEEM);
    expect(JSON.parse(onzin.body!)).toMatchObject({
      code: "API_ONBEREIKBAAR",
      detail: "De API van het portaal gaf een onverwacht antwoord voor dit stuk.",
    });
    process.env.KB_API_URL = "http://127.0.0.1:1";
    vergeetConfig();
    const weg = await pdfVerzoek();
    expect(weg.statusCode).toBe(502);
    expect(JSON.parse(weg.body!).detail).toMatch(/niet bereikbaar/);
  });

  it("zonder KB_API_URL is het een fout in de inrichting: 500, niets gevraagd", async () => {
    delete process.env.KB_API_URL;
    vergeetConfig();
    const r = await pdfVerzoek();
    expect(r.statusCode).toBe(500);
    expect(JSON.parse(r.body!)).toMatchObject({ code: "INTERNE_FOUT" });
    expect(gevraagd).toEqual([]);
  });

  it("vraagt zonder token niets aan de API en antwoordt 401", async () => {
    const r = await pdfVerzoek({ claims: false });
    expect(r.statusCode).toBe(401);
    expect(gevraagd).toEqual([]);
  });

  it("vraagt een id dat een padsegment '..' zou zijn niet op: 404 als onbestaand", async () => {
    const r = await pdfVerzoek({ id: ".." });
    expect(r.statusCode).toBe(404);
    expect(gevraagd.map((g) => g.pad)).toEqual(["/api/mij"]);
  });
});

describe("KB_API_URL (functions/lib/config.ts)", () => {
  it("is een http(s)-URL en alleen voor stukken verplicht; de fout noemt de variabele", () => {
    expect(() => leesConfig({ KB_API_URL: "ftp://x" })).toThrow(/KB_API_URL/);
    expect(() => apiUrl(leesConfig({}))).toThrow(ConfigFout);
    expect(() => apiUrl(leesConfig({}))).toThrow(/KB_API_URL/);
    expect(apiUrl(leesConfig({ KB_API_URL: "https://api.example.test" }))).toBe(
      "https://api.example.test",
    );
  });
});
