// How every Lambda is bundled (ESM, Node 22, the AWS SDK bundled, minified): one neutral module that
// the CDK stack (infra/functie.ts, infra/planning.ts), the local stack (lokaal/bundels.ts) and the
// benchmarks share, so the deployed and the measured bundles cannot drift apart.
import { join } from "node:path";
import type { BuildOptions } from "esbuild";

const WORTEL = join(import.meta.dirname, "../..");

/** ESM bundles need `require` for the CommonJS parts of their dependencies. */
export const REQUIRE_BANNER =
  "import { createRequire as __kbCreateRequire } from 'node:module'; const require = __kbCreateRequire(import.meta.url);";

/**
 * The Node built-ins the bundles' dependencies import as ES modules. An ESM import of a built-in
 * makes Node read every export, which wakes lazy getters: `node:http` loads undici, perf_hooks and
 * worker_threads, `node:process` and `node:util` dozens of internals — together ~20–30 ms of CPU at
 * every cold start, for exports nobody uses. Each is aliased to a CommonJS file in
 * functions/lib/bundel/ that takes the module from `process.getBuiltinModule` (no import path, so
 * the alias cannot loop), which reads nothing. test/functions/lib/bundels.test.ts fails when a
 * dependency starts importing another built-in as ESM.
 */
export const INGEBOUWD_VIA_REQUIRE = [
  "async_hooks",
  "buffer",
  "child_process",
  "console",
  "crypto",
  "fs",
  "fs/promises",
  "http",
  "https",
  "os",
  "path",
  "process",
  "stream",
  "timers",
  "util",
  "zlib",
] as const;

/** Import paths replaced in every bundle (why: INGEBOUWD_VIA_REQUIRE). */
export const BUNDEL_ALIASSEN: Readonly<Record<string, string>> = Object.fromEntries(
  INGEBOUWD_VIA_REQUIRE.map((m) => [
    `node:${m}`,
    join(WORTEL, "functions/lib/bundel", `node-${m.replace("/", "-").replace("_", "-")}.cjs`),
  ]),
);

/** The esbuild options of every Lambda bundle (as infra/functie.ts gives NodejsFunction). */
export const BUNDEL_OPTIES = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  minify: true,
  // The ES module build of a package before its CommonJS one: esbuild can tree-shake it (the AWS
  // SDK's dist-es), ~150 KB less per bundle.
  mainFields: ["module", "main"],
  banner: { js: REQUIRE_BANNER },
  alias: BUNDEL_ALIASSEN,
  logLevel: "warning",
} as const satisfies BuildOptions;

/** The scheduled Lambdas, outside the route table (infra/planning.ts deploys them): name → source. */
export const GEPLANDE_HANDLERS = {
  "voorschot-maandrun": "functions/voorschot/schema-handler.ts",
  "herinneringen-dagelijks": "functions/herinneringen/schema-handler.ts",
} as const;
