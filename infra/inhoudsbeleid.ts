// THE Content-Security-Policy and security headers of the portal, used by CloudFront
// (infra/site.ts) and by the local site server and gateway (lokaal/), so the browser tests run
// under the same policy as production: own origin only — no inline scripts or styles — plus Cognito (login) and the
// documents bucket (presigned POST uploads).
export interface Bronnen {
  /** Origin of Cognito's API, e.g. https://cognito-idp.eu-west-1.amazonaws.com (locally proxied: none). */
  cognito?: string;
  /** Origin of the documents bucket, for the upload (connect) and the form action. */
  documenten: string;
}

export function inhoudsbeleid(b: Bronnen): string {
  const verbinden = ["'self'", ...(b.cognito ? [b.cognito] : []), b.documenten];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${verbinden.join(" ")}`,
    `form-action 'self' ${b.documenten}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * THE other security headers, as data: CloudFront's response headers policy (infra/site.ts) is
 * built from it, and the local site and gateway send `beveiligingskoppen()` of it — so a change
 * here reaches both, and the browser tests run under what production sends.
 */
export const BEVEILIGING = {
  /** HSTS: two years, with subdomains, on the preload list. */
  hsts: { maxAgeSeconden: 730 * 24 * 3600, subdomeinen: true, preload: true },
  frameOptions: "DENY",
  referrerPolicy: "strict-origin-when-cross-origin",
} as const;

/** The headers of BEVEILIGING with the CSP of `b`, as an HTTP server sends them. */
export function beveiligingskoppen(b: Bronnen): Readonly<Record<string, string>> {
  const h = BEVEILIGING.hsts;
  return {
    "content-security-policy": inhoudsbeleid(b),
    "strict-transport-security": [
      `max-age=${h.maxAgeSeconden}`,
      ...(h.subdomeinen ? ["includeSubDomains"] : []),
      ...(h.preload ? ["preload"] : []),
    ].join("; "),
    "x-frame-options": BEVEILIGING.frameOptions,
    "x-content-type-options": "nosniff",
    "referrer-policy": BEVEILIGING.referrerPolicy,
  };
}
