// docs/regels.md §10: `npm run herinneringen -- --op <ISO date-time>` runs the reminder job
// once as of that instant against the RUNNING local stack of `npm start` (for operations:
// replaying a missed day), and prints as its last line {"verstuurd":n,"overgeslagen":m,"mislukt":k}.
// The stack's endpoints come from the environment (DYNAMODB_ENDPOINT, SES_ENDPOINT, TABEL_NAAM,
// COGNITO_USER_POOL_ID, COGNITO_ENDPOINT, PORTAAL_URL, MAIL_AFZENDER: `npm start` prints them), or
// from a JSON file of those variables: --stack <file>, by default lokaal/stack.json if present.
// Variables already set in the environment win over the file. Exit 2: usage; 1: the run failed.
import { parseArgs } from "node:util";
import { sluitClients } from "#functions/data/clients.js";
import { sluitAdressen } from "#functions/herinneringen/adressen.js";
import { voerHerinneringenUit } from "#functions/herinneringen/job.js";
import { InstantSchema } from "#shared/kalender/tijd.js";
import { leesStack } from "./stack.js";

const GEBRUIK =
  "Gebruik: npm run herinneringen -- --op <ISO-tijdstip met offset, bv. 2020-05-17T08:30:00+02:00> [--stack <bestand.json>] [--zorgkantoor <id> ...]";

function stop(melding: string): never {
  process.stderr.write(`${melding}\n${GEBRUIK}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args: { op?: string; stack?: string; zorgkantoor?: string[] };
  try {
    args = parseArgs({
      options: {
        op: { type: "string" },
        stack: { type: "string" },
        // Only the cases of these zorgkantoren (replaying one region); default: all.
        zorgkantoor: { type: "string", multiple: true },
      },
      strict: true,
    }).values;
  } catch (e) {
    stop((e as Error).message);
  }
  if (args.op === undefined) stop("--op ontbreekt");
  const op = InstantSchema.safeParse(args.op);
  if (!op.success) stop(`--op: "${args.op}" is geen ISO-tijdstip met offset`);
  leesStack(args.stack, stop);
  if (!process.env.DYNAMODB_ENDPOINT || !process.env.SES_ENDPOINT) {
    stop(
      "Geen lokale stack gevonden: start `npm start` en zet DYNAMODB_ENDPOINT, SES_ENDPOINT, " +
        "TABEL_NAAM, COGNITO_USER_POOL_ID en COGNITO_ENDPOINT (of geef --stack <bestand.json>)",
    );
  }
  try {
    const samenvatting = await voerHerinneringenUit({
      op: op.data,
      zorgkantoorIds: args.zorgkantoor,
    });
    process.stdout.write(`${JSON.stringify(samenvatting)}\n`);
  } finally {
    sluitClients();
    sluitAdressen();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Herinneringsjob mislukt: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
