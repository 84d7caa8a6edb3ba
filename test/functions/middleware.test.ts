import { Logger } from "@aws-lambda-powertools/logger";
import { afterEach, describe, expect, it, vi } from "vitest";
import { maakHandler } from "#functions/lib/handler.js";
import { event, json } from "./hulp.js";
import { aanbieder, data, handler, ontvangen, operaties, opslaan, ROUTES } from "./proef.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("authenticatie en rollen (§1)", () => {
  it("weigert een beschermde route zonder claims met 401", async () => {
    const r = await opslaan({ claims: undefined });
    expect(r.statusCode).toBe(401);
    expect(json(r)).toMatchObject({ code: "NIET_INGELOGD", status: 401 });
  });

  it("weigert met 403 en reden wie geen lidmaatschap in de rol van de route heeft", async () => {
    const r = await opslaan({ claims: { sub: "sub-landelijk" } });
    expect(r.statusCode).toBe(403);
    expect(json(r)).toMatchObject({
      code: "GEEN_TOEGANG",
      detail: "Deze actie is alleen voor de rol aanbieder; u heeft de rol landelijk-beheer",
    });
  });

  it("weigert met 403 een ingelogde gebruiker zonder lidmaatschap (deny by default)", async () => {
    const r = await handler(event("GET /api/proef/fout", { claims: { sub: "sub-onbekend" } }));
    expect(r.statusCode).toBe(403);
    expect(json(r).detail).toContain("nog geen lidmaatschap");
  });

  it("laat een route zonder rollen voor niemand open", async () => {
    const r = await handler(event("GET /api/proef/niemand", { claims: { sub: "sub-landelijk" } }));
    expect(r.statusCode).toBe(403);
  });

  it("leest de lidmaatschappen op de server en geeft ze met sub en e-mail aan de operatie", async () => {
    ontvangen.length = 0;
    const r = await opslaan();
    expect(r.statusCode).toBe(201);
    expect(ontvangen[0]!.gebruiker).toEqual({
      sub: "sub-aanbieder",
      email: "a@example.test",
      lidmaatschappen: [{ rol: "aanbieder", aanbiederId: "a-1" }],
    });
  });

  it("raakt op een publieke route de datalaag niet en kent geen gebruiker", async () => {
    const voor = data.aanroepen.length;
    const r = await handler(event("GET /api/proef/publiek", { claims: aanbieder }));
    expect(r.statusCode).toBe(200);
    expect(json(r).gebruiker).toBeNull();
    expect(data.aanroepen.length).toBe(voor);
  });
});

describe("invoer: JSON en schema's", () => {
  it("antwoordt 415 als problem+json op een ander mediatype", async () => {
    const r = await opslaan({ headers: { "content-type": "text/plain" } });
    expect(r.statusCode).toBe(415);
    expect(r.headers["content-type"]).toContain("application/problem+json");
    expect(json(r).code).toBe("ONGELDIG_MEDIATYPE");
  });

  it("antwoordt 422 op kapotte JSON", async () => {
    const r = await opslaan({ body: '{"naam": "pl' });
    expect(r.statusCode).toBe(422);
    expect(json(r)).toMatchObject({ code: "ONGELDIGE_JSON", title: "Ongeldige invoer" });
  });

  it("antwoordt 422 op een __proto__-sleutel", async () => {
    const r = await opslaan({ body: '{"__proto__": {"x": 1}, "naam": "a", "regels": []}' });
    expect(r.statusCode).toBe(422);
  });

  it("noemt bij een ongeldige body het veld, in het Nederlands", async () => {
    const r = await opslaan({ body: JSON.stringify({ naam: "plan", regels: [{ fte: "1,5" }] }) });
    expect(r.statusCode).toBe(422);
    const p = json(r);
    expect(p).toMatchObject({ code: "ONGELDIGE_INVOER", veld: "regels[0].fte" });
    expect(p.detail).toMatch(/^Regel 1, fte: /);
  });

  it("noemt bij een ongeldige padparameter en query het veld", async () => {
    const p1 = json(await opslaan({ params: { zaakId: "x" } }));
    expect(p1).toMatchObject({ veld: "zaakId", detail: "Aanvraag: geen zaak-id" });
    const p2 = json(await opslaan({ query: { jaar: "2018" } }));
    expect(p2).toMatchObject({ status: 422, veld: "jaar" });
  });

  it("leest een base64-body zoals API Gateway die stuurt", async () => {
    ontvangen.length = 0;
    const body = Buffer.from(JSON.stringify({ naam: "b64", regels: [] })).toString("base64");
    const r = await opslaan({ body, isBase64Encoded: true });
    expect(r.statusCode).toBe(201);
    expect(ontvangen[0]!.body).toEqual({ naam: "b64", regels: [] });
  });

  it("geeft de operatie de geparste params, query en body", async () => {
    ontvangen.length = 0;
    await opslaan({ query: { jaar: "2020" } });
    expect(ontvangen[0]).toMatchObject({
      params: { zaakId: "z-1" },
      query: { jaar: 2020 },
      body: { naam: "plan", regels: [{ fte: "1.50" }] },
    });
  });
});

describe("antwoorden en fouten", () => {
  it("geeft elk probleem de vorm van RFC 9457 met code en correlatie-id", async () => {
    const r = await handler(event("GET /api/proef/weg", { claims: aanbieder, requestId: "rq-9" }));
    expect(r.statusCode).toBe(404);
    expect(r.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(json(r)).toEqual({
      type: "urn:kwaliteitsbudget:probleem:NIET_GEVONDEN",
      title: "Niet gevonden",
      status: 404,
      detail: "aanvraag bestaat niet of u heeft er geen toegang toe",
      code: "NIET_GEVONDEN",
      correlatieId: "rq-9",
    });
  });

  it("neemt het correlatie-id van de aanroeper over en stuurt het terug", async () => {
    const r = await opslaan({
      headers: { "Content-Type": "application/json", "X-Correlation-Id": "klik-42" },
    });
    expect(r.statusCode).toBe(201);
    expect(r.headers["x-correlation-id"]).toBe("klik-42");
  });

  it("gebruikt het request-id als het correlatie-id ontbreekt of geen net token is", async () => {
    const r = await opslaan({
      headers: { "content-type": "application/json", "x-correlation-id": "a\nb" },
      requestId: "rq-7",
    });
    expect(r.headers["x-correlation-id"]).toBe("rq-7");
    const fout = await opslaan({ claims: undefined, requestId: "rq-8" });
    expect(fout.headers["x-correlation-id"]).toBe("rq-8");
    expect(json(fout).correlatieId).toBe("rq-8");
  });

  it("verbergt bij een onverwachte fout de details, maar logt ze", async () => {
    const fout = vi.spyOn(Logger.prototype, "error");
    const r = await handler(event("GET /api/proef/fout", { claims: aanbieder, requestId: "rq-5" }));
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toContain("geheim");
    expect(r.body).not.toContain("tabel-xyz");
    expect(json(r)).toMatchObject({ code: "INTERNE_FOUT", correlatieId: "rq-5" });
    expect(fout).toHaveBeenCalled();
    const extra = fout.mock.calls[0]![1] as { error: Error };
    expect(extra.error.message).toContain("geheim");
  });

  it("stuurt een gemaakte weigering zoals gemaakt en logt een 5xx met de reden als fout", async () => {
    const fout = vi.spyOn(Logger.prototype, "error");
    const r = await handler(event("GET /api/proef/gemaakt", { claims: aanbieder }));
    expect(r).toEqual({
      statusCode: 502,
      headers: { "content-type": "text/plain" },
      body: "elders mis",
    });
    expect(fout).toHaveBeenCalledWith(
      "verzoek geweigerd",
      expect.objectContaining({ status: 502, reden: "de andere API antwoordde niet" }),
    );
  });

  it("stuurt status, eigen headers (kleine letters) en JSON, niet cachebaar", async () => {
    const r = await opslaan();
    expect(r.statusCode).toBe(201);
    expect(r.headers).toMatchObject({
      location: "/api/proef/z-1",
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    });
    expect(json(r)).toEqual({ ok: true });
  });

  it("stuurt tekst met eigen content-type ongewijzigd (CSV-export)", async () => {
    const r = await handler(event("GET /api/proef/csv", { claims: aanbieder }));
    expect(r.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(r.body).toBe("a;b\n1;2\n");
  });

  it("antwoordt 404 op een route die deze functie niet bedient", async () => {
    const r = await handler(event("GET /api/mij", { claims: aanbieder }));
    expect(r.statusCode).toBe(404);
    expect(json(r).code).toBe("ROUTE_ONBEKEND");
  });
});

describe("de fabriek", () => {
  it("weigert een handler die een route van zijn functie niet implementeert", () => {
    expect(() => maakHandler("indiening", {} as never, { routes: ROUTES })).toThrow(
      /geen operatie voor POST \/api\/proef\/\{zaakId\}/,
    );
  });

  it("weigert een operatie die niet in de routetabel staat", () => {
    expect(() =>
      maakHandler("indiening", { ...operaties, extra: () => ({}) } as never, { routes: ROUTES }),
    ).toThrow(/operatie extra staat niet in de routetabel/);
  });
});
