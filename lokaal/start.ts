// `npm start`: the local stack for development. Starts the AWS emulators, creates the table,
// bucket, user pool and groups, loads the demo data (lokaal/demo.ts), serves the API at one URL
// (http://localhost:4321 by default, PORT to change) as CloudFront does in AWS, prints the URL,
// the endpoints and the demo log-ins and keeps running until Ctrl-C. With KB_DATASET=landelijk
// (`npm run demo:landelijk`) it loads the national dataset (lokaal/landelijk/) instead of the demo.
import { rmSync, writeFileSync } from "node:fs";
import { config } from "#functions/lib/config.js";
import { isoAmsterdam, tijdstipWeergave } from "#shared/kalender/tijd.js";
import { DEMO_NU, DEMO_VROEGST, type Demodata, laadDemodata, omgevingsvariabelen } from "./demo.js";
import { type LokaleStack, omgevingVan, startEmulators } from "./emulators.js";
import { type Gateway, startGateway } from "./gateway.js";
import { type Inrichting, inrichten } from "./inrichten.js";
import { type Landelijk, laadLandelijk } from "./landelijk/laden.js";
import { KLEIN, LANDELIJK, LANDELIJK_NU } from "./landelijk/plan.js";
import { siteHandler } from "./site.js";

const LANDELIJK_DATASET = process.env.KB_DATASET === "landelijk";
const POORT = Number.parseInt(process.env.PORT ?? "4321", 10);
// Where `npm run herinneringen` (cli/herinneringen.ts) finds the running stack; removed on stop.
const STACKBESTAND = new URL("./stack.json", import.meta.url);
// The handlers log structured JSON per request; on a developer's console only warnings help.
process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";

function overzicht(stack: LokaleStack, inrichting: Inrichting, ms: number): string {
  const { dynamodb, s3, ses, cognito } = stack;
  return [
    "",
    `Lokale AWS-emulators draaien (gestart in ${(ms / 1000).toFixed(1)} s):`,
    `  DynamoDB   ${dynamodb.endpoint}   tabel ${inrichting.tabelNaam}`,
    `  S3         ${s3.endpoint}   bucket ${inrichting.bucket} (sleutels S3RVER/S3RVER)`,
    `  SES v2     ${ses.endpoint}   verstuurde mail: ${ses.endpoint}/store (afzender ${inrichting.afzender})`,
    `  Cognito    ${cognito.endpoint}   user pool ${cognito.userPoolId}, app client ${cognito.clientId}`,
    `             issuer ${cognito.issuer}`,
    `             JWKS   ${cognito.jwksUri}`,
    `             groepen: ${inrichting.groepen.join(", ")}`,
    `  Regio eu-west-1; data en logs in ${stack.werkmap} (verdwijnt bij stoppen).`,
    "",
    "De herinneringsjob draait op verzoek: npm run herinneringen -- --op <tijdstip> (zie docs/onderdelen.md).",
  ].join("\n");
}

function demoOverzicht(demo: Demodata, ms: number): string {
  const breedte = Math.max(...demo.gebruikers.map((g) => g.email.length));
  return [
    "",
    `Demodata geladen in ${(ms / 1000).toFixed(1)} s; klok van het portaal loopt vanaf ${tijdstipWeergave(demo.nu)} (variabele KB_KLOK):`,
    "  31 zorgkantoorregio's, 3 zorgkantoren, 7 aanbieders, regionale kaders 2019 en 2020;",
    `  aanvragen 2020: in concept ${demo.aanvragen.concept}`,
    `                  ingediend ${demo.aanvragen.ingediend}`,
    `                  afgesproken, voorschotten lopen ${demo.aanvragen.afgesproken}`,
    `  vastgesteld 2019 (§15.4): afgewikkeld ${demo.geld.zaken.afgewikkeld} (VGZ)`,
    `                  nabetaling open ${demo.geld.zaken.nabetaling} (CZ)`,
    `                  terugvordering open ${demo.geld.zaken.terugvordering} (VGZ)`,
    `                  verrekend met voorschot 2020 ${demo.geld.zaken.verrekening} (CZ)`,
    `Demo-gebruikers (wachtwoord voor allen: ${demo.gebruikers[0]?.wachtwoord}):`,
    ...demo.gebruikers.map((g) => `  ${g.email.padEnd(breedte)}  ${g.rol}: ${g.omschrijving}`),
  ].join("\n");
}

function landelijkOverzicht(l: Landelijk, ms: number): string {
  const per = (rol: string) => l.gebruikers.filter((g) => g.rol === rol);
  const grootste = l.plan.zorgkantoren.find((z) => z.id === l.plan.grootste)!;
  const voorbeeld = (rol: string) => per(rol)[0]?.email ?? "-";
  return [
    "",
    `Landelijke dataset geladen in ${(ms / 1000).toFixed(1)} s (zaad ${l.plan.zaad}); klok van het portaal loopt vanaf ${tijdstipWeergave(l.nu)}:`,
    `  ${l.plan.zorgkantoren.length} zorgkantoren, ${l.plan.aanbieders.length} aanbieders, ${l.aanvragen.size} aanvragen 2019–2021, ${l.gebruikers.length} gebruikers;`,
    `  grootste regio: ${grootste.naam}.`,
    ...Object.entries(l.tijden).map(([fase, s]) => `  ${fase}: ${s.toFixed(1)} s`),
    `Gebruikers (wachtwoord voor allen: ${l.wachtwoord}), bijvoorbeeld:`,
    `  ${voorbeeld("aanbieder")}  aanbieder (${per("aanbieder").length} zulke gebruikers)`,
    `  ${voorbeeld("beoordelaar")}  beoordelaar (één per zorgkantoor)`,
    `  ${voorbeeld("zorgkantoor-beheer")}  zorgkantoor-beheer (twee per zorgkantoor)`,
    `  ${voorbeeld("landelijk-beheer")}  landelijk-beheer`,
  ].join("\n");
}

function apiOverzicht(): string {
  // The gateway listens on loopback only; localhost is the name a browser is given.
  const url = `http://localhost:${POORT}`;
  return [
    "",
    `Het portaal: ${url}   (log in met een demo-gebruiker hierboven)`,
    `  API         ${url}/api/…   (OpenAPI: ${url}/api/openapi.json)`,
    "  Voor de API: een Cognito-token (USER_PASSWORD_AUTH) als 'Authorization: Bearer <token>'.",
    "",
    "Stoppen met Ctrl-C.",
  ].join("\n");
}

/**
 * The demo cases are those of May 2020 (§3.1: the clock can be set for demonstrations): the
 * portal's clock starts at that moment unless KB_KLOK is given (empty: real time), and runs on.
 * The voorschot job of the demo has run up to the clock (from 21-03-2020 on; before that, up to
 * 12-05-2020).
 */
function demoKlok(): Date {
  if (LANDELIJK_DATASET) {
    // The national dataset is built up to its own "now" (May 2021); the clock starts there.
    process.env.KB_KLOK ??= isoAmsterdam(LANDELIJK_NU);
    return LANDELIJK_NU;
  }
  process.env.KB_KLOK ??= isoAmsterdam(DEMO_NU);
  const klok = config().klok;
  return klok && klok >= DEMO_VROEGST ? klok : DEMO_NU;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const stack = await startEmulators({ meld: (t) => console.log(t) });
  let stoppen: Promise<void> | undefined;
  let gateway: Gateway | undefined;
  const stop = (signaal: string): void => {
    if (stoppen) return; // a second Ctrl-C while stopping: the exit handlers finish the job
    console.log(`\n${signaal}: portaal en emulators stoppen...`);
    rmSync(STACKBESTAND, { force: true });
    stoppen = Promise.resolve(gateway?.stop())
      .then(() => stack.stop())
      .then(
        () => {
          console.log("Gestopt.");
          process.exit(0);
        },
        (e: unknown) => {
          console.error(e);
          process.exit(1);
        },
      );
  };
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, () => stop(s));

  let inrichting: Inrichting;
  let demo: Demodata | Landelijk;
  let t1 = performance.now();
  try {
    inrichting = await inrichten(stack);
    t1 = performance.now();
    const o = { lokaal: omgevingVan(stack), inrichting };
    const nu = demoKlok();
    demo = LANDELIJK_DATASET
      ? await laadLandelijk(o, {
          // LANDELIJK_OMVANG=klein: the integration test's size, to try the script quickly.
          omvang: process.env.LANDELIJK_OMVANG === "klein" ? KLEIN : LANDELIJK,
          meld: (t) => console.log(t),
        })
      : await laadDemodata(o, { nu });
    // The demo clock runs on from KB_KLOK from now on (klok.ts), so what a user does in the demo
    // gets increasing times after the demo data and the audit trail shows the order of events.
    process.env.KB_KLOK_LOOPT_VANAF = new Date().toISOString();
    gateway = await startGateway({
      poort: POORT,
      host: "127.0.0.1",
      omgeving: omgevingVan(stack),
      inrichting,
      overig: siteHandler({
        cognitoEndpoint: stack.cognito.endpoint,
        clientId: stack.cognito.clientId,
        documentenOrigin: new URL(stack.s3.endpoint).origin,
      }),
    });
  } catch (e) {
    await gateway?.stop();
    await stack.stop();
    throw e;
  }
  console.log(overzicht(stack, inrichting, t1 - t0));
  const ms = performance.now() - t1;
  console.log("plan" in demo ? landelijkOverzicht(demo, ms) : demoOverzicht(demo, ms));
  console.log(apiOverzicht());
  writeFileSync(
    STACKBESTAND,
    JSON.stringify({
      ...omgevingsvariabelen({ lokaal: omgevingVan(stack), inrichting }),
      COGNITO_USER_POOL_ID: stack.cognito.userPoolId,
      COGNITO_ENDPOINT: stack.cognito.endpoint,
      PORTAAL_URL: `http://localhost:${POORT}`,
      MAIL_AFZENDER: inrichting.afzender,
    }),
  );
  // Keep the event loop alive: the children and their pipes are unref'd on purpose.
  setInterval(() => {}, 1 << 30);
}

main().catch((e: unknown) => {
  console.error(`Starten mislukte: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
