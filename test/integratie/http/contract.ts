// The contract functions/lib/route.ts promises: a route answers its documented success status
// and its `antwoord` schema describes the 2xx JSON answer completely (every field the OpenAPI
// document and the site's derived types know of). Checked on every successful call of the
// authorisation matrix, so each route is checked with a real answer of every role that may call it.
import type { z } from "zod";
import type { RouteUitTabel } from "#functions/routes.js";

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Fields of the answer the schema does not name. zod's plain objects drop unknown keys when they
 * parse, so a key of the answer missing from the parsed value is undocumented: the OpenAPI
 * document and the site's derived types would not know it. This keeps the schemas complete
 * without making the production schemas strict.
 */
function onbeschreven(antwoord: unknown, gelezen: unknown, pad: string, uit: Set<string>): void {
  if (Array.isArray(antwoord) && Array.isArray(gelezen)) {
    for (const [i, x] of antwoord.entries()) onbeschreven(x, gelezen[i], `${pad}[]`, uit);
  } else if (isObject(antwoord) && isObject(gelezen)) {
    for (const [k, v] of Object.entries(antwoord)) {
      if (k in gelezen) onbeschreven(v, gelezen[k], `${pad}.${k}`, uit);
      else uit.add(`${pad}.${k}`.slice(1));
    }
  }
}

/** Why an answer breaks its route's contract, or undefined when it keeps it. */
export function contractbreuk(
  route: RouteUitTabel,
  status: number,
  body: unknown,
): string | undefined {
  const naam = `${route.methode} ${route.pad} (${route.operatie})`;
  const gedocumenteerd = "status" in route ? route.status : 200;
  if (status !== gedocumenteerd)
    return `${naam} antwoordt ${status}, gedocumenteerd is ${gedocumenteerd}`;
  const schema: z.ZodType | undefined = "antwoord" in route ? route.antwoord : undefined;
  // File answers (PDF, XLSX, CSV) and 204 have no JSON body, and need no answer schema.
  if (body === null) return undefined;
  if (!schema) return `${naam} antwoordt JSON maar heeft geen antwoordschema`;
  const r = schema.safeParse(body);
  const fouten = r.success
    ? [...onbeschredenVelden(body, r.data)].map((v) => `  ${v}: niet in het schema`)
    : r.error.issues.map((i) => `  ${i.path.join(".") || "(body)"}: ${i.message}`);
  if (fouten.length === 0) return undefined;
  return `${naam} antwoordt buiten zijn schema:\n${fouten.join("\n")}`;
}

function onbeschredenVelden(antwoord: unknown, gelezen: unknown): Set<string> {
  const uit = new Set<string>();
  onbeschreven(antwoord, gelezen, "", uit);
  return uit;
}
