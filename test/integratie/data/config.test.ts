// The back end's configuration comes from environment variables, read in one module,
// validated, with the defaults of the brief.
import { describe, expect, it } from "vitest";
import { ConfigFout, leesConfig } from "#functions/lib/config.js";

describe("configuratie", () => {
  it("neemt de standaardwaarden als niets is gezet (ook bij lege variabelen)", () => {
    const c = leesConfig({ DYNAMODB_ENDPOINT: "", TABEL_NAAM: "" });
    expect(c).toEqual({
      tabelNaam: "kwaliteitsbudget",
      documentenBucket: "kb-documenten",
      regio: "eu-west-1",
      dynamodbEndpoint: undefined,
      s3Endpoint: undefined,
      sesEndpoint: undefined,
      cognitoIssuer: undefined,
      cognitoJwksUri: undefined,
      cognitoClientId: undefined,
      klok: undefined,
      klokInstelbaar: false,
    });
  });

  it("leest de lokale endpoints, Cognito en de demoklok", () => {
    const c = leesConfig({
      TABEL_NAAM: "kb-test",
      AWS_REGION: "eu-central-1",
      DYNAMODB_ENDPOINT: "http://127.0.0.1:8000",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      COGNITO_ISSUER: "http://127.0.0.1:9229/local_abc",
      COGNITO_CLIENT_ID: "client",
      KB_KLOK: "2020-05-12T10:00:00+02:00",
      KB_KLOK_INSTELBAAR: "1",
    });
    expect(c.tabelNaam).toBe("kb-test");
    expect(c.regio).toBe("eu-central-1");
    expect(c.dynamodbEndpoint).toBe("http://127.0.0.1:8000");
    expect(c.klok?.toISOString()).toBe("2020-05-12T08:00:00.000Z");
    expect(c.klokInstelbaar).toBe(true);
  });

  it("weigert een ongeldige waarde met een melding die de variabele noemt", () => {
    expect(() => leesConfig({ DYNAMODB_ENDPOINT: "localhost:8000" })).toThrow(ConfigFout);
    expect(() => leesConfig({ DYNAMODB_ENDPOINT: "localhost:8000" })).toThrow(/DYNAMODB_ENDPOINT/);
    expect(() => leesConfig({ TABEL_NAAM: "kb" })).toThrow(/TABEL_NAAM/);
    expect(() => leesConfig({ AWS_REGION: "Europa" })).toThrow(/AWS_REGION/);
  });
});
