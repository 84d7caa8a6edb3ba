// Hardening: strict input on every route. Each body, query and path schema of the route table
// refuses fields it does not know (zod strictObject → JSON Schema additionalProperties: false),
// so nothing a caller sends is silently dropped — checked from the table, so a new route cannot
// forget it.

import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ROUTES } from "#functions/routes.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";

type Knoop = Record<string, unknown>;

/** The JSON paths of every object node that allows fields it does not list. */
function open(knoop: unknown, pad: string, uit: string[]): string[] {
  if (Array.isArray(knoop)) for (const [i, k] of knoop.entries()) open(k, `${pad}[${i}]`, uit);
  else if (knoop && typeof knoop === "object") {
    const k = knoop as Knoop;
    const isObject = k.type === "object" || k.properties !== undefined;
    const vrij = k.additionalProperties === undefined || k.additionalProperties === true;
    if (isObject && vrij && k.propertyNames === undefined) uit.push(pad || "(hoofdniveau)");
    for (const [sleutel, w] of Object.entries(k)) open(w, `${pad}.${sleutel}`, uit);
  }
  return uit;
}

/** An anchored pattern without an open-ended repetition (e.g. ^\d{4}$) bounds the length. */
const begrensdPatroon = (p: unknown): boolean =>
  typeof p === "string" && /^\^.*\$$/.test(p) && !/[+*]|\{\d+,\}/.test(p.replace(/\\./g, ""));

/** The JSON paths of every text or list without a maximum. */
function onbegrensd(knoop: unknown, pad: string, uit: string[]): string[] {
  if (Array.isArray(knoop))
    for (const [i, k] of knoop.entries()) onbegrensd(k, `${pad}[${i}]`, uit);
  else if (knoop && typeof knoop === "object") {
    const k = knoop as Knoop;
    const vast =
      k.enum !== undefined ||
      k.const !== undefined ||
      k.format !== undefined ||
      begrensdPatroon(k.pattern);
    if (k.type === "string" && k.maxLength === undefined && !vast) uit.push(`${pad} (tekst)`);
    if (k.type === "array" && k.maxItems === undefined) uit.push(`${pad} (lijst)`);
    for (const [sleutel, w] of Object.entries(k)) onbegrensd(w, `${pad}.${sleutel}`, uit);
  }
  return uit;
}

const invoer = [
  ...ROUTES.flatMap((r) =>
    (["body", "query", "params"] as const).flatMap((deel) => {
      const schema = (r as unknown as Record<string, z.ZodType | undefined>)[deel];
      return schema ? [{ naam: `${r.methode} ${r.pad} ${deel}`, schema }] : [];
    }),
  ),
  // The routes' aanvraag content is a record checked by AanvraagSchema in a refinement, so its
  // JSON Schema is opaque there: check the content schema itself.
  { naam: "de aanvraaginhoud (AanvraagSchema)", schema: AanvraagSchema as z.ZodType },
];

describe("strikte invoer op elke route", () => {
  it.each(invoer)("$naam kent geen onbekende velden toe", ({ schema }) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    expect(open(json, "", [])).toEqual([]);
  });

  it.each(invoer)("$naam heeft een maximum voor elke tekst en lijst", ({ schema }) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    expect(onbegrensd(json, "", [])).toEqual([]);
  });
});
