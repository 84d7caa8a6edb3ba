// The wire format of the HTTP API: API Gateway v2 events in, structured results out,
// every error as application/problem+json (RFC 9457) with a stable code, a Dutch detail naming the
// field, and the correlation id. Used by the middleware and by the local gateway alike, so a 401
// from the gateway looks like a 401 from a handler.
import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayEventRequestContextV2,
  APIGatewayProxyEventV2WithRequestContext,
  APIGatewayProxyStructuredResultV2,
} from "aws-lambda";
import { leesbareMelding } from "#shared/veldnamen.js";
import type { Probleem } from "./algemeen.js";

/** An HTTP API (payload 2.0) event; the JWT authorizer context is absent on public routes. */
export type Gebeurtenis = APIGatewayProxyEventV2WithRequestContext<
  APIGatewayEventRequestContextV2 & {
    authorizer?: Partial<APIGatewayEventRequestContextJWTAuthorizer>;
  }
>;

export type HttpResultaat = APIGatewayProxyStructuredResultV2 & {
  statusCode: number;
  headers: Record<string, string>;
};

export const CORRELATIE_HEADER = "x-correlation-id";
export const JSON_TYPE = "application/json; charset=utf-8";
export const PROBLEEM_TYPE = "application/problem+json; charset=utf-8";

const TITELS: Readonly<Record<number, string>> = {
  400: "Ongeldig verzoek",
  401: "Niet ingelogd",
  403: "Geen toegang",
  404: "Niet gevonden",
  405: "Methode niet toegestaan",
  409: "Conflict",
  413: "Verzoek te groot",
  415: "Niet-ondersteund mediatype",
  422: "Ongeldige invoer",
  429: "Te veel verzoeken",
  500: "Interne fout",
};

export const titelVan = (status: number): string =>
  TITELS[status] ?? (status >= 500 ? "Interne fout" : "Fout");

export interface ProbleemInhoud {
  readonly status: number;
  readonly code: string;
  readonly melding: string;
  readonly veld?: string;
}

/** The problem document; `type` is a URN per code, so clients can switch on it or on `code`. */
export function probleem(p: ProbleemInhoud, correlatieId: string): Probleem {
  return {
    type: `urn:kwaliteitsbudget:probleem:${p.code}`,
    title: titelVan(p.status),
    status: p.status,
    // A field is named by its Dutch label on screen; its path stays in `veld` for machines.
    detail: leesbareMelding(p.melding, p.veld),
    code: p.code,
    ...(p.veld === undefined ? {} : { veld: p.veld }),
    correlatieId,
  };
}

/** A problem as an HTTP result; extra headers (e.g. Allow, WWW-Authenticate) may be added. */
export function probleemResultaat(
  p: ProbleemInhoud,
  correlatieId: string,
  extra: Readonly<Record<string, string>> = {},
): HttpResultaat {
  return {
    statusCode: p.status,
    headers: {
      "content-type": PROBLEEM_TYPE,
      "cache-control": "no-store",
      ...extra,
      [CORRELATIE_HEADER]: correlatieId,
    },
    body: JSON.stringify(probleem(p, correlatieId)),
  };
}

/** First letter upper case: rules return reasons as sentence parts, the API answers sentences. */
export const zin = (tekst: string): string =>
  tekst.length === 0 ? tekst : tekst[0]!.toUpperCase() + tekst.slice(1);
