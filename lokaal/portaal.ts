// The whole portal on the emulators, as the browser tests (test/web/globalSetup.ts) and the page
// benchmark (bench/paginas.ts) use it: emulators, tables and bucket, the demo data, and the local
// gateway serving the API and a built site at one URL. `npm start` (start.ts) does the same with
// its own clock, ports and messages.
import { type Demodata, gebruikLokaleStack, laadDemodata } from "./demo.js";
import { type LokaleOmgeving, type LokaleStack, omgevingVan, startEmulators } from "./emulators.js";
import type { Gateway } from "./gateway.js";
import { type Inrichting, inrichten } from "./inrichten.js";
import { siteHandler } from "./site.js";

export interface Portaal {
  /** With "localhost": browsers resolve it; the gateway listens on 127.0.0.1. */
  readonly url: string;
  readonly gateway: Gateway;
  readonly stack: LokaleStack;
  readonly lokaal: LokaleOmgeving;
  readonly inrichting: Inrichting;
  readonly demo: Demodata;
  stop(): Promise<void>;
}

export async function startPortaal(
  o: { site?: string; meld?: (tekst: string) => void } = {},
): Promise<Portaal> {
  // Imported only now: the handlers' loggers read the log level (set by the caller) when they load.
  const { startGateway } = await import("./gateway.js");
  const stack = await startEmulators({ meld: o.meld ?? (() => {}) });
  try {
    const inrichting = await inrichten(stack);
    const lokaal = omgevingVan(stack);
    gebruikLokaleStack({ lokaal, inrichting });
    const demo = await laadDemodata({ lokaal, inrichting });
    const gateway = await startGateway({
      omgeving: lokaal,
      inrichting,
      overig: siteHandler({
        ...(o.site ? { map: o.site } : {}),
        cognitoEndpoint: stack.cognito.endpoint,
        clientId: stack.cognito.clientId,
        documentenOrigin: new URL(stack.s3.endpoint).origin,
      }),
    });
    return {
      url: gateway.url.replace("127.0.0.1", "localhost"),
      gateway,
      stack,
      lokaal,
      inrichting,
      demo,
      async stop() {
        await gateway.stop();
        await stack.stop();
      },
    };
  } catch (e) {
    await stack.stop();
    throw e;
  }
}
