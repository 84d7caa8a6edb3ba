// THE one module that reads the back end's environment variables. Read lazily, once
// per process (a Lambda keeps it for its lifetime), and validated with zod so a misconfigured
// deployment fails on its first request with a message naming the variable, never half-works.
// Locally the emulator endpoints and the Cognito issuer come from here (lokaal/ sets them);
// in AWS only the names are set and the SDK finds the real endpoints itself.
import * as z from "zod";
import { InstantSchema } from "#shared/kalender/tijd.js";
import { veldpad } from "#shared/resultaat.js";
import { STANDAARD_TABELNAAM } from "../data/tabel.js";

export const STANDAARD_BUCKET = "kb-documenten";
export const STANDAARD_REGIO = "eu-west-1";

/** An empty variable counts as absent (`FOO=` in a shell or a .env file). */
const leegIsAfwezig = (v: unknown): unknown => (v === "" ? undefined : v);
const optioneel = <S extends z.ZodType>(s: S) => z.preprocess(leegIsAfwezig, s.optional());
const metStandaard = (s: z.ZodString, standaard: string) =>
  z.preprocess(leegIsAfwezig, s.default(standaard));

const HttpUrl = z.url({ protocol: /^https?$/, error: "verwacht een http(s)-URL" });

const OmgevingSchema = z.object({
  // DynamoDB needs at least 3 characters for a table name.
  TABEL_NAAM: metStandaard(
    z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, { error: "geen geldige DynamoDB-tabelnaam" }),
    STANDAARD_TABELNAAM,
  ),
  DOCUMENTEN_BUCKET: metStandaard(
    z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: "geen geldige S3-bucketnaam" }),
    STANDAARD_BUCKET,
  ),
  AWS_REGION: metStandaard(
    z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: "geen AWS-regio zoals eu-west-1" }),
    STANDAARD_REGIO,
  ),
  DYNAMODB_ENDPOINT: optioneel(HttpUrl),
  S3_ENDPOINT: optioneel(HttpUrl),
  SES_ENDPOINT: optioneel(HttpUrl),
  COGNITO_ISSUER: optioneel(HttpUrl),
  COGNITO_JWKS_URI: optioneel(HttpUrl),
  COGNITO_CLIENT_ID: optioneel(z.string().trim().min(1)),
  // §3.1: the portal's clock can be set for demonstrations and tests; never set in AWS.
  KB_KLOK: optioneel(InstantSchema),
  KB_KLOK_INSTELBAAR: optioneel(z.enum(["0", "1"], { error: 'verwacht "0" of "1"' })),
  // The real instant at which KB_KLOK held: from then on the demo clock runs (npm start).
  KB_KLOK_LOOPT_VANAF: optioneel(InstantSchema),
  // The portal's own API, which the stukken Lambda asks (required there: apiUrl()).
  KB_API_URL: optioneel(HttpUrl),
});

export interface Config {
  readonly tabelNaam: string;
  readonly documentenBucket: string;
  readonly regio: string;
  /** Set locally (emulators): the SDK clients then use this endpoint and dummy credentials. */
  readonly dynamodbEndpoint?: string;
  readonly s3Endpoint?: string;
  readonly sesEndpoint?: string;
  /** For the local gateway, which verifies tokens as the HTTP API's JWT authorizer does in AWS. */
  readonly cognitoIssuer?: string;
  readonly cognitoJwksUri?: string;
  readonly cognitoClientId?: string;
  /** Fixed "now" for every request (demo/test clock), if set. */
  readonly klok?: Date;
  /**
   * The real instant at which `klok` held: when set, the clock runs on from `klok` (so a demo's
   * consecutive actions get increasing times); absent, `klok` stays fixed (tests).
   */
  readonly klokLooptVanaf?: Date;
  /** A request may set its own "now" (local and tests only). */
  readonly klokInstelbaar: boolean;
  /** Base URL of the portal's own HTTP API (the stukken Lambda fetches from it). */
  readonly apiUrl?: string;
}

export class ConfigFout extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = "ConfigFout";
  }
}

/** Validates an environment; throws a ConfigFout naming the variable (a deployment bug). */
export function leesConfig(omgeving: Readonly<Record<string, string | undefined>>): Config {
  const r = OmgevingSchema.safeParse(omgeving);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigFout(
      `Omgevingsvariabele ${veldpad(issue.path) || "(onbekend)"}: ${issue.message}`,
    );
  }
  const e = r.data;
  return {
    tabelNaam: e.TABEL_NAAM,
    documentenBucket: e.DOCUMENTEN_BUCKET,
    regio: e.AWS_REGION,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    s3Endpoint: e.S3_ENDPOINT,
    sesEndpoint: e.SES_ENDPOINT,
    cognitoIssuer: e.COGNITO_ISSUER,
    cognitoJwksUri: e.COGNITO_JWKS_URI,
    cognitoClientId: e.COGNITO_CLIENT_ID,
    klok: e.KB_KLOK,
    klokLooptVanaf: e.KB_KLOK_LOOPT_VANAF,
    klokInstelbaar: e.KB_KLOK_INSTELBAAR === "1",
    apiUrl: e.KB_API_URL,
  };
}

let gelezen: Config | undefined;

/** KB_API_URL, for the one functie that needs it (stukken): absent is a deployment bug. */
export function apiUrl(c: Config = config()): string {
  if (c.apiUrl === undefined)
    throw new ConfigFout(
      "Omgevingsvariabele KB_API_URL: ontbreekt (nodig voor de functie stukken)",
    );
  return c.apiUrl;
}

/** The configuration of this process: read from process.env on first use, then kept. */
export function config(): Config {
  gelezen ??= leesConfig(process.env);
  return gelezen;
}

/**
 * Forgets the configuration read so far, so the next `config()` reads process.env again. For
 * tests and the local stack only, which set variables after import; clients made from the old
 * configuration are not remade (see functions/data/clients.ts).
 */
export function vergeetConfig(): void {
  gelezen = undefined;
}
