// The answer types of the API for the site's scripts, derived from the route table's answer
// schemas (functions/routes.ts), so a changed answer fails `tsc -p web` instead of a page at run
// time. The schemas are checked against the real answers by the authorisation-matrix test
// (test/integratie/http/contract.ts). Type-only imports: the bundler erases them, so no zod
// reaches the browser (test/web/paginas.test.ts checks the built site). The route table's import
// graph must stay free of Node (no data layer): this tsconfig has no Node types.
import type { z } from "zod";
import type { RouteUitTabel } from "#functions/routes.js";
import type { AanvraagSchema } from "#shared/indiening/aanvraag.js";

type JsonRoute = Extract<RouteUitTabel, { antwoord: z.ZodType }>;

/** Operations with a JSON answer (file answers such as PDF, XLSX and CSV have none). */
export type JsonOperatie = JsonRoute["operatie"];

/** The 2xx JSON answer of an operation: its route's `antwoord` schema, as parsed. */
export type Antwoord<O extends JsonOperatie> = z.output<
  Extract<JsonRoute, { operatie: O }>["antwoord"]
>;

/** One row of a list field of an answer, e.g. Rij<"werkvoorraad", "aanvragen">. */
export type Rij<
  O extends JsonOperatie,
  L extends keyof Antwoord<O>,
> = Antwoord<O>[L] extends readonly (infer R)[] ? R : never;

/** Every part optional, at every depth. */
export type Deels<T> = T extends readonly (infer E)[]
  ? Deels<E>[]
  : T extends object
    ? { [K in keyof T]?: Deels<T[K]> }
    : T;

/** The content of an aanvraag as the API takes it (the rulebook's schema, type only). */
export type AanvraagInhoud = z.input<typeof AanvraagSchema>;

/**
 * A stored version's content as the API answers it: its schema types it as a record, and a
 * concept may still lack any part.
 */
export type OpgeslagenInhoud = Deels<AanvraagInhoud>;
