import { describe, expect, it } from "vitest";
import { agTijd, alsClaims, maakGebeurtenis } from "#functions/lib/gebeurtenis.js";
import { routeVoorSleutel } from "#functions/routes.js";

const mij = routeVoorSleutel("GET /api/mij")!;

describe("een API Gateway v2-event bouwen", () => {
  const basis = {
    route: mij,
    params: {},
    methode: "GET",
    rawPath: "/api/mij",
    rawQueryString: "a=1&a=2&b=x%20y",
    headers: {
      host: ["127.0.0.1:4321"],
      "content-type": ["application/json"],
      cookie: ["x=1; y=2"],
      "x-dubbel": ["een", "twee"],
    },
    requestId: "rq-1",
    tijd: new Date("2020-03-12T19:03:58Z"),
  };

  it("zet routeKey, headers, cookies en queryparameters zoals API Gateway", () => {
    const e = maakGebeurtenis(basis);
    expect(e.version).toBe("2.0");
    expect(e.routeKey).toBe("GET /api/mij");
    expect(e.requestContext.routeKey).toBe("GET /api/mij");
    expect(e.headers).toEqual({
      host: "127.0.0.1:4321",
      "content-type": "application/json",
      "x-dubbel": "een,twee",
    });
    expect(e.cookies).toEqual(["x=1", "y=2"]);
    expect(e.queryStringParameters).toEqual({ a: "1,2", b: "x y" });
    expect(e.rawQueryString).toBe("a=1&a=2&b=x%20y");
    expect(e.pathParameters).toBeUndefined();
    expect(e.requestContext.time).toBe("12/Mar/2020:19:03:58 +0000");
    expect(e.requestContext.authorizer).toBeUndefined();
    expect(e.body).toBeUndefined();
    expect(e.isBase64Encoded).toBe(false);
  });

  it("geeft een JSON-body als tekst en een PDF als base64", () => {
    const json = maakGebeurtenis({ ...basis, body: Buffer.from('{"a":1}') });
    expect(json).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    const pdf = maakGebeurtenis({
      ...basis,
      headers: { "content-type": ["application/pdf"] },
      body: Buffer.from("%PDF-1.7"),
    });
    expect(pdf).toMatchObject({
      body: Buffer.from("%PDF-1.7").toString("base64"),
      isBase64Encoded: true,
    });
  });

  it("geeft de claims van het token als tekst door, zoals de JWT-authorizer", () => {
    const claims = alsClaims({
      sub: "s-1",
      exp: 1600000000,
      "cognito:groups": ["aanbieder", "beoordelaar"],
      email_verified: true,
    });
    expect(claims).toEqual({
      sub: "s-1",
      exp: "1600000000",
      "cognito:groups": "[aanbieder beoordelaar]",
      email_verified: "true",
    });
    const e = maakGebeurtenis({ ...basis, claims: { ...claims, scope: "a b" } });
    expect(e.requestContext.authorizer?.jwt?.claims?.sub).toBe("s-1");
    expect(e.requestContext.authorizer?.jwt?.scopes).toEqual(["a", "b"]);
  });

  it("schrijft de tijd van het verzoek in het formaat van API Gateway", () => {
    expect(agTijd(new Date("2026-01-05T03:04:05Z"))).toBe("05/Jan/2026:03:04:05 +0000");
  });
});
