// HTTP helpers for the beoordeling tests: a request as a test user, with the portal clock set
// (x-kb-klok, docs/regels.md §3.1) so deadlines and signing dates are those of the 2020 cycle.
import type { Api } from "../http/api.js";
import { type TestGebruiker, vraag } from "../http/api.js";

export interface Opties {
  methode?: string;
  body?: unknown;
  query?: Record<string, string>;
  /** ISO instant with offset; default 15-01-2020 10:00 Amsterdam. */
  op?: string;
}

export function verzoeker(gw: () => Api) {
  const als = (wie: TestGebruiker, pad: string, o: Opties = {}) =>
    vraag(gw(), pad, {
      methode: o.methode,
      body: o.body,
      query: o.query,
      token: wie.idToken,
      headers: { "x-kb-klok": o.op ?? "2020-01-15T10:00:00+01:00" },
    });
  const post = (wie: TestGebruiker, pad: string, body: unknown, op?: string) =>
    als(wie, pad, { methode: "POST", body, op });
  return { als, post };
}
