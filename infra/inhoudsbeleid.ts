// Issues #4 and #5: THE Content-Security-Policy of the site, used by CloudFront (infra/site.ts)
// and by the local site server (lokaal/site.ts), so the browser tests run under the same policy
// as production: own origin only — no inline scripts or styles — plus Cognito (login) and the
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

/** The other security headers CloudFront sets (infra/site.ts), for the local server. */
export const BEVEILIGINGSKOPPEN: Readonly<Record<string, string>> = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};
