// The settings of the reminder job, per stage. Kept out of functions/lib/config.ts
// (owned by the data layer) in this small module, read from the environment on first use:
// PORTAAL_URL (base of the deep links; locally the one URL of `npm start`), MAIL_AFZENDER (sender address), and where user e-mail
// addresses live: the Cognito user pool (COGNITO_USER_POOL_ID, locally COGNITO_ENDPOINT), and
// MAILS_PER_SECONDE, SES's sending rate.
import * as z from "zod";

const leeg = (v: unknown): unknown => (v === "" ? undefined : v);

const InstellingenSchema = z.object({
  PORTAAL_URL: z.preprocess(leeg, z.url().default("http://localhost:4321")),
  MAIL_AFZENDER: z.preprocess(
    leeg,
    z.string().default("kwaliteitsbudget@kwaliteitsbudget.example"),
  ),
  COGNITO_USER_POOL_ID: z.preprocess(leeg, z.string().optional()),
  COGNITO_ENDPOINT: z.preprocess(leeg, z.url().optional()),
  // SES's sending quota per second (14 in a new production account; raise with the quota).
  MAILS_PER_SECONDE: z.preprocess(leeg, z.coerce.number().int().min(1).max(1000).default(14)),
});

export interface Instellingen {
  portaalUrl: string;
  afzender: string;
  userPoolId?: string;
  cognitoEndpoint?: string;
  mailsPerSeconde: number;
}

export function leesInstellingen(
  omgeving: Readonly<Record<string, string | undefined>> = process.env,
): Instellingen {
  const e = InstellingenSchema.parse(omgeving);
  return {
    portaalUrl: e.PORTAAL_URL.replace(/\/+$/, ""),
    afzender: e.MAIL_AFZENDER,
    userPoolId: e.COGNITO_USER_POOL_ID,
    cognitoEndpoint: e.COGNITO_ENDPOINT,
    mailsPerSeconde: e.MAILS_PER_SECONDE,
  };
}
