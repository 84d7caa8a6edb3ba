// Integration tests of the HTTP API: the local gateway over the emulators of globalSetup, real
// Cognito-local users and tokens, and memberships written through the data layer
// (functions/data/lidmaatschappen.ts), as the handlers read them.
import { afterAll, beforeAll, inject } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { schrijfLidmaatschap } from "#functions/data/lidmaatschappen.js";
import { type Gateway, type GatewayOpties, startGateway } from "#lokaal/gateway.js";
import { logIn, maakGebruiker } from "#lokaal/inrichten.js";
import { ROLLEN, type Rol } from "#shared/rollen.js";
import type { Lidmaatschap, Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../fixture/basis.js";

export const WACHTWOORD = "Kwaliteit-2019!";
// Kept for the site tests (test/web), which import it from here.
export { uniek };

/** Starts a gateway on a free port against the emulators (stop it in afterAll). */
export function startApi(extra: Partial<GatewayOpties> = {}): Promise<Gateway> {
  return startGateway({ omgeving: inject("lokaal"), inrichting: inject("inrichting"), ...extra });
}

/** What a test needs of the gateway: its address (vraag, download). */
export type Api = Pick<Gateway, "url">;

/**
 * The gateway of one test file: started before its tests (before the file's own beforeAll,
 * when called above it) and stopped after them, with the SDK clients closed. The address is
 * read when a request is made, so `vraag(gw, ...)` works in every test of the file.
 */
export function metApi(extra: Partial<GatewayOpties> = {}): Api {
  let gw: Gateway | undefined;
  beforeAll(async () => {
    gw = await startApi(extra);
  });
  afterAll(async () => {
    await gw?.stop();
    sluitClients();
  });
  return {
    get url() {
      if (!gw) throw new Error("metApi: de gateway draait alleen tijdens de tests van dit bestand");
      return gw.url;
    },
  };
}

/** The membership of a role in the organisations of `scope` (landelijk-beheer has none). */
export const lidmaatschapIn = (rol: Rol, scope: Zaakscope): Lidmaatschap =>
  rol === "aanbieder"
    ? { rol, aanbiederId: scope.aanbiederId }
    : rol === "landelijk-beheer"
      ? { rol }
      : { rol, zorgkantoorId: scope.zorgkantoorId };

export interface TestGebruiker {
  readonly sub: string;
  readonly email: string;
  readonly idToken: string;
  readonly accessToken: string;
}

/**
 * A new Cognito-local user (in the groups of its roles) with these memberships on the server,
 * logged in. Call after startApi: the data layer reads its configuration from the environment
 * the gateway set.
 */
export async function gebruiker(lidmaatschappen: readonly Lidmaatschap[]): Promise<TestGebruiker> {
  const lokaal = inject("lokaal");
  const email = `${uniek("gebruiker")}@example.test`;
  const groepen = ROLLEN.filter((r) => lidmaatschappen.some((l) => l.rol === r));
  const { sub } = await maakGebruiker(lokaal, email, WACHTWOORD, groepen);
  const ctx = {
    wie: { sub: "test-beheer", rol: "landelijk-beheer" as Rol },
    nu: new Date(),
    correlatieId: uniek("test"),
  };
  for (const l of lidmaatschappen) {
    const r = await schrijfLidmaatschap(sub, l, ctx);
    if (!r.ok) throw new Error(`lidmaatschap niet geschreven: ${r.weigering.melding}`);
  }
  const { idToken, accessToken } = await logIn(lokaal, email, WACHTWOORD);
  return { sub, email, idToken, accessToken };
}

export interface Antwoord {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown> | null;
}

export interface Verzoekopties {
  methode?: string;
  token?: string;
  headers?: Record<string, string>;
  body?: unknown;
  query?: Readonly<Record<string, string>>;
}

/** One HTTP request to the gateway; the body parsed as JSON when it is JSON. */
export async function vraag(gw: Api, pad: string, o: Verzoekopties = {}): Promise<Antwoord> {
  const url = new URL(pad, gw.url);
  for (const [k, v] of Object.entries(o.query ?? {})) url.searchParams.set(k, v);
  const r = await fetch(url, {
    method: o.methode ?? "GET",
    headers: {
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.body === undefined ? {} : { "content-type": "application/json" }),
      ...o.headers,
    },
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const tekst = await r.text();
  // A PDF, XLSX or CSV download has no JSON body: its bytes are read with fetch.
  const json = /json/.test(r.headers.get("content-type") ?? "application/json");
  return { status: r.status, headers: r.headers, body: tekst && json ? JSON.parse(tekst) : null };
}
