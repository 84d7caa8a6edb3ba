// Browser tests (issue #5): the whole portal as `npm start` brings it up — emulators, demo data,
// the site built from web/ and served with the API at one URL by the local gateway — once for
// the `web` project. The clock is settable per request (x-kb-klok, local stack only), which the
// tests add to the browser's /api/ requests to walk the year.
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { type Demodata, gebruikLokaleStack, laadDemodata } from "../../lokaal/demo.js";
import { omgevingVan, startEmulators } from "../../lokaal/emulators.js";
import { startGateway } from "../../lokaal/gateway.js";
import { inrichten } from "../../lokaal/inrichten.js";
import { siteHandler } from "../../lokaal/site.js";

declare module "vitest" {
  export interface ProvidedContext {
    portaal: { url: string; demo: Demodata; sesEndpoint: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = performance.now();
  execFileSync("astro", ["build", "--root", "web", "--silent"], { stdio: "inherit" });
  const stack = await startEmulators({ meld: (t) => console.log(`[web] ${t}`) });
  try {
    const inrichting = await inrichten(stack);
    const lokaal = omgevingVan(stack);
    gebruikLokaleStack({ lokaal, inrichting });
    const demo = await laadDemodata({ lokaal, inrichting });
    const gateway = await startGateway({
      omgeving: lokaal,
      inrichting,
      overig: siteHandler({
        cognitoEndpoint: stack.cognito.endpoint,
        clientId: stack.cognito.clientId,
        documentenOrigin: new URL(stack.s3.endpoint).origin,
      }),
    });
    // Browsers resolve "localhost"; the gateway listens on 127.0.0.1.
    const url = gateway.url.replace("127.0.0.1", "localhost");
    project.provide("portaal", { url, demo, sesEndpoint: stack.ses.endpoint });
    // Browser tests that need their own organisations and users (a fresh case per test, e.g.
    // test/web/jaar.test.ts) create them as the integration tests do (test/integratie/http/api.ts).
    project.provide("lokaal", lokaal);
    project.provide("inrichting", inrichting);
    console.log(`[web] portaal op ${url} in ${Math.round(performance.now() - t0)} ms`);
    return async () => {
      await gateway.stop();
      await stack.stop();
    };
  } catch (e) {
    await stack.stop();
    throw e;
  }
}
