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

/** Milliseconds to import a bundle in a new Node process: the median of several starts. */
function koudeStart(bestand: string): number {
  const code = `const t=performance.now();await import(${JSON.stringify(bestand)});process.stdout.write(String(performance.now()-t))`;
  const tijden = Array.from({ length: METINGEN }, () =>
    Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }),
    ),
  ).sort((a, b) => a - b);
  return tijden[Math.floor(METINGEN / 2)]!;
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
const leeg = koudeStart(join(map, "minimaal-leeg.mjs"));
const basis = koudeStart(join(map, "minimaal-dynamodb.mjs"));
const regel = (naam: string, kb: number, ms: number, extra = "") =>
  `  ${naam.padEnd(18)} ${kb.toFixed(1).padStart(8)} KB  ${ms.toFixed(1).padStart(6)} ms  ${(ms / basis).toFixed(1)} ×${extra}`;

console.log(
  `Bundels (esbuild, ESM, minified, AWS SDK gebundeld); koude start = mediaan van ${METINGEN} imports in een nieuw Node-proces; verhouding t.o.v. de minimale DynamoDB-handler:`,
);
console.log(regel("minimaal (leeg)", grootte("minimaal-leeg"), leeg));
console.log(regel("minimaal DynamoDB", grootte("minimaal-dynamodb"), basis));
for (const f of functies) {
  const kb = grootte(f);
  const ms = koudeStart(join(map, `${f}.mjs`));
  console.log(regel(f, kb, ms, kb < 1024 && ms <= 1.5 * basis ? "" : "  (boven doel)"));
}
console.log("doel (issue #4): elke bundel < 1 MB en koude start ≤ 1,5 × de minimale handler");
