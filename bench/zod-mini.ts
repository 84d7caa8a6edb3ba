// bench: tsx
// Benchmark (not a timed test) behind a decision: would zod/mini bring the functies'
// cold start under 1.5 ×? bench/bundels.ts shows that the gap is zod (import plus building the
// schemas at module level). This measures both zod builds on the same schemas: 50 object schemas
// shaped like ours (a strict object with a regex id with a Dutch error and a description, an amount
// string, a bounded integer, an enum, an optional trimmed text, an array of objects, a boolean),
// each written in the classic and the mini API, bundled exactly as the Lambdas are (BUNDEL_OPTIES)
// and imported in a fresh Node process, beside an empty module and each zod with one schema.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bouwBron, koudeStarts, telZodKnopen } from "./lib/koudeStart.js";

const SCHEMAS = 50;
const RONDEN = 21;

const classic = (i: number) =>
  `z.strictObject({ id${i}: z.string().regex(/^[a-z0-9-]{3,40}$/, { error: "ongeldig" }).meta({ description: "id ${i}" }), bedrag: z.string().regex(/^-?\\d+(\\.\\d{1,2})?$/), jaar: z.number().int().min(2020).max(2100), status: z.enum(["concept", "ingediend", "beoordeeld"]), opmerking: z.string().trim().max(2000).optional(), regels: z.array(z.object({ naam: z.string().min(1), bedrag: z.string() })).max(50), actief: z.boolean() })`;
const mini = (i: number) =>
  `z.strictObject({ id${i}: z.string().check(z.regex(/^[a-z0-9-]{3,40}$/, { error: "ongeldig" }), z.meta({ description: "id ${i}" })), bedrag: z.string().check(z.regex(/^-?\\d+(\\.\\d{1,2})?$/)), jaar: z.int().check(z.minimum(2020), z.maximum(2100)), status: z.enum(["concept", "ingediend", "beoordeeld"]), opmerking: z.optional(z.string().check(z.trim(), z.maxLength(2000))), regels: z.array(z.object({ naam: z.string().check(z.minLength(1)), bedrag: z.string() })).check(z.maxLength(50)), actief: z.boolean() })`;

const bronMet = (pakket: string, schemas: string[]) =>
  [
    `import * as z from "${pakket}";`,
    `const S = [${schemas.join(",\n")}];`,
    "export const handler = async () => ({ statusCode: 200, body: String(S.length) });",
  ].join("\n");

const reeks = Array.from({ length: SCHEMAS }, (_, i) => i);
const BRONNEN = {
  leeg: 'export const handler = async () => ({ statusCode: 200, body: "" });',
  classicImport: bronMet("zod", ["z.string()"]),
  miniImport: bronMet("zod/mini", ["z.string()"]),
  classic: bronMet("zod", reeks.map(classic)),
  mini: bronMet("zod/mini", reeks.map(mini)),
};
type Naam = keyof typeof BRONNEN;
const OMSCHRIJVING: Record<Naam, string> = {
  leeg: "leeg",
  classicImport: "classic, één schema",
  miniImport: "mini, één schema",
  classic: `classic, ${SCHEMAS} schema's`,
  mini: `mini, ${SCHEMAS} schema's`,
};

const map = mkdtempSync(join(tmpdir(), "kb-zod-mini-"));
const namen = Object.keys(BRONNEN) as Naam[];
const bundel = (n: Naam) => join(map, `${n}.mjs`);
for (const n of namen) await bouwBron(`zod-mini-${n}`, BRONNEN[n], bundel(n));
// In rounds over all bundles, as bench/bundels.ts does, so drifting load hits them alike.
const starts = koudeStarts(namen.map(bundel), RONDEN);
const meting = (n: Naam) => starts.get(bundel(n))!;
/** Wall-clock milliseconds above the empty module: what loading zod and the schemas adds. */
const boven = (n: Naam) => meting(n).wand - meting("leeg").wand;

console.log(`zod classic en zod/mini, mediaan van ${RONDEN} imports in een nieuw Node-proces:`);
for (const n of namen) {
  const m = meting(n);
  console.log(
    `  ${OMSCHRIJVING[n].padEnd(22)} ${(statSync(bundel(n)).size / 1024).toFixed(1).padStart(6)} KB ${String(telZodKnopen(bundel(n))).padStart(5)} knopen ${m.wand.toFixed(1).padStart(6)} ms ${m.cpu.toFixed(1).padStart(6)} ms cpu  boven leeg ${boven(n).toFixed(1).padStart(5)} ms`,
  );
}
const procent = (deel: number, geheel: number) => ((100 * deel) / geheel).toFixed(0);
console.log(
  `mini kost ${procent(boven("mini"), boven("classic"))} % van classic voor import + ${SCHEMAS} schema's (import alleen: ${procent(boven("miniImport"), boven("classicImport"))} %; bouwen alleen: ${procent(boven("mini") - boven("miniImport"), boven("classic") - boven("classicImport"))} %)`,
);
rmSync(map, { recursive: true, force: true });
