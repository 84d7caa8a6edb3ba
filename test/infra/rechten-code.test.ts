// The rights of infra/rechten.ts checked against the code each Lambda really bundles
// (esbuild metafile, dependencies left external so it stays fast): S3 access exactly for the
// functies whose bundle contains functions/data/documentopslag.ts, and no SES grant while no
// bundled source sends mail. (Table rights cannot be read off the bundle: every handler bundles
// the membership lookup of functions/lib/handler.ts, also the public ones that never run it.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import type { Functie } from "#functions/lib/route.js";
import { functiesMetRoutes } from "#infra/api.js";
import { WORTEL } from "#infra/functie.js";
import { RECHTEN } from "#infra/rechten.js";

let meta: Metafile;

beforeAll(async () => {
  const r = await build({
    absWorkingDir: WORTEL,
    entryPoints: Object.fromEntries(
      functiesMetRoutes().map((f) => [f, `functions/${f}/handler.ts`]),
    ),
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outdir: "uit",
    logLevel: "silent",
  });
  meta = r.metafile;
}, 60_000);

const bundel = (f: Functie) => {
  const uit = Object.values(meta.outputs).find(
    (o) => o.entryPoint === `functions/${f}/handler.ts`,
  )!;
  return { bestanden: Object.keys(uit.inputs), imports: uit.imports.map((i) => i.path) };
};

describe("rechten volgen uit de code", () => {
  it("geeft S3-rechten precies aan de functies die documenten opslaan", () => {
    for (const f of functiesMetRoutes())
      expect(bundel(f).bestanden.includes("functions/data/documentopslag.ts"), f).toBe(
        RECHTEN[f].documenten.length > 0,
      );
  });

  it("geen route-Lambda verstuurt mail (dat doet alleen de geplande herinneringenjob), dus geen heeft SES-recht nodig", () => {
    for (const f of functiesMetRoutes())
      for (const b of bundel(f).bestanden.filter(
        (x) => x.startsWith("functions/") && x !== "functions/data/clients.ts",
      ))
        expect(readFileSync(join(WORTEL, b), "utf8"), `${f}: ${b}`).not.toMatch(/sesClient\(/);
  });
});
