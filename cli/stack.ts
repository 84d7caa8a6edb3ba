// The endpoints of the local stack for the operations commands (cli/herinneringen.ts,
// cli/herbereken-totalen.ts): from the environment (`npm start` prints them), or from a JSON file
// of those variables — --stack <file>, by default lokaal/stack.json if present. Variables already
// set in the environment win over the file.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function leesStack(pad: string | undefined, stop: (melding: string) => never): void {
  const standaard = resolve(dirname(fileURLToPath(import.meta.url)), "../lokaal/stack.json");
  const bestand = pad ? resolve(process.env.INIT_CWD ?? process.cwd(), pad) : standaard;
  if (!existsSync(bestand)) {
    if (pad) stop(`--stack: het bestand ${pad} bestaat niet`);
    return;
  }
  let waarden: unknown;
  try {
    waarden = JSON.parse(readFileSync(bestand, "utf8"));
  } catch (e) {
    stop(`--stack: ${bestand} is geen geldige JSON (${(e as Error).message})`);
  }
  if (typeof waarden !== "object" || waarden === null) stop(`--stack: ${bestand} is geen object`);
  for (const [k, v] of Object.entries(waarden)) {
    if (typeof v === "string" && process.env[k] === undefined) process.env[k] = v;
  }
}
