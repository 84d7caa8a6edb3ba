// Demo data for `npm start` — the 31 zorgkantoorregio's, a few zorgkantoren and
// aanbieders, one user per role (§1), the regional kaders for 2020 and three cases in different
// stages, built with the SAME repositories (functions/data) and rules (shared/) the handlers use.
// Idempotent: every step looks at what is there and only does what is missing, so a second run
// (or a run after one that stopped halfway) creates nothing twice. Organisation names are
// fictional; the zorgkantoren's regions follow the public division as far as known [demo].
import {
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { leesAanbieder, maakAanbieder } from "#functions/data/aanbieders.js";
import { legBankrekeningVast } from "#functions/data/bankrekeningen.js";
import { sluitClients } from "#functions/data/clients.js";
import { leesKader, stelKaderIn } from "#functions/data/kaders.js";
import { schrijfLidmaatschap } from "#functions/data/lidmaatschappen.js";
import { ZORGKANTOORREGIOS } from "#functions/data/regios.js";
import type { Actor } from "#functions/data/transactie.js";
import { leesZorgkantoor, maakZorgkantoor, zetRegios } from "#functions/data/zorgkantoren.js";
import { vergeetConfig } from "#functions/lib/config.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import type { Rol } from "#shared/rollen.js";
import { lokaleClients } from "./aws.js";
import {
  AANBIEDERS,
  BANKREKENINGEN,
  DEMO_NU,
  DEMO_WACHTWOORD,
  type DemoGebruiker,
  GEBRUIKERS,
  JAAR,
  KADERS,
  ZORGKANTOREN,
} from "./demodata.js";
import { type Beheerders, bouwGeldzaken, type Geldzaken, kaders2019 } from "./demogeld.js";
import { bouwHerschikking, HERSCHIKKING_DEMO, herschikkingszaak } from "./demoherschikking.js";
import { bouwZaken, c, SYSTEEM, zeker } from "./demozaken.js";
import type { LokaleOmgeving } from "./emulators.js";
import { type Inrichting, maakGebruiker } from "./inrichten.js";

export interface DemoOmgeving {
  readonly lokaal: LokaleOmgeving;
  readonly inrichting: Inrichting;
}

/** The environment variables that point the back end at this local stack. */
export function omgevingsvariabelen({ lokaal, inrichting }: DemoOmgeving): Record<string, string> {
  return {
    TABEL_NAAM: inrichting.tabelNaam,
    DOCUMENTEN_BUCKET: inrichting.bucket,
    AWS_REGION: "eu-west-1",
    DYNAMODB_ENDPOINT: lokaal.dynamodb.endpoint,
    S3_ENDPOINT: lokaal.s3.endpoint,
    SES_ENDPOINT: lokaal.ses.endpoint,
    COGNITO_ISSUER: lokaal.cognito.issuer,
    COGNITO_JWKS_URI: lokaal.cognito.jwksUri,
    COGNITO_CLIENT_ID: lokaal.cognito.clientId,
  };
}

/** Sets those variables in this process (the local gateway runs the handlers in-process). */
export function gebruikLokaleStack(o: DemoOmgeving): void {
  Object.assign(process.env, omgevingsvariabelen(o));
  vergeetConfig();
  sluitClients(); // made again from the new configuration on next use
}

export { DEMO_NU, DEMO_WACHTWOORD, type DemoGebruiker };

export interface Demodata {
  nu: Date;
  gebruikers: DemoGebruiker[];
  aanvragen: { concept: string; ingediend: string; afgesproken: string };
  /** §15: the cases of 2019 in each settlement state (lokaal/demogeld.ts). */
  geld: Geldzaken;
  /** §15.2: the reopened herschikking of 2019 at VGZ whose proposal waits for a second signature. */
  herschikking: { zorgkantoorId: string; jaar: number; aanvraagId: string };
}

async function gebruiker(o: DemoOmgeving, email: string, rol: Rol): Promise<string> {
  const stack = { ...o.lokaal, cognito: o.lokaal.cognito };
  try {
    return (await maakGebruiker(stack, email, DEMO_WACHTWOORD, [rol])).sub;
  } catch (e) {
    if (!(e instanceof Error && e.name === "UsernameExistsException")) throw e;
    // Existing user: read its sub and set the demo password again, so the printed one works.
    const { cognito } = lokaleClients(o.lokaal);
    const UserPoolId = o.lokaal.cognito.userPoolId;
    const u = await cognito.send(new AdminGetUserCommand({ UserPoolId, Username: email }));
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username: email,
        Password: DEMO_WACHTWOORD,
        Permanent: true,
      }),
    );
    const sub = u.UserAttributes?.find((a) => a.Name === "sub")?.Value ?? u.Username;
    if (!sub) throw new Error(`Demodata: geen sub voor ${email}`);
    return sub;
  }
}

async function referentiedata(): Promise<void> {
  const t = amsterdam(2019, 8, 1, 9, 0);
  zeker(await zetRegios(ZORGKANTOORREGIOS, c(SYSTEEM, t)), "regio's");
  for (const zk of ZORGKANTOREN)
    if (!(await leesZorgkantoor(zk.id))) zeker(await maakZorgkantoor(zk, c(SYSTEEM, t)), zk.naam);
  for (const a of AANBIEDERS) {
    if (!(await leesAanbieder(a.id))) zeker(await maakAanbieder(a, c(SYSTEEM, t)), a.naam);
    // §15.5: an approved account, so the demo's batches can be released and sent as pain.001.
    const rekening = BANKREKENINGEN[a.id];
    if (rekening)
      zeker(
        await legBankrekeningVast(
          a.id,
          rekening,
          { sub: "demo-aanbieder", rol: "aanbieder" },
          c(SYSTEEM, t),
        ),
        `bankrekening ${a.naam}`,
      );
  }
  const landelijk = parametersVoor(JAAR).landelijkBudget;
  for (const [zk, bedrag] of Object.entries(KADERS))
    if (!(await leesKader(zk, JAAR)))
      zeker(
        await stelKaderIn(
          zk,
          JAAR,
          new Decimal(bedrag),
          landelijk,
          c(SYSTEEM, amsterdam(2019, 10, 1, 9, 0)),
        ),
        `kader ${zk}`,
      );
}

/** The earliest "now" the demo can be loaded for: after the addendum and the March voorschot. */
export const DEMO_VROEGST = amsterdam(2020, 3, 21, 6, 0);

/**
 * Loads the demo data into the stack (idempotent). `nu` (default 12 May 2020) decides how far the
 * voorschot job has run; it must lie after the addendum of 20 March 2020.
 */
export async function laadDemodata(o: DemoOmgeving, opties: { nu?: Date } = {}): Promise<Demodata> {
  const nu = opties.nu ?? DEMO_NU;
  if (nu < DEMO_VROEGST)
    throw new Error("Demodata: de klok moet na 21-03-2020 06:00 staan (na het addendum)");
  gebruikLokaleStack(o);
  await referentiedata();
  const gebruikers: DemoGebruiker[] = [];
  const beheerders: Record<string, Actor[]> = {};
  for (const g of GEBRUIKERS) {
    const sub = await gebruiker(o, g.email, g.rol);
    for (const l of g.lid)
      zeker(
        await schrijfLidmaatschap(sub, l, c(SYSTEEM, amsterdam(2019, 8, 1, 9, 0))),
        `lidmaatschap ${g.email}`,
      );
    // §15 four eyes: per zorgkantoor its beheer users in list order (first proposes).
    for (const l of g.lid)
      if (l.rol === "zorgkantoor-beheer")
        beheerders[l.zorgkantoorId] = [...(beheerders[l.zorgkantoorId] ?? []), { sub, rol: l.rol }];
    gebruikers.push({
      rol: g.rol,
      email: g.email,
      wachtwoord: DEMO_WACHTWOORD,
      sub,
      omschrijving: g.omschrijving,
    });
  }
  const actor = (rol: Rol): Actor => ({ sub: gebruikers.find((g) => g.rol === rol)!.sub, rol });
  const aanvragen = await bouwZaken(
    {
      aanbieder: actor("aanbieder"),
      beoordelaar: actor("beoordelaar"),
      beheer: actor("zorgkantoor-beheer"),
    },
    nu,
  );
  const paren: Beheerders = Object.fromEntries(
    Object.entries(beheerders).map(([zk, [een, twee]]) => [zk, [een!, twee!] as const]),
  );
  const zonderBeheer = { aanbieder: actor("aanbieder"), beoordelaar: actor("beoordelaar") };
  // §15.2: De Peel's 2019 case first, so the 2019 batches of VGZ pay its voorschotten too.
  await kaders2019();
  const herschikkingszaakId = (await herschikkingszaak(zonderBeheer, paren, nu)).id;
  const geld = await bouwGeldzaken(zonderBeheer, paren, nu);
  await bouwHerschikking(herschikkingszaakId, paren, nu);
  const herschikking = {
    zorgkantoorId: HERSCHIKKING_DEMO.zorgkantoorId,
    jaar: HERSCHIKKING_DEMO.jaar,
    aanvraagId: herschikkingszaakId,
  };
  return { nu, gebruikers, aanvragen, geld, herschikking };
}
