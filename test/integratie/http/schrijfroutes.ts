// For the tests that walk every write route of the table on a table of their own (the audit
// coverage and the fuzz at depth): the write routes, an API on a fresh table with a user of each
// role in one organisation, and the audit records of that table.
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { ROUTES } from "#functions/routes.js";
import type { Gateway } from "#lokaal/gateway.js";
import { inrichten } from "#lokaal/inrichten.js";
import type { Rol } from "#shared/rollen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { clients, uniek } from "../fixture/index.js";
import { gebruiker, lidmaatschapIn, startApi, type TestGebruiker } from "./api.js";

/** Every route that changes something (or may), except the public ones. */
export const SCHRIJFROUTES = ROUTES.filter(
  (r) => r.methode !== "GET" && (r.rollen as unknown) !== "publiek",
);

export interface EigenTabel {
  gw: Gateway;
  tabelNaam: string;
  eigen: Zaakscope;
  bellers: Map<Rol, TestGebruiker>;
}

/** An API on a table of its own, and a user of each role in the organisation `eigen`. */
export async function eigenTabel(naam: string): Promise<EigenTabel> {
  const tabelNaam = `${naam}-${Date.now()}`;
  const gw = await startApi({ inrichting: await inrichten(inject("lokaal"), { tabelNaam }) });
  const eigen: Zaakscope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
  const bellers = new Map<Rol, TestGebruiker>();
  const rollen: Rol[] = ["aanbieder", "beoordelaar", "zorgkantoor-beheer", "landelijk-beheer"];
  for (const r of rollen) bellers.set(r, await gebruiker([lidmaatschapIn(r, eigen)]));
  return { gw, tabelNaam, eigen, bellers };
}

/** The audit records of the table (a Scan: fine on a test's own table; no request path scans). */
export async function auditRecords(tabelNaam: string): Promise<Record<string, unknown>[]> {
  const uit: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await clients().doc.send(
      new ScanCommand({
        TableName: tabelNaam,
        FilterExpression: "soort = :a",
        ExpressionAttributeValues: { ":a": "audit" },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    uit.push(...((r.Items ?? []) as Record<string, unknown>[]));
    start = r.LastEvaluatedKey;
  } while (start);
  return uit;
}
