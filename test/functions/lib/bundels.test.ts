// What each Lambda bundle carries (esbuild's metafile, the options of the deployed
// bundles): only its own routes, no AWS SDK in the public Lambdas, no exceljs, one zod locale —
// and under 1 MB. Guards the cuts that brought the bundles from 1.1–2.2 MB to below 1 MB; the
// timings are a benchmark (bench/bundels.ts), not a test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import type { Functie } from "#functions/lib/route.js";
import { BUNDEL_OPTIES, functiesMetHandler, GEPLANDE_HANDLERS, ingangen } from "#lokaal/bundels.js";

const WORTEL = join(import.meta.dirname, "../../..");
// The functies wired with their own routes (maakLambda); a handler still on maakHandler (the
// whole table) is not held to these limits yet.
const eigen = functiesMetHandler().filter((f) =>
  readFileSync(join(WORTEL, "functions", f, "handler.ts"), "utf8").includes("maakLambda"),
);
let uit: Record<string, { bytes: number; bronnen: string[] }> = {};
/** Per functie the Node built-ins its bundle still imports as ES module. */
let esmIngebouwd: Record<string, string[]> = {};
/** Every import esbuild resolved, with the importing file and its kind (static or dynamic). */
let importen: { van: string; naar: string; soort: string }[] = [];

beforeAll(async () => {
  const r = await build({
    ...BUNDEL_OPTIES,
    entryPoints: {
      ...ingangen(eigen),
      ...Object.fromEntries(
        Object.entries(GEPLANDE_HANDLERS).map(([naam, bron]) => [naam, join(WORTEL, bron)]),
      ),
    },
    outdir: "uit",
    outExtension: { ".js": ".mjs" },
    write: false,
    metafile: true,
  });
  const meta: Metafile = r.metafile;
  importen = Object.entries(meta.inputs).flatMap(([van, i]) =>
    i.imports.map((im) => ({ van, naar: im.original ?? im.path, soort: im.kind })),
  );
  esmIngebouwd = Object.fromEntries(
    r.outputFiles.map((o) => [
      /([^/]+)\.mjs$/.exec(o.path)![1]!,
      // Minified: `import{x as y}from"node:fs"`; the banner's own import is written with quotes '.
      [...o.text.matchAll(/from\s*"(node:[a-z_/]+)"/g)].map((m) => m[1]!),
    ]),
  );
  uit = Object.fromEntries(
    Object.entries(meta.outputs)
      .filter(([, o]) => o.entryPoint)
      .map(([pad, o]) => [
        /([^/]+)\.mjs$/.exec(pad)![1]!,
        {
          bytes: o.bytes,
          // What ends up in the bundle: esbuild also lists files it parsed and shook out entirely.
          bronnen: Object.entries(o.inputs)
            .filter(([, i]) => i.bytesInOutput > 0)
            .map(([b]) => b),
        },
      ]),
  );
}, 60_000);

type Bundel = Functie | keyof typeof GEPLANDE_HANDLERS;
const bronnen = (f: Bundel) => uit[f]!.bronnen;
/** Every bundle: the functies with their own routes and the scheduled jobs. */
const alle = () => Object.keys(uit) as Bundel[];

describe("Lambda-bundels", () => {
  it("bouwt alle functies met eigen routes, in elk geval de bekende", () => {
    expect(eigen).toEqual(
      expect.arrayContaining(["indiening", "voorschot", "gezondheid", "rapportage", "stukken"]),
    );
  });

  it("houdt elke bundel onder 1 MB, ook die van de geplande jobs", () => {
    expect(alle()).toEqual(expect.arrayContaining(Object.keys(GEPLANDE_HANDLERS)));
    const te = alle().filter((f) => uit[f]!.bytes >= 1024 * 1024);
    expect(te.map((f) => `${f}: ${Math.round(uit[f]!.bytes / 1024)} KB`)).toEqual([]);
  });

  it("bundelt in gezondheid, openapi en stukken geen AWS SDK en geen datalaag", () => {
    // functions/data/tabel.ts is plain data (the default table name for config.ts), no SDK.
    // stukken reads through the portal's API with the caller's token (functions/stukken/api.ts).
    const sdk = /@aws-sdk|@smithy|functions\/data\/(?!tabel\.ts$)/;
    for (const f of ["gezondheid", "openapi", "stukken"] as const) {
      expect(
        bronnen(f).filter((b) => sdk.test(b)),
        f,
      ).toEqual([]);
    }
  });

  it("maakt PDF's alleen in stukken: rapportage bundelt geen pdf-lib", () => {
    const pdf = /node_modules\/(pdf-lib|@pdf-lib)\//;
    expect(bronnen("rapportage").filter((b) => pdf.test(b))).toEqual([]);
    expect(bronnen("stukken").some((b) => pdf.test(b))).toBe(true);
  });

  it("bundelt per functie alleen de eigen routes (openapi documenteert ze allemaal)", () => {
    for (const f of eigen.filter((x) => x !== "openapi")) {
      const routes = bronnen(f).filter((b) => /^functions\/[^/]+\/routes\.ts$/.test(b));
      expect(routes, f).toEqual([`functions/${f}/routes.ts`]);
    }
  });

  it("bundelt van zod alleen de Nederlandse (en de standaard-)taal, niet alle 50", () => {
    // openapi documents every route, so it carries what any functie's schemas import.
    for (const f of eigen.filter((x) => x !== "openapi")) {
      const talen = bronnen(f).filter((b) => b.includes("zod/v4/locales/"));
      expect(
        talen.filter((b) => !/\/(nl|en|index)\.js$/.test(b)),
        f,
      ).toEqual([]);
    }
  });

  it("importeert geen ingebouwde module als ES-module (lokaal/bundels.ts BUNDEL_ALIASSEN)", () => {
    // A new one means a dependency started importing it: add it to INGEBOUWD_VIA_REQUIRE.
    const over = Object.entries(esmIngebouwd).filter(([, m]) => m.length > 0);
    expect(Object.fromEntries(over)).toEqual({});
  });

  it("evalueert van de SDK alleen wat gebruikt wordt: geen DynamoDB-verzamelclient, geen waiters", () => {
    // A lazily loaded module of ours (a dynamic import) makes esbuild wrap everything it
    // imports; a wrapped import from @aws-sdk/client-dynamodb then initialises the whole package
    // index — all its commands — at cold start (functions/lib/lui.ts).
    const hele = /client-dynamodb\/dist-es\/(DynamoDB\.js|waiters\/)/;
    for (const f of alle())
      expect(
        bronnen(f).filter((b) => hele.test(b)),
        f,
      ).toEqual([]);
  });

  it("laadt operaties van een Lambda met datalaag statisch; lui alleen in openapi en stukken", () => {
    const lui = importen.filter(
      (i) => i.soort === "dynamic-import" && /^(functions|shared)\//.test(i.van),
    );
    expect(lui.map((i) => i.van).filter((v) => !/^functions\/(openapi|stukken)\//.test(v))).toEqual(
      ["functions/lib/export/werkmap.ts"],
    );
  });

  it("laadt write-excel-file (met fflate) pas bij het eerste werkboek", () => {
    const xlsx = importen.filter((i) => i.naar.startsWith("write-excel-file"));
    expect(xlsx.length).toBeGreaterThan(0);
    expect(xlsx.filter((i) => i.soort !== "dynamic-import")).toEqual([]);
  });

  it("schrijft XLSX zonder exceljs", () => {
    expect(bronnen("voorschot").filter((b) => b.includes("node_modules/exceljs"))).toEqual([]);
  });
});
