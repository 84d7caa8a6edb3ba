// Hardening: the largest input every write route's schema allows, sent through the API.
// Generated from the route table, so a new route is covered the moment it is added: its valid
// example (voorbeelden.ts) grown to the body schema's maxima (grootsteInvoer.ts) — once as large
// as the schema allows (stopped at ~10,5 MB: the gateway refuses over 10 MB anyway), and, when
// that is over 10 MB, once scaled to just under it, so DynamoDB's item and transaction limits are
// reached and not only the gateway's. Each must be stored, or refused as 413/422 with a Dutch
// problem; never a 5xx, and the gateway keeps answering. The file has a table of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { sluitClients } from "#functions/data/clients.js";
import type { Route } from "#functions/lib/route.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import type { Rol } from "#shared/rollen.js";
import { type Antwoord, vraag } from "./api.js";
import { grootsteInvoer, type Json } from "./grootsteInvoer.js";
import { type EigenTabel, eigenTabel, SCHRIJFROUTES } from "./schrijfroutes.js";
import { VOORBEELDEN } from "./voorbeelden.js";

const MB = 1024 * 1024;
/** API Gateway's limit, as the local gateway applies it (lokaal/gateway.ts). */
const GATEWAY_MAX = 10 * MB;

// The content of an aanvraag is a record in the route schema (checked by AanvraagSchema in a
// refinement, so its errors carry their paths); grow it by AanvraagSchema itself. `documenten`
// is the server's: the route refuses it in the content.
const inhoud = z.toJSONSchema(AanvraagSchema, { io: "input", unrepresentable: "any" });
delete (inhoud.properties as Record<string, unknown>).documenten;
const VERVANGINGEN = { AanvraagInhoud: inhoud as Record<string, unknown> };

// A Dutch message has Dutch words and none of the English of a library's default message.
const NEDERLANDS =
  /\b(de|het|een|is|te|van|niet|geen|hoogstens|of|en|bij|voor|moet|mag|ongeldige|verwacht|ontving)\b/i;
const ENGELS = /\b(invalid|expected|required|received|must|should|too (big|small)|unrecognized)\b/i;

let t: EigenTabel;
const telling = { routes: 0, verzoeken: 0, opgeslagen: 0, "413": 0, "422": 0 };
const codes422: Record<string, number> = {};

beforeAll(async () => {
  t = await eigenTabel("grootste");
}, 60_000);
afterAll(async () => {
  await t?.gw.stop();
  sluitClients();
  console.log(`grootste invoer: ${JSON.stringify({ ...telling, codes422 })}`);
});

/** Stored, or refused as too large or invalid with a Dutch problem; never a 5xx. */
function opgeslagenOfNetGeweigerd(naam: string, r: Antwoord): void {
  const wat = `${naam}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
  telling.verzoeken++;
  // GROOTSTE_LOG=1 prints every outcome, to see which refusals are semantic.
  if (process.env.GROOTSTE_LOG) console.log(wat.slice(0, 450));
  if (r.status < 300) {
    telling.opgeslagen++;
    return;
  }
  expect([413, 422], wat).toContain(r.status);
  expect(r.headers.get("content-type"), wat).toMatch(/application\/problem\+json/);
  const detail = String(r.body?.detail);
  expect(detail, wat).toMatch(NEDERLANDS);
  expect(detail, wat).not.toMatch(ENGELS);
  if (r.status === 413) {
    telling["413"]++;
    // Names the limit: the gateway's 10 MB or DynamoDB's 400 KB / 4 MB.
    expect(detail, wat).toMatch(/te groot|hoogstens/);
    expect(detail, wat).toMatch(/hoogstens \d+ (KB|MB)/);
  } else {
    telling["422"]++;
    const code = String(r.body?.code);
    codes422[code] = (codes422[code] ?? 0) + 1;
  }
}

describe("de grootste invoer van elke schrijfroute", () => {
  it.each(SCHRIJFROUTES.map((r) => ({ naam: `${r.methode} ${r.pad}`, route: r })))(
    "$naam: opgeslagen of 413/422, nooit 500",
    async ({ naam, route }) => {
      telling.routes++;
      const rol = (route.rollen as readonly Rol[])[0]!;
      const wie = t.bellers.get(rol)!;
      const body = (route as Route).body;
      const schema = body
        ? (z.toJSONSchema(body, { io: "input", unrepresentable: "any" }) as Record<string, unknown>)
        : undefined;
      const budgetten = [10.5 * MB, 9.5 * MB];
      let grootste = 0;
      const onbegrensd = new Set<string>();
      for (const [i, budget] of budgetten.entries()) {
        // A fresh example each time: the first variant may have been stored.
        const req = await VOORBEELDEN[route.operatie].verzoek({ beller: rol, zaak: t.eigen });
        const groei = schema
          ? grootsteInvoer(schema, req.body as Json, { budget, vervangingen: VERVANGINGEN })
          : { waarde: req.body as Json, onbegrensd: [] };
        for (const p of groei.onbegrensd) onbegrensd.add(p);
        const tekst = JSON.stringify(groei.waarde ?? null);
        // The scaled variant only where the largest one is over the gateway's limit.
        if (i > 0 && grootste <= GATEWAY_MAX) break;
        if (i === 0) grootste = tekst.length;
        else expect(tekst.length).toBeLessThanOrEqual(GATEWAY_MAX);
        const r = await vraag(t.gw, req.pad, {
          methode: route.methode,
          token: wie.idToken,
          query: req.query,
          headers: req.headers,
          body: groei.waarde,
        });
        opgeslagenOfNetGeweigerd(`${naam} (${(tekst.length / MB).toFixed(2)} MB)`, r);
      }
      expect((await vraag(t.gw, "/api/gezondheid")).status).toBe(200);
      // Limits everywhere: a text or list without a maximum grows only to the byte budget.
      expect([...onbegrensd], `${naam}: zonder maximum`).toEqual([]);
    },
    120_000,
  );
});
