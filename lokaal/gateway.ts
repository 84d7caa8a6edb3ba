// Local stack: what API Gateway's HTTP API does in AWS, on one node:http server. It
// matches /api/* against the route table (functions/routes.ts), verifies the Bearer JWT against
// the Cognito emulator's JWKS and issuer as the JWT authorizer would (so the handlers trust
// `requestContext.authorizer.jwt.claims` exactly as in AWS), builds an API Gateway v2 event and
// invokes functions/<functie>/handler.ts in this process. Its own errors are problem+json too
// (in AWS the authorizer's 401 is API Gateway's plain {"message":"Unauthorized"}).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { STANDAARD_REGIO as REGIO, vergeetConfig } from "#functions/lib/config.js";
import { alsClaims, maakGebeurtenis } from "#functions/lib/gebeurtenis.js";
import {
  type Gebeurtenis,
  type HttpResultaat,
  type ProbleemInhoud,
  probleemResultaat,
} from "#functions/lib/http.js";
import { correlatieIdVan } from "#functions/lib/middleware/correlatie.js";
import { zoekRoute } from "#functions/lib/routematch.js";
import { type Functie, routeSleutel } from "#functions/routes.js";
import { beveiligingskoppen } from "#infra/inhoudsbeleid.js";

export interface GatewayOmgeving {
  readonly cognito: {
    readonly issuer: string;
    readonly jwksUri: string;
    readonly clientId?: string;
  };
  readonly dynamodb?: { readonly endpoint: string };
  readonly s3?: { readonly endpoint: string };
  readonly ses?: { readonly endpoint: string };
}

export interface GatewayOpties {
  /** Port; 0 (default) picks a free one. */
  poort?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** The emulators (lokaal/emulators.ts `LokaleOmgeving` fits) whose tokens and data to use. */
  omgeving: GatewayOmgeving;
  /** Table and bucket (lokaal/inrichten.ts `Inrichting` fits); default config.ts's defaults. */
  inrichting?: { readonly tabelNaam?: string; readonly bucket?: string };
  /** Allow the x-kb-klok header (§3.1 demo/test clock); default true: this is the local stack. */
  klokInstelbaar?: boolean;
  /** Requests outside /api/ (later: the site); default a 404 problem. */
  overig?: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * A folder with one esbuild bundle per functie (`<functie>.mjs`, see lokaal/bundels.ts), run
   * instead of the TypeScript sources — as the Lambdas run; default the sources (tsx, vitest).
   */
  bundelMap?: string;
}

export interface Gateway {
  readonly url: string;
  stop(): Promise<void>;
}

/** API Gateway's payload limit for an HTTP API. */
const MAX_BODY = 10 * 1024 * 1024;
const TE_GROOT: ProbleemInhoud = {
  status: 413,
  code: "TE_GROOT",
  melding: "Het verzoek is te groot: hoogstens 10 MB (de grens van API Gateway)",
};
/** API Gateway's integration timeout (30 s), less a little, as the Lambda's remaining time. */
const LAMBDA_TIJD_MS = 29_000;

/**
 * The Lambda environment for the handlers of this process (read by functions/lib/config.ts).
 * Handlers run in-process, so process.env plays the function configuration: one gateway
 * configuration per process.
 */
export function lambdaOmgeving(o: GatewayOpties): Record<string, string> {
  const e = o.omgeving;
  const env: Record<string, string | undefined> = {
    AWS_REGION: REGIO,
    TABEL_NAAM: o.inrichting?.tabelNaam,
    DOCUMENTEN_BUCKET: o.inrichting?.bucket,
    DYNAMODB_ENDPOINT: e.dynamodb?.endpoint,
    S3_ENDPOINT: e.s3?.endpoint,
    SES_ENDPOINT: e.ses?.endpoint,
    COGNITO_ISSUER: e.cognito.issuer,
    COGNITO_JWKS_URI: e.cognito.jwksUri,
    COGNITO_CLIENT_ID: e.cognito.clientId,
    KB_KLOK_INSTELBAAR: o.klokInstelbaar === false ? "0" : "1",
  };
  return Object.fromEntries(
    Object.entries(env).filter((x): x is [string, string] => x[1] !== undefined),
  );
}

// One module per functie, imported on first use and kept, as a warm Lambda keeps its code.
// Public routes import only their own handler: nothing of the data layer.
type LambdaHandler = (event: Gebeurtenis, context: Context) => Promise<unknown>;
/** Loaded handlers by origin (a bundle folder, or the sources) and function. */
const geladen = new Map<string, Promise<LambdaHandler>>();

function handlerVan(functie: Functie, bundelMap?: string): Promise<LambdaHandler> {
  // A gateway on the sources beside one on bundles (the benchmark) must not share handlers.
  const sleutel = `${bundelMap ?? "bronnen"}:${functie}`;
  let h = geladen.get(sleutel);
  if (!h) {
    // A computed file URL rather than a template import: vitest's bundler would rewrite the
    // latter into a glob it cannot resolve; tsx and vitest both load the .ts file directly.
    const bestand = pathToFileURL(
      bundelMap
        ? join(bundelMap, `${functie}.mjs`)
        : join(import.meta.dirname, "..", "functions", functie, "handler.ts"),
    );
    h = import(bestand.href).then((m: { handler?: LambdaHandler }) => {
      if (typeof m.handler !== "function") throw new Error(`${functie}: geen export handler`);
      return m.handler;
    });
    h.catch(() => geladen.delete(sleutel)); // a failed import is retried on the next request
    geladen.set(sleutel, h);
  }
  return h;
}

type Verificatie = { ok: true; claims: Record<string, string> } | { ok: false; p: ProbleemInhoud };
type Authorizer = (kop: string | undefined) => Promise<Verificatie>;

/** Seconds of clock skew allowed on `iat`, as on `exp`/`nbf` (jose's default tolerance is 0). */
const KLOKSPELING_S = 60;

/** The HTTP API JWT authorizer: signature (JWKS), issuer, expiry, and audience = app client. */
function maakAuthorizer(c: GatewayOmgeving["cognito"]): Authorizer {
  const jwks = createRemoteJWKSet(new URL(c.jwksUri));
  return async (kop) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(kop ?? "")?.[1];
    if (!token) {
      const melding = "Log in: dit verzoek vraagt een token (Authorization: Bearer …)";
      return { ok: false, p: { status: 401, code: "NIET_INGELOGD", melding } };
    }
    try {
      // As the HTTP API JWT authorizer: `exp` required (jose checks exp and nbf), `iat` not later
      // than now.
      const { payload } = await jwtVerify(token, jwks, {
        issuer: c.issuer,
        algorithms: ["RS256"],
        requiredClaims: ["exp"],
      });
      if (typeof payload.iat === "number" && payload.iat > Date.now() / 1000 + KLOKSPELING_S)
        throw new Error("token uitgegeven in de toekomst");
      // `aud` (ID token) or `client_id` (access token) must name the app client, as in AWS.
      const aud = [payload.aud ?? []].flat();
      if (c.clientId && !aud.includes(c.clientId) && payload.client_id !== c.clientId) {
        throw new Error("token van een andere app client");
      }
      return { ok: true, claims: alsClaims(payload) };
    } catch {
      const melding = "Het token is ongeldig of verlopen; log opnieuw in";
      return { ok: false, p: { status: 401, code: "TOKEN_ONGELDIG", melding } };
    }
  };
}

function lambdaContext(functie: Functie, requestId: string): Context {
  const deadline = Date.now() + LAMBDA_TIJD_MS;
  const naam = `kwaliteitsbudget-${functie}`;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: naam,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:${REGIO}:000000000000:function:${naam}`,
    memoryLimitInMB: "1024",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${naam}`,
    logStreamName: "lokaal",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/** A request body as read: its bytes, or why there are none. */
type Body = Buffer | "te groot" | "afgebroken";

/**
 * The body, as API Gateway reads it: over its limit (by Content-Length, else counted while
 * reading) reading stops at once, and the rest is discarded rather than held in memory.
 */
function leesBody(req: IncomingMessage): Promise<Body> {
  if (Number(req.headers["content-length"]) > MAX_BODY) return Promise.resolve("te groot");
  // Left while the token was checked: its `close` came before anyone listened.
  if (req.destroyed) return Promise.resolve("afgebroken");
  return new Promise((resolve) => {
    const delen: Buffer[] = [];
    let lengte = 0;
    const klaar = (b: Body) => {
      req.off("data", lees);
      resolve(b);
    };
    const lees = (d: Buffer) => {
      lengte += d.length;
      if (lengte > MAX_BODY) klaar("te groot");
      else delen.push(d);
    };
    req.on("data", lees);
    req.once("end", () => klaar(Buffer.concat(delen)));
    // The client left (or its socket failed) before the body was complete: nobody to answer.
    req.once("error", () => klaar("afgebroken"));
    req.once("close", () => req.complete || klaar("afgebroken"));
  });
}

/** A Lambda result as API Gateway reads it; a bare value means 200 with that as JSON. */
function schrijf(res: ServerResponse, uit: unknown): void {
  const r: Partial<HttpResultaat> =
    uit && typeof uit === "object" && "statusCode" in uit
      ? (uit as HttpResultaat)
      : { statusCode: 200, body: typeof uit === "string" ? uit : JSON.stringify(uit) };
  const headers = Object.fromEntries(
    Object.entries(r.headers ?? { "content-type": "application/json" }).map(([k, v]) => [
      k,
      String(v),
    ]),
  );
  res.writeHead(r.statusCode ?? 200, {
    ...headers,
    ...(r.cookies?.length ? { "set-cookie": r.cookies } : {}),
  });
  res.end(
    r.body === undefined ? undefined : Buffer.from(r.body, r.isBase64Encoded ? "base64" : "utf8"),
  );
}

async function behandel(
  req: IncomingMessage,
  res: ServerResponse,
  o: GatewayOpties,
  authorizer: Authorizer,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://lokaal");
  if (!url.pathname.startsWith("/api/") && o.overig) return o.overig(req, res);
  const requestId = randomUUID();
  const correlatieId = correlatieIdVan(
    { headers: req.headers as Record<string, string>, requestContext: { requestId } as never },
    {},
  );
  const weiger = (p: ProbleemInhoud, extra: Record<string, string> = {}) =>
    schrijf(res, probleemResultaat(p, correlatieId, extra));

  const gezocht = zoekRoute(req.method ?? "GET", url.pathname);
  if (gezocht.soort === "onbekend") {
    return weiger({ status: 404, code: "ROUTE_ONBEKEND", melding: "Deze URL kent de API niet" });
  }
  if (gezocht.soort === "andereMethode") {
    const wel = gezocht.toegestaan.join(", ");
    const melding = `Deze URL kent de methode ${req.method} niet; wel: ${wel}`;
    return weiger({ status: 405, code: "METHODE_NIET_TOEGESTAAN", melding }, { allow: wel });
  }
  const { route, params } = gezocht;
  let claims: Record<string, string> | undefined;
  if (route.rollen !== "publiek") {
    const v = await authorizer(req.headers.authorization);
    if (!v.ok) return weiger(v.p, { "www-authenticate": "Bearer" });
    claims = v.claims;
  }
  const body = await leesBody(req);
  if (body === "afgebroken") return void res.destroy();
  if (body === "te groot") return weiger(TE_GROOT);
  const event = maakGebeurtenis({
    route,
    params,
    methode: req.method ?? "GET",
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: req.headersDistinct,
    body,
    claims,
    requestId,
    bronIp: req.socket.remoteAddress,
    protocol: `HTTP/${req.httpVersion}`,
    tijd: new Date(),
  });
  try {
    const handler = await handlerVan(route.functie, o.bundelMap);
    schrijf(res, await handler(event, lambdaContext(route.functie, requestId)));
  } catch (e) {
    // A handler answers its own errors as problem+json; this is a crash outside its middleware.
    console.error(`[gateway] ${routeSleutel(route)}:`, e);
    weiger({ status: 500, code: "INTERNE_FOUT", melding: "De functie is onverwacht gestopt" });
  }
}

/** Starts the local API on http://<host>:<poort>, after setting the handlers' environment. */
export async function startGateway(o: GatewayOpties): Promise<Gateway> {
  Object.assign(process.env, lambdaOmgeving(o));
  vergeetConfig();
  const authorizer = maakAuthorizer(o.omgeving.cognito);
  // One request's failure ends that request alone, never the process: a socket error (a client
  // that left: ECONNRESET, EPIPE) closes its connection, and anything thrown answers 500.
  // The security headers CloudFront adds to every answer, pages and /api/* alike (one definition).
  const koppen = o.omgeving.s3
    ? beveiligingskoppen({ documenten: new URL(o.omgeving.s3.endpoint).origin })
    : {};
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(koppen)) res.setHeader(k, v);
    req.on("error", () => res.destroy());
    res.on("error", () => res.destroy());
    behandel(req, res, o, authorizer).catch((e: unknown) => {
      console.error("[gateway]", e);
      try {
        if (res.headersSent || res.destroyed) return void res.destroy();
        const melding = "De gateway is onverwacht gestopt";
        schrijf(
          res,
          probleemResultaat({ status: 500, code: "INTERNE_FOUT", melding }, randomUUID()),
        );
      } catch {
        res.destroy();
      }
    });
  });
  server.on("connection", (socket) => socket.on("error", () => socket.destroy()));
  const host = o.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.poort ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  // The stukken Lambda asks the API itself (KB_API_URL); here the handlers share this process.
  process.env.KB_API_URL = url;
  vergeetConfig();
  return {
    url,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
