// An API Gateway HTTP API event (payload format 2.0) built from a plain request, the way
// API Gateway builds it: header names in lower case (duplicates joined by ","), cookies in their
// own list, repeated query parameters joined by ",", path parameters decoded, text bodies as
// UTF-8 and other bodies base64, and JWT claims as strings. The local gateway uses it, so the
// handlers see locally exactly the shape they get in AWS.
import type { JWTPayload } from "jose";
import type { Gebeurtenis } from "./http.js";
import { type Route, routeSleutel } from "./route.js";

export interface Aanvraag {
  readonly route: Route;
  /** Path parameters as matched (decoded). */
  readonly params: Readonly<Record<string, string>>;
  readonly methode: string;
  /** The path as sent, without the query string (not decoded). */
  readonly rawPath: string;
  /** The query string as sent, without "?". */
  readonly rawQueryString: string;
  /** Header name → values (names in lower case, as node:http's headersDistinct). */
  readonly headers: Readonly<Record<string, readonly string[] | undefined>>;
  readonly body?: Uint8Array;
  /** Verified token claims; absent on public routes (no authorizer there). */
  readonly claims?: Readonly<Record<string, string>>;
  readonly requestId: string;
  readonly bronIp?: string;
  readonly protocol?: string;
  readonly tijd: Date;
}

/** JWT claims as the HTTP API's JWT authorizer passes them: strings; lists as "[a b]". */
export function alsClaims(payload: JWTPayload): Record<string, string> {
  const tekst = (v: unknown): string =>
    typeof v === "string"
      ? v
      : Array.isArray(v)
        ? `[${v.join(" ")}]`
        : typeof v === "object"
          ? JSON.stringify(v)
          : String(v);
  return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, tekst(v)]));
}

const MAANDEN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const tc = (n: number) => String(n).padStart(2, "0");
/** requestContext.time: "23/Nov/2026:13:47:37 +0000". */
export const agTijd = (d: Date): string =>
  `${tc(d.getUTCDate())}/${MAANDEN[d.getUTCMonth()]}/${d.getUTCFullYear()}:` +
  `${tc(d.getUTCHours())}:${tc(d.getUTCMinutes())}:${tc(d.getUTCSeconds())} +0000`;

// Content types API Gateway passes as text; every other body arrives base64-encoded.
const TEKST = /^(text\/|application\/([\w.+-]+\+)?(json|xml|javascript|x-www-form-urlencoded))/i;

function queryParameters(raw: string): Record<string, string> | undefined {
  const q: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw)) q[k] = k in q ? `${q[k]},${v}` : v;
  return Object.keys(q).length > 0 ? q : undefined;
}

export function maakGebeurtenis(a: Aanvraag): Gebeurtenis {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(a.headers)) {
    if (k !== "cookie" && v && v.length > 0) headers[k] = v.join(",");
  }
  const cookies = a.headers.cookie?.flatMap((c) => c.split(/;\s*/)).filter(Boolean);
  const query = queryParameters(a.rawQueryString);
  const host = headers.host ?? "localhost";
  const routeKey = routeSleutel(a.route);
  const tekst = TEKST.test(headers["content-type"] ?? "");
  const body = a.body && a.body.length > 0 ? Buffer.from(a.body) : undefined;
  return {
    version: "2.0",
    routeKey,
    rawPath: a.rawPath,
    rawQueryString: a.rawQueryString,
    ...(cookies?.length ? { cookies } : {}),
    headers,
    ...(query ? { queryStringParameters: query } : {}),
    ...(Object.keys(a.params).length > 0 ? { pathParameters: { ...a.params } } : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "lokaal",
      domainName: host,
      domainPrefix: host.split(".")[0]!,
      http: {
        method: a.methode,
        path: a.rawPath,
        protocol: a.protocol ?? "HTTP/1.1",
        sourceIp: a.bronIp ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: a.requestId,
      routeKey,
      stage: "$default",
      time: agTijd(a.tijd),
      timeEpoch: a.tijd.getTime(),
      ...(a.claims
        ? {
            authorizer: {
              principalId: "",
              integrationLatency: 0,
              jwt: { claims: { ...a.claims }, scopes: a.claims.scope?.split(" ") ?? null },
            },
          }
        : {}),
    },
    ...(body
      ? {
          body: tekst ? body.toString("utf8") : body.toString("base64"),
          isBase64Encoded: !tekst,
        }
      : { isBase64Encoded: false }),
  };
}
