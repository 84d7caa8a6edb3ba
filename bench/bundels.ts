// bench: tsx
// Benchmark (not a timed test) of issue #4: the size of every Lambda bundle and its cold
// initialisation (importing the bundle in a fresh Node 22 process), beside minimal handlers built
// the same way, as a ratio. Targets: each bundle < 1 MB, initialisation ≤ 1.5 × the minimal one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { bouwBundels, REQUIRE_BANNER } from "../lokaal/bundels.js";

const METINGEN = 7;

// Two baselines: a handler that imports nothing, and the smallest handler that reads DynamoDB (the
// SDK client every data-backed Lambda carries). Ratios are against the second.
const MINIMAAL: Record<string, string> = {
  "minimaal-leeg": "export const handler = async () => ({ statusCode: 200, body: 'ok' });\n",
  "minimaal-dynamodb": [
    'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
    'import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";',
    "const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));",
    "export const handler = async () => ({ statusCode: 200, body: JSON.stringify(await doc.send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } }))) });",
  ].join("\n"),
};

interface Meting {
  /** Wall-clock milliseconds of the import: what a cold start waits. */
  wand: number;
  /** CPU milliseconds (user + system) of the import: the work, hardly moved by other load. */
  cpu: number;
}

/** Imports a bundle once, in a new Node process. */
function importeer(bestand: string): Meting {
  const code = `const c=process.cpuUsage();const t=performance.now();await import(${JSON.stringify(bestand)});const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wand:performance.now()-t,cpu:(u.user+u.system)/1000}))`;
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }),
  ) as Meting;
}

const mediaan = (t: number[]): number => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;

/**
 * The median import time of every bundle. Measured in rounds (each round imports every bundle
 * once, the baselines included) rather than bundle after bundle: on a shared machine the load
 * drifts over minutes, and rounds spread that drift over all bundles instead of over a few.
 */
function koudeStarts(bestanden: readonly string[]): Map<string, Meting> {
  const metingen = new Map(bestanden.map((b) => [b, [] as Meting[]]));
  for (let ronde = 0; ronde < METINGEN; ronde++) {
    for (const b of bestanden) metingen.get(b)!.push(importeer(b));
  }
  return new Map(
    [...metingen].map(([b, m]) => [
      b,
      { wand: mediaan(m.map((x) => x.wand)), cpu: mediaan(m.map((x) => x.cpu)) },
    ]),
  );
}

async function bouwMinimaal(map: string): Promise<void> {
  for (const [naam, bron] of Object.entries(MINIMAAL)) {
    const pad = join(import.meta.dirname, `.${naam}.ts`); // inside the repo, so packages resolve
    writeFileSync(pad, bron);
    try {
      await build({
        entryPoints: [pad],
        outfile: join(map, `${naam}.mjs`),
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node22",
        minify: true,
        banner: { js: REQUIRE_BANNER },
        logLevel: "warning",
      });
    } finally {
      rmSync(pad);
    }
  }
}

const map = mkdtempSync(join(tmpdir(), "kb-bundels-"));
const functies = await bouwBundels(map);
await bouwMinimaal(map);
const grootte = (f: string) => statSync(join(map, `${f}.mjs`)).size / 1024;
const pad = (f: string) => join(map, `${f}.mjs`);
const starts = koudeStarts(["minimaal-leeg", "minimaal-dynamodb", ...functies].map(pad));
const meting = (f: string) => starts.get(pad(f))!;
const basis = meting("minimaal-dynamodb");
const regel = (naam: string, kb: number, m: Meting, extra = "") =>
  `  ${naam.padEnd(18)} ${kb.toFixed(1).padStart(8)} KB  ${m.wand.toFixed(1).padStart(6)} ms  ${(m.wand / basis.wand).toFixed(2)} ×  ${m.cpu.toFixed(1).padStart(6)} ms cpu  ${(m.cpu / basis.cpu).toFixed(2)} ×${extra}`;

console.log(
  `Bundels (esbuild, ESM, minified, AWS SDK gebundeld); koude start = mediaan van ${METINGEN} imports in een nieuw Node-proces, in ronden over alle bundels, als wandkloktijd en als CPU-tijd; verhouding t.o.v. de minimale DynamoDB-handler:`,
);
console.log(regel("minimaal (leeg)", grootte("minimaal-leeg"), meting("minimaal-leeg")));
console.log(regel("minimaal DynamoDB", grootte("minimaal-dynamodb"), basis));
for (const f of functies) {
  const kb = grootte(f);
  const m = meting(f);
  const binnen = kb < 1024 && m.wand <= 1.5 * basis.wand && m.cpu <= 1.5 * basis.cpu;
  console.log(regel(f, kb, m, binnen ? "" : "  (boven doel)"));
}
console.log(
  "doel (issue #4): elke bundel < 1 MB en koude start ≤ 1,5 × de minimale handler (wandklok en CPU)",
);
rmSync(map, { recursive: true, force: true });
