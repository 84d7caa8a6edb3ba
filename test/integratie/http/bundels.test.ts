// The Lambdas as they are deployed — the esbuild bundles of lokaal/bundels.ts, built with
// the options the CDK stack gives NodejsFunction (banner, aliases of the built-ins) — answer every
// route of the table: one call per route that must succeed (its first allowed role, own tenant),
// through the gateway running the .mjs bundles instead of the TypeScript sources. The other HTTP
// tests run the sources; this one guards what a bundling option could break without a compile
// error (an alias, the require banner, tree shaking).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { bouwBundels } from "#lokaal/bundels.js";
import type { Gateway } from "#lokaal/gateway.js";
import { ROLLEN, type Rol } from "#shared/rollen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../fixture/index.js";
import { gebruiker, lidmaatschapIn, startApi, vraag } from "./api.js";
import { autorisatieMatrix, type Geval, gevalNaam } from "./matrix.js";
import { VOORBEELDEN } from "./voorbeelden.js";

const map = mkdtempSync(join(tmpdir(), "kb-bundels-test-"));
const eigen: Zaakscope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const tokens = new Map<Rol, string>();
let gw: Gateway;

/** Per route the first case of the matrix that must succeed. */
const gevallen: Geval[] = [
  ...new Map(
    autorisatieMatrix(VOORBEELDEN)
      .filter((g) => g.verwacht === "succes" && g.tenant === "eigen")
      .map((g) => [`${g.route.methode} ${g.route.pad}`, g] as const)
      .reverse(), // a Map keeps the last value per key: reversed, that is the first case
  ).values(),
];

beforeAll(async () => {
  await bouwBundels(map);
  gw = await startApi({ bundelMap: map });
  const gebruikers = await Promise.all(ROLLEN.map((r) => gebruiker([lidmaatschapIn(r, eigen)])));
  for (const [i, r] of ROLLEN.entries()) tokens.set(r, gebruikers[i]!.idToken);
}, 120_000);
afterAll(async () => {
  await gw?.stop();
  sluitClients();
  rmSync(map, { recursive: true, force: true });
});

describe("de gebundelde Lambda's (zoals uitgerold) beantwoorden elke route", () => {
  it("heeft voor elke route een geval", () => {
    expect(gevallen.length).toBe(new Set(gevallen.map((g) => g.route.operatie)).size);
    expect(gevallen.length).toBeGreaterThan(50);
  });

  for (const g of gevallen) {
    it(gevalNaam(g), async () => {
      const req = await VOORBEELDEN[g.route.operatie].verzoek({ beller: g.beller, zaak: eigen });
      const r = await vraag(gw, req.pad, {
        methode: g.route.methode,
        token: g.beller === "anoniem" ? undefined : tokens.get(g.beller),
        query: req.query,
        body: req.body,
        // A route open only in a window (the herschikking, §15.2) needs the example's clock.
        headers: req.headers,
      });
      expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(200);
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    });
  }
});
