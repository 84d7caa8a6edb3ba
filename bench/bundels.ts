// bench: tsx
// Benchmark (not a timed test): the size of every Lambda bundle and its cold
// initialisation (importing the bundle in a fresh Node 22 process), beside minimal handlers built
// the same way, as a ratio. Targets: each bundle < 1 MB, initialisation ≤ 1.5 × the minimal one.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { alleIngangen, BUNDEL_OPTIES } from "#lokaal/bundels.js";
import { bouwBron, koudeStarts, telZodKnopen } from "./lib/koudeStart.js";

const METINGEN = 15;

// The baselines: a handler that imports nothing, and per set of AWS clients the smallest handler
// that uses exactly those clients (one call each). A functie is held against the baseline with the
// clients its bundle carries (from esbuild's metafile): the ratio then shows what our code adds —
// middy, zod, the logger, the rules — on top of the SDK it cannot do without. (Choice
// says "a minimal handler": documenten needs S3 and DynamoDB; against a DynamoDB-only handler its
// ratio would measure the S3 client, not our code. A functie without any AWS client — health,
// OpenAPI, the PDF renderer — is held against the DynamoDB handler, the portal's minimal handler,
// as all functies were before: against the empty handler (~5 ms) a logger alone would fail.)
// A baseline makes its client with the first call, as functions/data/clients.ts does: made at
// import it cost the baseline ~6 ms (12 %) that the functies pay only with their first request,
// which made every ratio look 0.1–0.2 × better than it was.
const KLANTEN: Record<string, { bron: string; gebruik: string }> = {
  "client-dynamodb": {
    bron: [
      'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
      'import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";',
      "let doc: DynamoDBDocumentClient | undefined;",
    ].join("\n"),
    gebruik:
      "await (doc ??= DynamoDBDocumentClient.from(new DynamoDBClient({}))).send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } }))",
  },
  "client-s3": {
    bron: [
      'import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";',
      'import { createPresignedPost } from "@aws-sdk/s3-presigned-post";',
      'import { getSignedUrl } from "@aws-sdk/s3-request-presigner";',
      "let s3: S3Client | undefined;",
    ].join("\n"),
    gebruik:
      "await getSignedUrl((s3 ??= new S3Client({})), new GetObjectCommand({ Bucket: 'b', Key: 'k' })), await createPresignedPost(s3, { Bucket: 'b', Key: 'k' })",
  },
  "client-sesv2": {
    bron: 'import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";\nlet ses: SESv2Client | undefined;',
    gebruik: "await (ses ??= new SESv2Client({})).send(new SendEmailCommand({}))",
  },
  "client-cognito-identity-provider": {
    bron: 'import { CognitoIdentityProviderClient, AdminGetUserCommand } from "@aws-sdk/client-cognito-identity-provider";\nlet cognito: CognitoIdentityProviderClient | undefined;',
    gebruik:
      "await (cognito ??= new CognitoIdentityProviderClient({})).send(new AdminGetUserCommand({ UserPoolId: 'p', Username: 'u' }))",
  },
};

/** The source of the minimal handler with these clients (none: the empty handler). */
function minimaleBron(klanten: readonly string[]): string {
  const k = klanten.map((n) => KLANTEN[n]!);
  return [
    ...k.map((x) => x.bron),
    `export const handler = async () => ({ statusCode: 200, body: JSON.stringify([${k.map((x) => x.gebruik).join(", ")}]) });`,
  ].join("\n");
}

/** The AWS clients (keys of KLANTEN) whose code is in a bundle; at least DynamoDB (see above). */
function klantenVan(bronnen: readonly string[]): string[] {
  const k = Object.keys(KLANTEN).filter((n) =>
    bronnen.some((b) => b.includes(`node_modules/@aws-sdk/${n}/`)),
  );
  return k.length > 0 ? k : ["client-dynamodb"];
}

const basisNaam = (klanten: readonly string[]): string =>
  klanten.length === 0
    ? "minimaal-leeg"
    : `minimaal-${klanten.map((k) => k.replace("client-", "")).join("+")}`;

async function bouwMinimaal(map: string, sets: readonly (readonly string[])[]): Promise<void> {
  for (const klanten of sets) {
    const naam = basisNaam(klanten);
    await bouwBron(naam, minimaleBron(klanten), join(map, `${naam}.mjs`));
  }
}

/**
 * A lower bound, not a way to build: zod replaced by a module whose every export is a no-op proxy,
 * so building and checking schemas costs nothing. What a functie still needs above 1.5 × then is
 * not validation's; it shows how far any faster validation (zod/mini, fewer schemas) could go.
 */
async function zodZonderKosten(map: string): Promise<Plugin> {
  const namen = Object.keys(await import("zod")).filter((n) => n !== "default");
  const nep = join(map, "zod-nop.mjs");
  writeFileSync(
    nep,
    [
      "const f = function () { return p; };",
      'const p = new Proxy(f, { get: (_, k) => (k === Symbol.toPrimitive ? () => "" : k === "then" ? undefined : p), apply: () => p, construct: () => p });',
      "export default p;",
      `export { ${namen.map((n) => `p as ${JSON.stringify(n)}`).join(", ")} };`,
    ].join("\n"),
  );
  return {
    name: "zod-nop",
    setup: (b) => b.onResolve({ filter: /^zod(\/.*)?$/ }, () => ({ path: nep })),
  };
}

/**
 * Builds every Lambda's bundle — the functies (as lokaal/bundels.ts does) and the scheduled jobs
 * (as infra/planning.ts deploys them) — and says which clients each carries.
 */
async function bouwFuncties(map: string, plugins: Plugin[] = []): Promise<Map<string, string[]>> {
  const r = await build({
    ...BUNDEL_OPTIES,
    plugins,
    entryPoints: alleIngangen(),
    outdir: map,
    outExtension: { ".js": ".mjs" },
    metafile: true,
  });
  const klanten = new Map<string, string[]>();
  for (const [uit, o] of Object.entries(r.metafile.outputs)) {
    const naam = /([^/]+)\.mjs$/.exec(uit)?.[1];
    if (naam && o.entryPoint)
      klanten.set(
        naam,
        klantenVan(
          Object.entries(o.inputs)
            .filter(([, i]) => i.bytesInOutput > 0)
            .map(([b]) => b),
        ),
      );
  }
  return new Map(Object.keys(alleIngangen()).map((f) => [f, klanten.get(f) ?? []]));
}

const map = mkdtempSync(join(tmpdir(), "kb-bundels-"));
const functies = await bouwFuncties(map);
const zonderZod = join(map, "zonder-zod");
await bouwFuncties(zonderZod, [await zodZonderKosten(map)]);
const sets = [
  ...new Map([[], ...functies.values()].map((k) => [basisNaam(k), k] as const)).values(),
];
await bouwMinimaal(map, sets);
const grootte = (f: string) => statSync(join(map, `${f}.mjs`)).size / 1024;
const pad = (f: string) => join(map, `${f}.mjs`);
const padZonderZod = (f: string) => join(zonderZod, `${f}.mjs`);
const starts = koudeStarts(
  [
    ...[...sets.map(basisNaam), ...functies.keys()].map(pad),
    ...[...functies.keys()].map(padZonderZod),
  ],
  METINGEN,
);
const meting = (f: string) => starts.get(pad(f))!;
const regel = (naam: string, basis: string, extra = "") => {
  const m = meting(naam);
  const b = meting(basis);
  return `  ${naam.padEnd(30)} ${grootte(naam).toFixed(1).padStart(8)} KB  ${m.wand.toFixed(1).padStart(6)} ms  ${(m.wand / b.wand).toFixed(2)} ×  ${m.cpu.toFixed(1).padStart(6)} ms cpu  ${(m.cpu / b.cpu).toFixed(2)} ×  t.o.v. ${basis}${extra}`;
};

console.log(
  `Bundels (esbuild, ESM, minified, AWS SDK gebundeld); koude start = mediaan van ${METINGEN} imports in een nieuw Node-proces, in ronden over alle bundels, als wandkloktijd en als CPU-tijd; verhouding t.o.v. de minimale handler met dezelfde AWS-clients:`,
);
for (const k of sets) console.log(regel(basisNaam(k), basisNaam(k)));
for (const [f, klanten] of functies) {
  const basis = basisNaam(klanten);
  const m = meting(f);
  const b = meting(basis);
  const binnen = grootte(f) < 1024 && m.wand <= 1.5 * b.wand && m.cpu <= 1.5 * b.cpu;
  const z = starts.get(padZonderZod(f))!;
  const ondergrens = `  zonder zod ${(z.wand / b.wand).toFixed(2)} × / ${(z.cpu / b.cpu).toFixed(2)} ×  ${telZodKnopen(pad(f))} zod-knopen`;
  console.log(regel(f, basis, `${ondergrens}${binnen ? "" : "  (boven doel)"}`));
}
console.log(
  "zonder zod: dezelfde bundel met zod vervangen door een no-op (ondergrens voor elke snellere validatie; geen bouwwijze); zod-knopen: de schema's en checks die de bundel bij het laden bouwt (vast getal: een wijziging die veel schema's toevoegt valt op)",
);
console.log(
  "doel: elke bundel < 1 MB en koude start ≤ 1,5 × de minimale handler met dezelfde clients (wandklok en CPU)",
);
rmSync(map, { recursive: true, force: true });
