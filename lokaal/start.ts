// `npm start`: the local stack for development. Starts the AWS emulators, creates the table,
// bucket, user pool and groups, prints the endpoints and keeps running until Ctrl-C.
import { type LokaleStack, startEmulators } from "./emulators.js";
import { type Inrichting, inrichten } from "./inrichten.js";

/** Reserved for the later API gateway / site; not listened on yet. */
const POORT = Number.parseInt(process.env.PORT ?? "4321", 10);

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
    "Nog niet aanwezig (komt met latere issues):",
    `  - de API (Lambda-handlers achter een lokale gateway op poort ${POORT}, variabele PORT)`,
    "  - de website (Astro)",
    "  - demodata (aanbieders, gebruikers, aanvragen)",
    "",
    "Stoppen met Ctrl-C.",
  ].join("\n");
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const stack = await startEmulators({ meld: (t) => console.log(t) });
  let stoppen: Promise<void> | undefined;
  const stop = (signaal: string): void => {
    if (stoppen) return; // a second Ctrl-C while stopping: the exit handlers finish the job
    console.log(`\n${signaal}: emulators stoppen...`);
    stoppen = stack.stop().then(
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
  try {
    inrichting = await inrichten(stack);
  } catch (e) {
    await stack.stop();
    throw e;
  }
  console.log(overzicht(stack, inrichting, performance.now() - t0));
  // Keep the event loop alive: the children and their pipes are unref'd on purpose.
  setInterval(() => {}, 1 << 30);
}

main().catch((e: unknown) => {
  console.error(`Starten mislukte: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
