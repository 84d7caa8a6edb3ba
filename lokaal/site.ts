// The site on the local stack, as CloudFront serves it in AWS: the built Astro files of
// web/dist with the same security headers (infra/inhoudsbeleid.ts), /config.json with the
// stage's Cognito settings, and /cognito proxied to cognito-local so the browser talks to one
// origin (in AWS the site calls cognito-idp.<regio>.amazonaws.com directly).
import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { beveiligingskoppen } from "#infra/inhoudsbeleid.js";

export const SITE_MAP = resolve(import.meta.dirname, "../web/dist");

export interface SiteOpties {
  /** The built site (default web/dist). */
  map?: string;
  cognitoEndpoint: string;
  clientId: string;
  /** Origin of the documents bucket (s3rver), for the CSP's connect-src and form-action. */
  documentenOrigin: string;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const koppen = (o: SiteOpties) => beveiligingskoppen({ documenten: o.documentenOrigin });

/**
 * The Cognito calls the site makes (web/src/scripts/lib/sessie.ts): log-in and the MFA set-up.
 * In AWS every other call (admin calls, ListUsers) needs IAM credentials; the proxy forwards only
 * these, so no one without credentials reaches cognito-local's admin API through the portal.
 */
export const PUBLIEKE_COGNITO_ACTIES: ReadonlySet<string> = new Set([
  "InitiateAuth",
  "RespondToAuthChallenge",
  "AssociateSoftwareToken",
  "VerifySoftwareToken",
]);

async function proxyCognito(
  req: IncomingMessage,
  res: ServerResponse,
  endpoint: string,
): Promise<void> {
  const doel = String(req.headers["x-amz-target"] ?? "");
  const actie = doel.replace(/^AWSCognitoIdentityProviderService\./, "");
  if (doel === actie || !PUBLIEKE_COGNITO_ACTIES.has(actie)) {
    req.resume();
    res.writeHead(403, { "content-type": "application/x-amz-json-1.1" });
    res.end(
      JSON.stringify({
        __type: "AccessDeniedException",
        message: `Deze Cognito-aanroep (${actie || "zonder naam"}) is niet openbaar; alleen inloggen en MFA instellen gaan via het portaal.`,
      }),
    );
    return;
  }
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  const r = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": req.headers["content-type"] ?? "application/x-amz-json-1.1",
      "x-amz-target": doel,
    },
    body: Buffer.concat(delen),
  });
  res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
  res.end(Buffer.from(await r.arrayBuffer()));
}

/** The file for a URL path: folders serve their index.html; nothing outside the site's folder. */
function bestand(map: string, pad: string): string | null {
  const doel = normalize(join(map, decodeURIComponent(pad)));
  if (!doel.startsWith(map)) return null;
  if (existsSync(doel) && statSync(doel).isDirectory()) {
    const index = join(doel, "index.html");
    return existsSync(index) ? index : null;
  }
  return existsSync(doel) ? doel : null;
}

/** The gateway's handler for everything outside /api/ (lokaal/gateway.ts `overig`). */
export function siteHandler(o: SiteOpties): (req: IncomingMessage, res: ServerResponse) => void {
  const map = o.map ?? SITE_MAP;
  const config = JSON.stringify({
    cognitoEndpoint: "/cognito",
    clientId: o.clientId,
    stage: "lokaal",
  });
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://lokaal");
    if (url.pathname === "/cognito" && req.method === "POST") {
      proxyCognito(req, res, o.cognitoEndpoint).catch(() => {
        res.writeHead(502).end();
      });
      return;
    }
    if (url.pathname === "/config.json") {
      res.writeHead(200, {
        ...koppen(o),
        "content-type": TYPES[".json"]!,
        "cache-control": "no-store",
      });
      res.end(config);
      return;
    }
    // Folder URLs without their slash get it, as CloudFront + S3 website routing would.
    if (!url.pathname.endsWith("/") && !extname(url.pathname) && bestand(map, `${url.pathname}/`)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const pad = bestand(map, url.pathname);
    if (!pad || (req.method !== "GET" && req.method !== "HEAD")) {
      const niet = bestand(map, "/404.html");
      res.writeHead(404, { ...koppen(o), "content-type": TYPES[".html"]! });
      if (niet) createReadStream(niet).pipe(res);
      else res.end("Niet gevonden");
      return;
    }
    res.writeHead(200, {
      ...koppen(o),
      "content-type": TYPES[extname(pad)] ?? "application/octet-stream",
      // Hashed assets never change; pages always revalidate (a new deploy must show at once).
      "cache-control": pad.includes("/_astro/")
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(pad).pipe(res);
  };
}
