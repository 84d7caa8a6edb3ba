// Params, query and body are checked against the route's zod schemas before the
// operation runs; the first problem answers 422 with a stable code, a Dutch message and the
// field's path (shared/resultaat.ts `valideer`). Nothing is read or written on bad input.
import { valideer } from "#shared/resultaat.js";
import { uitFout } from "../probleem.js";
import { type KbMiddleware, staatVan } from "./staat.js";

export const validatie = (): KbMiddleware => ({
  name: "validatie",
  before(request) {
    const staat = staatVan(request);
    const route = staat.route!;
    const delen = [
      ["params", route.params, request.event.pathParameters ?? {}],
      ["query", route.query, request.event.queryStringParameters ?? {}],
      ["body", route.body, staat.body],
    ] as const;
    for (const [deel, schema, invoer] of delen) {
      if (!schema) {
        staat[deel] = undefined;
        continue;
      }
      const r = valideer(schema, invoer);
      if (!r.ok) throw uitFout(r.fout);
      staat[deel] = r.waarde;
    }
  },
});
