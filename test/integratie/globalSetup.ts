// Integration tests: starts the local AWS emulators once for the whole `integratie` project,
// creates table, bucket, user pool and groups, and hands the endpoints to the test files.
import type { TestProject } from "vitest/node";
import { type LokaleOmgeving, omgevingVan, startEmulators } from "#lokaal/emulators.js";
import { type Inrichting, inrichten } from "#lokaal/inrichten.js";

declare module "vitest" {
  export interface ProvidedContext {
    lokaal: LokaleOmgeving;
    inrichting: Inrichting;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = performance.now();
  const stack = await startEmulators({ meld: (t) => console.log(`[lokaal] ${t}`) });
  const t1 = performance.now();
  try {
    const inrichting = await inrichten(stack);
    project.provide("lokaal", omgevingVan(stack));
    project.provide("inrichting", inrichting);
  } catch (e) {
    await stack.stop();
    throw e;
  }
  const t2 = performance.now();
  console.log(
    `[lokaal] emulators gestart in ${Math.round(t1 - t0)} ms, ingericht in ${Math.round(t2 - t1)} ms`,
  );
  return async () => {
    const t3 = performance.now();
    await stack.stop();
    console.log(`[lokaal] emulators gestopt in ${Math.round(performance.now() - t3)} ms`);
  };
}
