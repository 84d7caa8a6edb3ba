// The local gateway as API Gateway + JWT authorizer, over the emulators.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { MijSchema } from "#functions/lib/mijschema.js";
import { beveiligingskoppen } from "#infra/inhoudsbeleid.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, startApi, type TestGebruiker, vraag } from "./api.js";

const gw = metApi();
let beoordelaar: TestGebruiker;
const zk = uniek("zk");

beforeAll(async () => {
  beoordelaar = await gebruiker([
    { rol: "beoordelaar", zorgkantoorId: zk },
    { rol: "zorgkantoor-beheer", zorgkantoorId: zk },
  ]);
});

const isProbleem = (r: { headers: Headers; body: Record<string, unknown> | null }) => {
  expect(r.headers.get("content-type")).toContain("application/problem+json");
  expect(r.body).toMatchObject({ type: expect.any(String), title: expect.any(String) });
  expect(r.body!.correlatieId).toBe(r.headers.get("x-correlation-id"));
};

describe("publieke routes", () => {
  it("antwoordt op de gezondheidscontrole zonder token", async () => {
    const r = await vraag(gw, "/api/gezondheid");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: "ok" });
    expect(r.headers.get("x-correlation-id")).toBeTruthy();
  });

  it("stuurt op /api dezelfde beveiligingskoppen als CloudFront (één definitie)", async () => {
    const r = await vraag(gw, "/api/gezondheid");
    const verwacht = beveiligingskoppen({
      documenten: new URL(inject("lokaal").s3.endpoint).origin,
    });
    for (const [k, v] of Object.entries(verwacht)) expect(r.headers.get(k), k).toBe(v);
    expect(r.headers.get("strict-transport-security")).toMatch(/^max-age=63072000; /);
    const fout = await vraag(gw, "/api/mij");
    expect(fout.status).toBe(401);
    expect(fout.headers.get("x-frame-options")).toBe("DENY");
  });

  it("serveert het OpenAPI-document met /api/mij erin", async () => {
    const r = await vraag(gw, "/api/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ openapi: "3.1.0" });
    expect(r.body!.paths).toHaveProperty("/api/mij");
  });
});

/** A token signed with cognito-local's own key: valid but for what each test leaves out. */
async function eigenToken(zet: (j: SignJWT) => SignJWT): Promise<string> {
  const pad = createRequire(import.meta.url).resolve(
    "cognito-local/lib/keys/cognitoLocal.private.json",
  );
  const { jwk } = JSON.parse(readFileSync(pad, "utf8")) as { jwk: JWK };
  const sleutel = await importJWK(jwk, "RS256");
  const { issuer, clientId } = inject("lokaal").cognito;
  const j = new SignJWT({ email: "x@example.test", token_use: "id" })
    .setProtectedHeader({ alg: "RS256", kid: "CognitoLocal" })
    .setIssuer(issuer)
    .setAudience(clientId)
    .setSubject(beoordelaar.sub);
  return zet(j).sign(sleutel);
}

describe("het JWT-token (zoals de JWT-authorizer in AWS)", () => {
  it("neemt een token met de sleutel van de emulator, exp en iat nu aan (controle)", async () => {
    const t = await eigenToken((j) => j.setIssuedAt().setExpirationTime("1h"));
    expect((await vraag(gw, "/api/mij", { token: t })).status).toBe(200);
  });

  it("weigert een token zonder exp", async () => {
    const t = await eigenToken((j) => j.setIssuedAt());
    const r = await vraag(gw, "/api/mij", { token: t });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "TOKEN_ONGELDIG" });
  });

  it("weigert een token dat in de toekomst is uitgegeven (iat)", async () => {
    const over = Math.floor(Date.now() / 1000) + 3600;
    const t = await eigenToken((j) => j.setIssuedAt(over).setExpirationTime(over + 3600));
    const r = await vraag(gw, "/api/mij", { token: t });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "TOKEN_ONGELDIG" });
  });

  it("weigert een token dat nog niet geldig is (nbf)", async () => {
    const over = Math.floor(Date.now() / 1000) + 3600;
    const t = await eigenToken((j) => j.setIssuedAt().setNotBefore(over).setExpirationTime("2h"));
    expect((await vraag(gw, "/api/mij", { token: t })).status).toBe(401);
  });

  it("weigert een beschermde route zonder token met 401", async () => {
    const r = await vraag(gw, "/api/mij");
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toBe("Bearer");
    expect(r.body).toMatchObject({ code: "NIET_INGELOGD" });
    isProbleem(r);
  });

  it("weigert een token dat met een andere sleutel is getekend", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const { issuer, clientId } = inject("lokaal").cognito;
    const nep = await new SignJWT({ email: "x@example.test", token_use: "id" })
      .setProtectedHeader({ alg: "RS256", kid: "CognitoLocal" })
      .setIssuer(issuer)
      .setAudience(clientId)
      .setSubject(beoordelaar.sub)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
    const r = await vraag(gw, "/api/mij", { token: nep });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: "TOKEN_ONGELDIG" });
    isProbleem(r);
  });

  it("weigert een echt token van een andere uitgever", async () => {
    const lokaal = inject("lokaal");
    const ander = await startApi({
      omgeving: {
        ...lokaal,
        cognito: { ...lokaal.cognito, issuer: `${lokaal.cognito.issuer}-ander` },
      },
    });
    try {
      const r = await vraag(ander, "/api/mij", { token: beoordelaar.idToken });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: "TOKEN_ONGELDIG" });
    } finally {
      await ander.stop();
    }
  });

  it("weigert een echt token voor een andere app client", async () => {
    const lokaal = inject("lokaal");
    const ander = await startApi({
      omgeving: { ...lokaal, cognito: { ...lokaal.cognito, clientId: "andere-client" } },
    });
    try {
      expect((await vraag(ander, "/api/mij", { token: beoordelaar.idToken })).status).toBe(401);
    } finally {
      await ander.stop();
    }
  });

  it("weigert rommel en een token zonder 'Bearer'", async () => {
    expect((await vraag(gw, "/api/mij", { token: "abc.def.ghi" })).status).toBe(401);
    const r = await vraag(gw, "/api/mij", { headers: { authorization: beoordelaar.idToken } });
    expect(r.status).toBe(401);
  });
});

describe("GET /api/mij met een echt token", () => {
  it("geeft sub, e-mail en de lidmaatschappen uit DynamoDB", async () => {
    const r = await vraag(gw, "/api/mij", { token: beoordelaar.idToken });
    expect(r.status).toBe(200);
    expect(MijSchema.parse(r.body)).toEqual({
      sub: beoordelaar.sub,
      email: beoordelaar.email,
      lidmaatschappen: expect.arrayContaining([
        { rol: "beoordelaar", zorgkantoorId: zk },
        { rol: "zorgkantoor-beheer", zorgkantoorId: zk },
      ]),
    });
    expect((r.body!.lidmaatschappen as unknown[]).length).toBe(2);
  });

  it("aanvaardt ook het access token (zonder e-mail)", async () => {
    const r = await vraag(gw, "/api/mij", { token: beoordelaar.accessToken });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ sub: beoordelaar.sub, email: null });
  });

  it("weigert met 403 een geldig token zonder lidmaatschap op de server", async () => {
    const zonder = await gebruiker([]);
    const r = await vraag(gw, "/api/mij", { token: zonder.idToken });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: "GEEN_TOEGANG" });
    expect(String(r.body!.detail)).toContain("lidmaatschap");
    isProbleem(r);
  });

  it("stuurt het correlatie-id van de aanroeper terug", async () => {
    const id = uniek("klik");
    const r = await vraag(gw, "/api/mij", {
      token: beoordelaar.idToken,
      headers: { "x-correlation-id": id },
    });
    expect(r.headers.get("x-correlation-id")).toBe(id);
  });
});

describe("routering", () => {
  it("antwoordt 404 als problem+json op een onbekend pad", async () => {
    const r = await vraag(gw, "/api/bestaat-niet");
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ code: "ROUTE_ONBEKEND" });
    isProbleem(r);
  });

  it("antwoordt 405 met Allow op een bekend pad met een andere methode", async () => {
    const r = await vraag(gw, "/api/mij", { methode: "DELETE", token: beoordelaar.idToken });
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe("GET");
    isProbleem(r);
  });

  it("antwoordt 404 buiten /api/", async () => {
    expect((await vraag(gw, "/index.html")).status).toBe(404);
  });

  it("zet de klok per verzoek met x-kb-klok (lokaal instelbaar, §3.1)", async () => {
    const r = await vraag(gw, "/api/gezondheid", {
      headers: { "x-kb-klok": "2020-05-12T10:00:00+02:00" },
    });
    expect(r.headers.get("x-kb-klok")).toBe("2020-05-12T08:00:00.000Z");
  });
});
