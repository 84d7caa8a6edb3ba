// Hardening: the /cognito proxy of the local portal forwards only the public calls the site makes
// (log-in, MFA set-up), as AWS allows no admin call without IAM credentials. Before, an
// AdminSetUserPassword through the proxy without any credentials answered 200 (account takeover
// on a shared demo) and ListUsers listed every user.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn, maakGebruiker } from "#lokaal/inrichten.js";
import { siteHandler } from "#lokaal/site.js";
import { omgeving, uniek } from "../fixture/index.js";

const { lokaal } = omgeving();
const wachtwoord = "Geheim-wachtwoord-1!";
const email = `${uniek("slachtoffer")}@example.test`;
const map = mkdtempSync(join(tmpdir(), "kb-site-"));
let server: Server;
let url = "";

beforeAll(async () => {
  await maakGebruiker(lokaal, email, wachtwoord, ["aanbieder"]);
  server = createServer(
    siteHandler({
      map,
      cognitoEndpoint: lokaal.cognito.endpoint,
      clientId: lokaal.cognito.clientId,
      documentenOrigin: "http://localhost:1",
    }),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cognito`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  rmSync(map, { recursive: true, force: true });
});

const cognito = (actie: string, body: object) =>
  fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWSCognitoIdentityProviderService.${actie}`,
    },
    body: JSON.stringify(body),
  });

describe("de /cognito-proxy van het lokale portaal", () => {
  it("weigert AdminSetUserPassword zonder inloggegevens: het wachtwoord blijft", async () => {
    const r = await cognito("AdminSetUserPassword", {
      UserPoolId: lokaal.cognito.userPoolId,
      Username: email,
      Password: "Overgenomen-1!",
      Permanent: true,
    });
    expect(r.status).toBe(403);
    expect((await r.json()) as object).toMatchObject({ __type: "AccessDeniedException" });
    await expect(logIn(lokaal, email, wachtwoord)).resolves.toHaveProperty("idToken");
    await expect(logIn(lokaal, email, "Overgenomen-1!")).rejects.toBeDefined();
  });

  it("weigert ListUsers en andere niet-openbare aanroepen, ook zonder naam", async () => {
    for (const actie of ["ListUsers", "AdminGetUser", "AdminCreateUser", "DeleteUserPool"]) {
      const r = await cognito(actie, { UserPoolId: lokaal.cognito.userPoolId });
      expect(r.status, actie).toBe(403);
    }
    const zonder = await fetch(url, { method: "POST", body: "{}" });
    expect(zonder.status).toBe(403);
  });

  it("laat inloggen door (InitiateAuth), zoals de site dat doet", async () => {
    const r = await cognito("InitiateAuth", {
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: lokaal.cognito.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: wachtwoord },
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { AuthenticationResult?: { IdToken?: string } };
    expect(body.AuthenticationResult?.IdToken).toBeTruthy();
  });
});
