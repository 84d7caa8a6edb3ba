// `npm run herbereken:totalen -- --jaar <jaar> [--stack <bestand.json>]` rebuilds the running
// totals per zorgkantoor of a year from its cases (functions/rapportage/herberekening.ts), the
// index keys of its ledger balance, its list of aanbieders and the reminder facts on its cases
// (functions/data/herinneringsfeiten.ts): once for data stored before these
// were kept, or to check them. Against the running local stack
// (endpoints as for `npm run herinneringen`), or, without DYNAMODB_ENDPOINT and with TABEL_NAAM
// and AWS credentials in the environment, against the deployed table. Prints one line per
// zorgkantoor and the number rebuilt. Exit 2: usage; 1: the rebuild failed.
import { parseArgs } from "node:util";
import { sluitClients } from "#functions/data/clients.js";
import { herberekenRegiototalen } from "#functions/rapportage/herberekening.js";
import { leesStack } from "./stack.js";

const GEBRUIK =
  "Gebruik: npm run herbereken:totalen -- --jaar <jaar, bv. 2021> [--stack <bestand.json>]";

function stop(melding: string): never {
  process.stderr.write(`${melding}\n${GEBRUIK}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args: { jaar?: string; stack?: string };
  try {
    args = parseArgs({
      options: { jaar: { type: "string" }, stack: { type: "string" } },
      strict: true,
    }).values;
  } catch (e) {
    stop((e as Error).message);
  }
  if (!args.jaar || !/^20\d{2}$/.test(args.jaar)) stop("--jaar: verwacht een jaartal, bv. 2021");
  leesStack(args.stack, stop);
  if (!process.env.DYNAMODB_ENDPOINT && !process.env.TABEL_NAAM)
    stop("Geen stack gevonden: start `npm start` (of geef --stack), of zet TABEL_NAAM voor AWS");
  try {
    const totalen = await herberekenRegiototalen(Number(args.jaar), new Date());
    for (const t of totalen)
      process.stdout.write(
        `${t.zorgkantoorId}: ${t.aantal} aanvragen, afgesproken ${t.afgesproken.toFixed(2)}, gerealiseerd ${t.gerealiseerd.toFixed(2)}, vastgesteld ${t.vastgesteld.toFixed(2)}; ${t.aanbiedersToegevoegd} aanbieder(s) aan de lijst toegevoegd; ${t.herinneringsfeiten} aanvra(a)g(en) kregen de feiten voor herinneringen\n`,
      );
    process.stdout.write(`${totalen.length} zorgkantoren herberekend voor ${args.jaar}\n`);
  } finally {
    sluitClients();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Herberekenen mislukt: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
