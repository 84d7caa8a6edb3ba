// Hardening, DOMAIN.md §12: every change leaves an audit record — generated from the route table,
// so a new write route cannot forget it. For each write route (POST/PUT/PATCH/DELETE), its
// authorisation-matrix example (../http/voorbeelden.ts) runs once as an allowed caller of the own
// organisation; the request's correlation id must then be on an audit record that says who
// (sub and role), when, what (event) and the change (before and/or after). A route that changes
// nothing (a preview) is listed below with the reason. The file has a table of its own.
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sluitClients } from "../../../functions/data/clients.js";
import { ROUTES } from "../../../functions/routes.js";
import type { Gateway } from "../../../lokaal/gateway.js";
import { inrichten } from "../../../lokaal/inrichten.js";
import type { Rol } from "../../../shared/rollen.js";
import type { Zaakscope } from "../../../shared/toegang/lidmaatschap.js";
import {
  gebruiker,
  lidmaatschapIn,
  startApi,
  type TestGebruiker,
  uniek,
  vraag,
} from "../http/api.js";
import { VOORBEELDEN } from "../http/voorbeelden.js";
import { clients } from "../omgeving.js";

/** Write routes that store nothing, so leave no audit record — with the reason. */
const GEEN_WIJZIGING: Readonly<Record<string, string>> = {
  "POST /api/aanvragen/{aanvraagId}/jaarverslag/voorbeeld":
    "een voorbeeld van de nacalculatie met een jaarverslag in wording; slaat niets op",
  "POST /api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/controle":
    "toetst een herschikkingsvoorstel aan §8; slaat niets op",
  "POST /api/zorgkantoren/{zorgkantoorId}/voorschot/maandrun":
    "het voorbeeld is een proefrun (proef: true), die niets opslaat; een echte run schrijft per opdracht een auditrecord met het correlatie-id van het verzoek",
};

let gw: Gateway;
let tabelNaam: string;
const eigen: Zaakscope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const bellers = new Map<Rol, TestGebruiker>();

beforeAll(async () => {
  tabelNaam = `audit-${Date.now()}`;
  gw = await startApi({ inrichting: await inrichten(inject("lokaal"), { tabelNaam }) });
  const rollen: Rol[] = ["aanbieder", "beoordelaar", "zorgkantoor-beheer", "landelijk-beheer"];
  for (const r of rollen) bellers.set(r, await gebruiker([lidmaatschapIn(r, eigen)]));
}, 60_000);
afterAll(async () => {
  await gw?.stop();
  sluitClients();
});

async function auditMet(correlatieId: string): Promise<Record<string, unknown>[]> {
  const uit: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    // A Scan is fine on a table of this test's own; no request path scans.
    const r = await clients().doc.send(
      new ScanCommand({
        TableName: tabelNaam,
        FilterExpression: "soort = :a AND correlatieId = :c",
        ExpressionAttributeValues: { ":a": "audit", ":c": correlatieId },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    uit.push(...((r.Items ?? []) as Record<string, unknown>[]));
    start = r.LastEvaluatedKey;
  } while (start);
  return uit;
}

const schrijfroutes = ROUTES.filter(
  (r) => r.methode !== "GET" && (r.rollen as unknown) !== "publiek",
);

describe("elke wijziging laat een auditrecord na (§12), uit de routetabel", () => {
  it.each(schrijfroutes.map((r) => ({ naam: `${r.methode} ${r.pad}`, route: r })))(
    "$naam",
    async ({ naam, route }) => {
      const rol = (route.rollen as readonly Rol[])[0]!;
      const wie = bellers.get(rol)!;
      const req = await VOORBEELDEN[route.operatie].verzoek({ beller: rol, zaak: eigen });
      const r = await vraag(gw, req.pad, {
        methode: route.methode,
        token: wie.idToken,
        query: req.query,
        body: req.body,
        headers: req.headers,
      });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      const records = await auditMet(String(r.headers.get("x-correlation-id")));
      if (naam in GEEN_WIJZIGING) {
        expect(records, GEEN_WIJZIGING[naam]).toEqual([]);
        return;
      }
      expect(records.length, `${naam}: geen auditrecord`).toBeGreaterThan(0);
      for (const a of records) {
        expect(a.wie, naam).toEqual({ sub: wie.sub, rol });
        expect(typeof a.wanneer).toBe("string");
        expect(typeof a.gebeurtenis).toBe("string");
        expect(a.voor !== undefined || a.na !== undefined, `${naam}: voor of na`).toBe(true);
      }
    },
  );
});
