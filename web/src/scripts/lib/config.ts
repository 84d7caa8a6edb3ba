// The site's settings per stage, from /config.json (written at deploy by the CDK stack, locally
// by lokaal/site.ts): where Cognito is and which app client the site is. Loaded once per page.

export interface SiteConfig {
  /** Cognito's endpoint: https://cognito-idp.<regio>.amazonaws.com, locally "/cognito" (proxied). */
  cognitoEndpoint: string;
  clientId: string;
  /** "dev" | "prod" | "lokaal": shown in the footer so nobody mistakes a test stage for production. */
  stage: string;
}

let geladen: Promise<SiteConfig> | undefined;

export function siteConfig(): Promise<SiteConfig> {
  geladen ??= fetch("/config.json", { cache: "no-store" }).then((r) => {
    if (!r.ok) throw new Error(`config.json: HTTP ${r.status}`);
    return r.json() as Promise<SiteConfig>;
  });
  return geladen;
}
