// What the middleware stack learns about one request, carried on the Lambda context
// (middy's way to hand values to the handler). Fresh per invocation: no user data outlives it.
import type { Logger } from "@aws-lambda-powertools/logger";
import type { MiddlewareObj, Request } from "@middy/core";
import type { Context } from "aws-lambda";
import type { Functie, Route } from "../../routes.js";
import type { Gebeurtenis, HttpResultaat } from "../http.js";
import type { Gebruiker } from "../verzoek.js";

export interface Staat {
  readonly functie: Functie;
  readonly correlatieId: string;
  readonly logger: Logger;
  /** performance.now() at the start, for the duration in the closing log line. */
  readonly begin: number;
  route?: Route;
  gebruiker?: Gebruiker;
  params?: unknown;
  query?: unknown;
  body?: unknown;
  nu?: Date;
  /** The clock was set (KB_KLOK or x-kb-klok): echoed in the response for demonstrations. */
  klokIngesteld?: boolean;
}

export type KbContext = Context & { kb?: Staat };
export type KbRequest = Request<Gebeurtenis, HttpResultaat, Error, KbContext>;
export type KbMiddleware = MiddlewareObj<Gebeurtenis, HttpResultaat, Error, KbContext>;

/** The state set by the correlation middleware; its absence is a wiring bug (→ 500). */
export function staatVan(request: Pick<KbRequest, "context">): Staat {
  const kb = request.context.kb;
  if (!kb) throw new Error("middleware-volgorde: correlatie() moet vóór deze middleware staan");
  return kb;
}
