// bench: tsx
// Benchmark (not a timed test) behind a decision of issue #4: would zod/mini bring the functies'
// cold start under 1.5 ×? bench/bundels.ts shows that the gap is zod (import plus building the
// schemas at module level). This measures both zod builds on the same schemas: 50 object schemas
// shaped like ours (a strict object with a regex id with a Dutch error and a description, an amount
// string, a bounded integer, an enum, an optional trimmed text, an array of objects, a boolean),
// each written in the classic and the mini API, bundled exactly as the Lambdas are (BUNDEL_OPTIES)
// and imported in a fresh Node process, beside an empty module and each zod with one schema.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { BUNDEL_OPTIES } from "../lokaal/bundels.js";

const SCHEMAS = 50;
const RONDEN = 21;

const classic = (i: number) =>
  `z.strictObject({ id${i}: z.string().regex(/^[a-z0-9-]{3,40}$/, { error: "ongeldig" }).meta({ description: "id ${i}" }), bedrag: z.string().regex(/^-?\\d+(\\.\\d{1,2})?$/), jaar: z.number().int().min(2020).max(2100), status: z.enum(["concept", "ingediend", "beoordeeld"]), opmerking: z.string().trim().max(2000).optional(), regels: z.array(z.object({ naam: z.string().min(1), bedrag: z.string() })).max(50), actief: z.boolean() })`;
const mini = (i: number) =>
  `z.strictObject({ id${i}: z.string().check(z.regex(/^[a-z0-9-]{3,40}$/, { error: "ongeldig" }), z.meta({ description: "id ${i}" })), bedrag: z.string().check(z.regex(/^-?\\d+(\\.\\d{1,2})?$/)), jaar: z.int().check(z.minimum(2020), z.maximum(2100)), status: z.enum(["concept", "ingediend", "beoordeeld"]), opmerking: z.optional(z.string().check(z.trim(), z.maxLength(2000))), regels: z.array(z.object({ naam: z.string().check(z.minLength(1)), bedrag: z.string() })).check(z.maxLength(50)), actief: z.boolean() })`;

const module = (pakket: string, schemas: string[]) =>
  [
    `import * as z from "${pakket}";`,
    `const S = [${schemas.join(",\n")}];`,
    "export const handler = async () => ({ statusCode: 200, body: String(S.length) });",
  ].join("\n");

const reeks = Array.from({ length: SCHEMAS }, (_, i) => i);
const BRONNEN: Record<string, string> = {
  leeg: 'export const handler = async () => ({ statusCode: 200, body: "" });',
  "classic, één schema": module("zod", ["z.string()"]),
  "mini, één schema": module("zod/mini", ["z.string()"]),
  [`classic, ${SCHEMAS} schema's`]: module("zod", reeks.map(classic)),
  [`mini, ${SCHEMAS} schema's`]: module("zod/mini", reeks.map(mini)),
};

/** Imports a bundle in a new Node process: wall and CPU milliseconds, and zod nodes built. */
function importeer(bestand: string): { wand: number; cpu: number; knopen: number } {
  const code = `let k=0;globalThis.__zod_globalConfig={postProcessor:()=>{k++}};const c=process.cpuUsage();const t=performance.now();await import(${JSON.stringify(bestand)});const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wand:performance.now()-t,cpu:(u.user+u.system)/1000,knopen:k}))`;
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }),
  );
}

const mediaan = (t: number[]): number => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;

const map = mkdtempSync(join(tmpdir(), "kb-zod-mini-"));
const namen = Object.keys(BRONNEN);
const bundel = (i: number) => join(map, `b${i}.mjs`);
for (const [i, naam] of namen.entries()) {
  const bron = join(import.meta.dirname, `.zod-mini-${i}.ts`); // inside the repo, so zod resolves
  writeFileSync(bron, BRONNEN[naam]!);
  try {
    await build({ ...BUNDEL_OPTIES, entryPoints: [bron], outfile: bundel(i) });
  } finally {
    rmSync(bron);
  }
}
// In rounds over all bundles, as bench/bundels.ts does, so drifting load hits them alike.
const metingen = namen.map(() => [] as ReturnType<typeof importeer>[]);
for (let r = 0; r < RONDEN; r++)
  for (const i of namen.keys()) metingen[i]!.push(importeer(bundel(i)));
const uitslag = metingen.map((m) => ({
  wand: mediaan(m.map((x) => x.wand)),
  cpu: mediaan(m.map((x) => x.cpu)),
  knopen: m[0]!.knopen,
}));
console.log(`zod classic en zod/mini, mediaan van ${RONDEN} imports in een nieuw Node-proces:`);
for (const [i, naam] of namen.entries()) {
  const u = uitslag[i]!;
  const kosten = u.wand - uitslag[0]!.wand;
  console.log(
    `  ${naam.padEnd(22)} ${(statSync(bundel(i)).size / 1024).toFixed(1).padStart(6)} KB ${String(u.knopen).padStart(5)} knopen ${u.wand.toFixed(1).padStart(6)} ms ${u.cpu.toFixed(1).padStart(6)} ms cpu  boven leeg ${kosten.toFixed(1).padStart(5)} ms`,
  );
}
const boven = (i: number) => uitslag[i]!.wand - uitslag[0]!.wand;
console.log(
  `mini kost ${((100 * boven(4)) / boven(3)).toFixed(0)} % van classic voor import + ${SCHEMAS} schema's (import alleen: ${((100 * boven(2)) / boven(1)).toFixed(0)} %; bouwen alleen: ${((100 * (boven(4) - boven(2))) / (boven(3) - boven(1))).toFixed(0)} %)`,
);
rmSync(map, { recursive: true, force: true });
