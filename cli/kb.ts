// `npm run --silent kb -- <berekening> --input <file.json>`: one calculation of the portal on a
// JSON file, printed as JSON, so a controller or accountant can reproduce any number the portal
// shows. A JSON array of inputs gives an array of outputs in order. Exit status: 0 on success and
// for arrays; 2 for a single invalid input or a usage error; 1 for an internal error (a bug).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { voerUit } from "#shared/berekening.js";
import { BEREKENINGEN, zoekBerekening } from "#shared/berekeningen.js";
import type { Fout } from "#shared/resultaat.js";

const GEBRUIK = `Gebruik: npm run --silent kb -- <berekening> --input <bestand.json | ->
Berekeningen:
${BEREKENINGEN.map((b) => `  ${b.naam.padEnd(22)} ${b.omschrijving} (${b.bron})`).join("\n")}`;

function stop(code: number, fout: Fout): never {
  process.stdout.write(`${JSON.stringify({ fout })}\n`);
  process.exit(code);
}

function leesInvoer(pad: string): unknown {
  // npm run starts scripts in the package root; INIT_CWD is where the user typed the command.
  const bestand = pad === "-" ? 0 : resolve(process.env.INIT_CWD ?? process.cwd(), pad);
  let tekst: string;
  try {
    tekst = readFileSync(bestand, "utf8");
  } catch {
    return stop(2, {
      code: "BESTAND_ONLEESBAAR",
      veld: "--input",
      melding: `--input: het bestand ${pad} kan niet gelezen worden`,
    });
  }
  try {
    return JSON.parse(tekst);
  } catch (e) {
    return stop(2, {
      code: "ONGELDIGE_JSON",
      veld: "--input",
      melding: `--input: ${pad} is geen geldige JSON (${(e as Error).message})`,
    });
  }
}

function main(argv: string[]): void {
  const [naam, ...rest] = argv;
  if (!naam || naam === "--help" || naam === "-h") {
    process.stderr.write(`${GEBRUIK}\n`);
    process.exit(naam ? 0 : 2);
  }
  const berekening = zoekBerekening(naam);
  if (!berekening) {
    stop(2, {
      code: "ONBEKENDE_BEREKENING",
      veld: "berekening",
      melding: `berekening: "${naam}" bestaat niet; kies uit ${BEREKENINGEN.map((b) => b.naam).join(", ")}`,
    });
  }
  const i = rest.indexOf("--input");
  const pad = i >= 0 ? rest[i + 1] : undefined;
  if (!pad)
    stop(2, {
      code: "INVOER_ONTBREEKT",
      veld: "--input",
      melding: "--input: geef het invoerbestand op (of - voor standaardinvoer)",
    });

  const invoer = leesInvoer(pad);
  const reken = (x: unknown) => {
    const r = voerUit(berekening, x);
    return r.ok ? r.waarde : { fout: r.fout };
  };
  if (Array.isArray(invoer)) {
    process.stdout.write(`${JSON.stringify(invoer.map(reken))}\n`);
    return;
  }
  const r = voerUit(berekening, invoer);
  if (!r.ok) stop(2, r.fout);
  process.stdout.write(`${JSON.stringify(r.waarde)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  // Schema-valid input never throws in shared/; if it does, that is a bug to report, not an answer.
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  stop(1, {
    code: "INTERNE_FOUT",
    veld: "(berekening)",
    melding: "interne fout: dit is een fout in het portaal, meld het met dit invoerbestand",
  });
}
