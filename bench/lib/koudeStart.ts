// How the cold-start benchmarks (bench/bundels.ts, bench/zod-mini.ts) build and time a bundle, in one
// place so their figures stay comparable. scripts/bench.sh runs bench/*.ts only, not this folder.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { BUNDEL_OPTIES } from "#lokaal/bundels.js";

export interface Meting {
  /** Wall-clock milliseconds of the import: what a cold start waits. */
  wand: number;
  /** CPU milliseconds (user + system) of the import: the work, hardly moved by other load. */
  cpu: number;
}

/** Runs module code in a new Node process and parses what it writes as JSON. */
const inNieuwProces = <T>(code: string): T =>
  JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }),
  ) as T;

/** Imports a bundle once, in a new Node process. */
export const importeer = (bestand: string): Meting =>
  inNieuwProces(
    `const c=process.cpuUsage();const t=performance.now();await import(${JSON.stringify(bestand)});const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wand:performance.now()-t,cpu:(u.user+u.system)/1000}))`,
  );

/**
 * The zod schema nodes (schemas and checks) a bundle builds when it loads, counted through zod's
 * global post-processor hook — in an import of its own, so the counting never adds to a timing.
 */
export const telZodKnopen = (bestand: string): number =>
  inNieuwProces(
    `let k=0;globalThis.__zod_globalConfig={postProcessor:()=>{k++}};await import(${JSON.stringify(bestand)});process.stdout.write(String(k))`,
  );

/** The middle value (the upper one of an even count); leaves the caller's array as it was. */
export const mediaan = (t: readonly number[]): number =>
  [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]!;

/**
 * The median import time of every bundle. Measured in rounds (each round imports every bundle
 * once) rather than bundle after bundle: on a shared machine the load drifts over minutes, and
 * rounds spread that drift over all bundles instead of over a few.
 */
export function koudeStarts(bestanden: readonly string[], ronden: number): Map<string, Meting> {
  const metingen = new Map(bestanden.map((b) => [b, [] as Meting[]]));
  for (let ronde = 0; ronde < ronden; ronde++) {
    for (const b of bestanden) metingen.get(b)!.push(importeer(b));
  }
  return new Map(
    [...metingen].map(([b, m]) => [
      b,
      { wand: mediaan(m.map((x) => x.wand)), cpu: mediaan(m.map((x) => x.cpu)) },
    ]),
  );
}

/**
 * Bundles a generated source exactly as the Lambdas are bundled (BUNDEL_OPTIES), so a comparison
 * shows the code's cost only. The source is written inside bench/ for the build, so that packages
 * resolve from the project, and removed again.
 */
export async function bouwBron(naam: string, bron: string, uitvoer: string): Promise<void> {
  const pad = join(import.meta.dirname, "..", `.${naam}.ts`);
  writeFileSync(pad, bron);
  try {
    await build({ ...BUNDEL_OPTIES, entryPoints: [pad], outfile: uitvoer });
  } finally {
    rmSync(pad);
  }
}
