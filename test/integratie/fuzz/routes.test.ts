// fuzz: for every route of the route table, random and malformed bodies, ids and query
// strings, from every role and without a token → always a 4xx or a success, never a 5xx; and a
// refused request changes nothing. The file has a table of its own, so the before/after
// comparison sees no writes of other test files.
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { ROUTES, type Route } from "#functions/routes.js";
import type { Gateway } from "#lokaal/gateway.js";
import { inrichten } from "#lokaal/inrichten.js";
import { ROLLEN } from "#shared/rollen.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";
import { clients, uniek } from "../fixture/index.js";
import { gebruiker, startApi } from "../http/api.js";

const RUNS_PER_ROUTE = 12;

let gw: Gateway;
let tabelNaam: string;
const tokens: (string | undefined)[] = [undefined];
const eigen = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };

async function inhoud(): Promise<string> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await clients().doc.send(
      new ScanCommand({ TableName: tabelNaam, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(r.Items ?? []));
    start = r.LastEvaluatedKey;
  } while (start);
  return JSON.stringify(items.map((i) => JSON.stringify(i)).sort());
}

beforeAll(async () => {
  tabelNaam = `fuzz-${Date.now()}`;
  const inrichting = await inrichten(inject("lokaal"), { tabelNaam });
  gw = await startApi({ inrichting });
  const lid = (rol: (typeof ROLLEN)[number]): Lidmaatschap =>
    rol === "aanbieder"
      ? { rol, aanbiederId: eigen.aanbiederId }
      : rol === "landelijk-beheer"
        ? { rol }
        : { rol, zorgkantoorId: eigen.zorgkantoorId };
  for (const rol of ROLLEN) tokens.push((await gebruiker([lid(rol)])).idToken);
}, 60_000);

afterAll(async () => {
  await gw?.stop();
  sluitClients();
});

const rommel = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme-composite", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "..",
    "../../etc/passwd",
    "%00",
    "0",
    "-1",
    "null",
    "x".repeat(2000),
    "2020-13-45",
  ),
  fc.uuid(),
);

const body = fc.oneof(
  fc.record({ soort: fc.constant("json" as const), waarde: fc.jsonValue() }),
  fc.record({ soort: fc.constant("json" as const), waarde: fc.anything() }),
  fc.record({
    soort: fc.constant("rauw" as const),
    waarde: fc.constantFrom("{", "[1,", "nul", "\u0000", '{"a":}'),
  }),
  fc.record({ soort: fc.constant("tekst" as const), waarde: fc.string() }),
  fc.constant({ soort: "geen" as const, waarde: undefined }),
);

function pad(route: Route, waarden: string[]): string {
  let i = 0;
  return route.pad.replace(/\{[^}]+\}/g, () => encodeURIComponent(waarden[i++] ?? "x"));
}

describe("fuzz over de routetabel: nooit een 5xx, een weigering verandert niets", () => {
  for (const route of ROUTES) {
    it(`${route.methode} ${route.pad}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(rommel, { minLength: 4, maxLength: 4 }),
          fc.dictionary(fc.string({ maxLength: 12 }), rommel, { maxKeys: 4 }),
          body,
          fc.integer({ min: 0, max: tokens.length - 1 }),
          async (ids, query, b, wie) => {
            const voor = route.methode === "GET" ? "" : await inhoud();
            const url = new URL(pad(route, ids), gw.url);
            for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
            const token = tokens[wie];
            const headers: Record<string, string> = token
              ? { authorization: `Bearer ${token}` }
              : {};
            let verzonden: string | undefined;
            if (b.soort === "json") {
              headers["content-type"] = "application/json";
              verzonden = JSON.stringify(b.waarde) ?? "null";
            } else if (b.soort === "rauw") {
              headers["content-type"] = "application/json";
              verzonden = b.waarde;
            } else if (b.soort === "tekst") {
              headers["content-type"] = "text/plain";
              verzonden = b.waarde;
            }
            const r = await fetch(url, {
              method: route.methode,
              headers,
              body: route.methode === "GET" ? undefined : verzonden,
            });
            const tekst = await r.text();
            expect(
              r.status,
              `${route.methode} ${url.pathname}: ${tekst.slice(0, 300)}`,
            ).toBeLessThan(500);
            if (r.status >= 400) {
              expect(r.headers.get("content-type")).toMatch(/application\/problem\+json/);
              if (route.methode !== "GET") expect(await inhoud()).toBe(voor);
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    }, 60_000);
  }
});
