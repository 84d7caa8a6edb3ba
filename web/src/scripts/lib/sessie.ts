// Logging in with Cognito (USER_PASSWORD_AUTH from the browser; locally cognito-local)
// and the session in this tab. Choices: the tokens live in sessionStorage (gone when the tab
// closes, never sent automatically like a cookie); the access token is what the API gets; it is
// renewed with the refresh token shortly before it expires; when that fails the user is sent to
// the login page with the reason and comes back to the page they were on.
import { siteConfig } from "./config.js";

const SLEUTEL = "kb.sessie";
const VERNIEUW_MARGE_MS = 120_000;

export interface Sessie {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  /** Epoch ms at which the access token expires. */
  verloopt: number;
  gebruikersnaam: string;
}

/** A Cognito challenge the login form must answer next (new password, MFA set-up or code). */
export interface Uitdaging {
  soort: "NEW_PASSWORD_REQUIRED" | "MFA_SETUP" | "SOFTWARE_TOKEN_MFA";
  sessie: string;
  gebruikersnaam: string;
  /** MFA_SETUP: the secret to put in an authenticator app. */
  geheim?: string;
}

export class InlogFout extends Error {}

interface CognitoAntwoord {
  AuthenticationResult?: {
    AccessToken: string;
    IdToken: string;
    RefreshToken?: string;
    ExpiresIn?: number;
  };
  ChallengeName?: string;
  Session?: string;
  SecretCode?: string;
}

async function cognito(actie: string, body: object): Promise<CognitoAntwoord> {
  const c = await siteConfig();
  const r = await fetch(c.cognitoEndpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWSCognitoIdentityProviderService.${actie}`,
    },
    body: JSON.stringify(body),
  });
  const json = (await r.json().catch(() => ({}))) as CognitoAntwoord & { __type?: string };
  if (!r.ok) throw new InlogFout(foutTekst(json.__type ?? ""));
  return json;
}

/** Cognito's error types in Dutch; never tell whether the e-mail address exists. */
function foutTekst(type: string): string {
  if (/NotAuthorized|InvalidPassword|UserNotFound/.test(type))
    return "Het e-mailadres of wachtwoord is onjuist.";
  if (/CodeMismatch|EnableSoftwareTokenMFA/.test(type)) return "De code is onjuist of verlopen.";
  if (/PasswordReset/.test(type))
    return "U moet uw wachtwoord opnieuw instellen; neem contact op met uw beheerder.";
  if (/TooManyRequests|LimitExceeded/.test(type))
    return "Te veel pogingen; probeer het over enkele minuten opnieuw.";
  return "Inloggen is niet gelukt; probeer het opnieuw.";
}

/**
 * When the access token expires: its own `exp` claim (ms). Cognito's ExpiresIn says the same, but
 * cognito-local leaves it out — without this every API call would renew the session locally.
 */
function verloopVan(token: string, expiresIn?: number): number {
  try {
    const deel = token.split(".")[1] ?? "";
    const json = atob(deel.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: number }).exp;
    if (typeof exp === "number") return exp * 1000;
  } catch {
    // not a JWT we can read: fall back to ExpiresIn below
  }
  return Date.now() + (expiresIn ?? 0) * 1000;
}

function bewaar(
  gebruikersnaam: string,
  a: NonNullable<CognitoAntwoord["AuthenticationResult"]>,
  oud?: Sessie,
): Sessie {
  const s: Sessie = {
    accessToken: a.AccessToken,
    idToken: a.IdToken,
    refreshToken: a.RefreshToken ?? oud?.refreshToken,
    verloopt: verloopVan(a.AccessToken, a.ExpiresIn),
    gebruikersnaam,
  };
  sessionStorage.setItem(SLEUTEL, JSON.stringify(s));
  return s;
}

async function vervolg(gebruikersnaam: string, a: CognitoAntwoord): Promise<Sessie | Uitdaging> {
  if (a.AuthenticationResult) return bewaar(gebruikersnaam, a.AuthenticationResult);
  const soort = a.ChallengeName;
  if (soort === "MFA_SETUP") {
    const koppel = await cognito("AssociateSoftwareToken", { Session: a.Session });
    return { soort, sessie: koppel.Session ?? "", gebruikersnaam, geheim: koppel.SecretCode };
  }
  if (soort === "NEW_PASSWORD_REQUIRED" || soort === "SOFTWARE_TOKEN_MFA")
    return { soort, sessie: a.Session ?? "", gebruikersnaam };
  throw new InlogFout(
    "Deze manier van inloggen wordt niet ondersteund; neem contact op met uw beheerder.",
  );
}

export async function inloggen(
  gebruikersnaam: string,
  wachtwoord: string,
): Promise<Sessie | Uitdaging> {
  const c = await siteConfig();
  const a = await cognito("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: c.clientId,
    AuthParameters: { USERNAME: gebruikersnaam, PASSWORD: wachtwoord },
  });
  return vervolg(gebruikersnaam, a);
}

/** Answers a challenge: the new password, or the six-digit code of the authenticator app. */
export async function beantwoord(u: Uitdaging, antwoord: string): Promise<Sessie | Uitdaging> {
  const c = await siteConfig();
  if (u.soort === "MFA_SETUP") {
    const v = await cognito("VerifySoftwareToken", { Session: u.sessie, UserCode: antwoord });
    const a = await cognito("RespondToAuthChallenge", {
      ChallengeName: "MFA_SETUP",
      ClientId: c.clientId,
      Session: v.Session,
      ChallengeResponses: { USERNAME: u.gebruikersnaam },
    });
    return vervolg(u.gebruikersnaam, a);
  }
  const responses =
    u.soort === "NEW_PASSWORD_REQUIRED"
      ? { USERNAME: u.gebruikersnaam, NEW_PASSWORD: antwoord }
      : { USERNAME: u.gebruikersnaam, SOFTWARE_TOKEN_MFA_CODE: antwoord };
  const a = await cognito("RespondToAuthChallenge", {
    ChallengeName: u.soort,
    ClientId: c.clientId,
    Session: u.sessie,
    ChallengeResponses: responses,
  });
  return vervolg(u.gebruikersnaam, a);
}

export function huidigeSessie(): Sessie | null {
  const ruw = sessionStorage.getItem(SLEUTEL);
  if (!ruw) return null;
  try {
    return JSON.parse(ruw) as Sessie;
  } catch {
    return null;
  }
}

/**
 * A valid ID token, renewed when it is about to expire; null when the session has ended. The ID
 * token, not the access token: it carries the user's e-mail address, by which the audit trail
 * names who did what (§12); the JWT authorizer accepts both (audience = the app client).
 */
export async function geldigToken(): Promise<string | null> {
  const s = huidigeSessie();
  if (!s) return null;
  if (s.verloopt - Date.now() > VERNIEUW_MARGE_MS) return s.idToken;
  if (!s.refreshToken) return null;
  try {
    const c = await siteConfig();
    const a = await cognito("InitiateAuth", {
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: c.clientId,
      AuthParameters: { REFRESH_TOKEN: s.refreshToken },
    });
    return a.AuthenticationResult
      ? bewaar(s.gebruikersnaam, a.AuthenticationResult, s).idToken
      : null;
  } catch {
    return null;
  }
}

export function uitloggen(): void {
  sessionStorage.removeItem(SLEUTEL);
}

/** To the login page, remembering where the user was; reden "verlopen" explains why. */
export function naarInloggen(reden?: "verlopen" | "uitgelogd"): never {
  uitloggen();
  const terug = location.pathname + location.search;
  const doel = new URL("/inloggen/", location.href);
  if (reden) doel.searchParams.set("reden", reden);
  if (!terug.startsWith("/inloggen/")) doel.searchParams.set("terug", terug);
  location.assign(doel.toString());
  throw new Error("doorverwezen naar inloggen");
}
