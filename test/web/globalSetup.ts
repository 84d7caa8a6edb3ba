// Browser tests: the whole portal as `npm start` brings it up — emulators, demo data,
// the site built from web/ and served with the API at one URL by the local gateway — once for
// the `web` project. The clock is settable per request (x-kb-klok, local stack only), which the
// tests add to the browser's /api/ requests to walk the year.
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import type { Demodata } from "#lokaal/demo.js";
import { startPortaal } from "#lokaal/portaal.js";

declare module "vitest" {
  export interface ProvidedContext {
    portaal: { url: string; demo: Demodata; sesEndpoint: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = performance.now();
  execFileSync("astro", ["build", "--root", "web", "--silent"], { stdio: "inherit" });
  const p = await startPortaal({ meld: (t) => console.log(`[web] ${t}`) });
  project.provide("portaal", { url: p.url, demo: p.demo, sesEndpoint: p.stack.ses.endpoint });
  // Browser tests that need their own organisations and users (a fresh case per test, e.g.
  // test/web/jaar.test.ts) create them as the integration tests do (test/integratie/http/api.ts).
  project.provide("lokaal", p.lokaal);
  project.provide("inrichting", p.inrichting);
  console.log(`[web] portaal op ${p.url} in ${Math.round(performance.now() - t0)} ms`);
  return () => p.stop();
}
