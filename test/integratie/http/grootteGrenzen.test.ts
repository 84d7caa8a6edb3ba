// Hardening: large but valid content is refused as a 4xx that changes nothing, and no single
// request — oversize, failing, or aborted by its client — takes the local gateway down.
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { metApi, uniek, VERRE_JAREN, volledigeInhoud, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "./api.js";

const gw = metApi();
let aanbieder: TestGebruiker;
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };

beforeAll(async () => {
  aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]);
});

const MB = 1024 * 1024;

/** Valid content: the complete content with `n` overige lines, each described by `tekst`. */
function inhoudVan(jaar: number, n: number, tekst = "Scholing dementiezorg"): AanvraagInvoer {
  const v = volledigeInhoud(jaar);
  const j = v.begroting![0]!;
  const regel = j.overige![0]!;
  const overige = Array.from({ length: n }, (_, i) => ({
    ...regel,
    id: `o-${i}`,
    omschrijving: tekst,
  }));
  return { ...v, begroting: [{ ...j, overige }] };
}

/** The number of overige lines that makes the content about `bytes` of JSON. */
function regelsVoor(jaar: number, bytes: number): number {
  const een = JSON.stringify(inhoudVan(jaar, 1)).length;
  const per = JSON.stringify(inhoudVan(jaar, 2)).length - een;
  return Math.ceil((bytes - een) / per) + 1;
}

/** The refusal a too large request must get: a 4xx problem with a Dutch message, never 500. */
function weigertNet(r: { status: number; body: Record<string, unknown> | null }): void {
  expect([413, 422]).toContain(r.status);
  expect(r.body).toMatchObject({ status: r.status, detail: expect.any(String) });
  if (r.status === 413) expect(r.body!.detail).toMatch(/te groot|hoogstens/);
}

async function leesAlsAanbieder(id: string) {
  const r = await vraag(gw, `/api/aanvragen/${id}`, { token: aanbieder.idToken });
  expect(r.status).toBe(200);
  // What a refused write could have changed: the version and the content. (The findings are
  // recomputed at "now" and may name the minute, so they differ between two reads.)
  const { versie, huidigeVersie } = r.body as { versie: number; huidigeVersie: unknown };
  return { versie, huidigeVersie };
}

describe("grote maar geldige inhoud (PUT /api/aanvragen/{id}/inhoud)", () => {
  it("drie van ~9,7 MB en één van ~11 MB tegelijk: elk een 4xx, de gateway leeft, niets veranderd", async () => {
    const zaak = await zaakIn("concept", { ...scope, jaren: VERRE_JAREN, inhoud: "volledig" });
    const voor = await leesAlsAanbieder(zaak.id);
    const put = (bytes: number) =>
      vraag(gw, `/api/aanvragen/${zaak.id}/inhoud`, {
        methode: "PUT",
        token: aanbieder.idToken,
        body: { versie: voor.versie, inhoud: inhoudVan(zaak.jaar, regelsVoor(zaak.jaar, bytes)) },
      });
    const antwoorden = await Promise.all([
      put(9.7 * MB),
      put(9.7 * MB),
      put(9.7 * MB),
      put(11 * MB),
    ]);
    for (const r of antwoorden) weigertNet(r);
    // Over API Gateway's 10 MB the gateway itself refuses, naming the limit.
    expect(antwoorden[3]).toMatchObject({ status: 413, body: { code: "TE_GROOT" } });
    expect(antwoorden[3]!.body!.detail).toContain("10 MB");

    expect((await vraag(gw, "/api/gezondheid")).status).toBe(200);
    expect(await leesAlsAanbieder(zaak.id)).toEqual(voor);
  }, 120_000);

  it("inhoud binnen de schemagrenzen die het DynamoDB-item te groot maakt: 413, niets veranderd", async () => {
    const zaak = await zaakIn("concept", { ...scope, jaren: VERRE_JAREN, inhoud: "volledig" });
    const voor = await leesAlsAanbieder(zaak.id);
    // 30 lines with a description of the schema's 20.000 characters: ~600 KB, under 10 MB.
    const inhoud = inhoudVan(zaak.jaar, 30, "x".repeat(20_000));
    const r = await vraag(gw, `/api/aanvragen/${zaak.id}/inhoud`, {
      methode: "PUT",
      token: aanbieder.idToken,
      body: { versie: voor.versie, inhoud },
    });
    expect(r).toMatchObject({ status: 413, body: { code: "TE_GROOT" } });
    expect(r.body!.detail).toContain("400 KB");
    expect(await leesAlsAanbieder(zaak.id)).toEqual(voor);
  });

  it("weigert op de Content-Length-kop alleen al, zonder de body te lezen", async () => {
    const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${gw.url}/api/aanvragen`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${aanbieder.idToken}`,
          "content-type": "application/json",
          "content-length": String(11 * MB),
        },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.write("{"); // the rest never comes: the answer may not wait for it
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ code: "TE_GROOT" });
  });
});

describe("een client die halverwege afbreekt", () => {
  it("laat de gateway heel: het volgende verzoek krijgt antwoord", async () => {
    for (const pad of ["/api/aanvragen", "/api/gezondheid"]) {
      await new Promise<void>((resolve) => {
        const req = request(`${gw.url}${pad}`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${aanbieder.idToken}`,
            "content-type": "application/json",
            "content-length": String(5 * MB),
          },
        });
        req.on("error", () => resolve()); // the abort's own error, on the client side
        req.write(Buffer.alloc(MB, 0x20), () => {
          req.destroy();
          resolve();
        });
      });
    }
    // A client that sends all and leaves before the answer: the write to it fails (EPIPE).
    await new Promise<void>((resolve) => {
      const req = request(`${gw.url}/api/aanvragen`, {
        method: "POST",
        headers: { authorization: `Bearer ${aanbieder.idToken}` },
      });
      req.on("error", () => resolve());
      req.end("{}", () => {
        req.destroy();
        resolve();
      });
    });
    await new Promise((r) => setTimeout(r, 200));
    expect((await vraag(gw, "/api/gezondheid")).status).toBe(200);
    expect((await vraag(gw, "/api/mij", { token: aanbieder.idToken })).status).toBe(200);
  });
});
