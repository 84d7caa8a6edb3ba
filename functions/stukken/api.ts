// The stukken Lambda reads no table and bundles no AWS SDK. What it needs — the
// caller's memberships (GET /api/mij) and a letter's content (GET .../stukken/{stuk}) — it asks
// the portal's own API (KB_API_URL) with the caller's OWN token, so the API authorises exactly as
// for the caller (docs/regels.md §1: deny by default, 404 outside the scope) in one place.
//
// Per request (AsyncLocalStorage: the local gateway runs requests side by side in one process):
// the headers to pass on, and each answer fetched once, so a request can start its fetches
// early (handler.ts) and use them later. A fetch never rejects: a network failure is an answer
// of its own kind, so an unawaited early fetch never becomes an unhandled rejection. What is not
// a valid answer refuses the request with a GemaakteWeigering (haalJson).
import { AsyncLocalStorage } from "node:async_hooks";
import type { z } from "zod";
import { apiUrl, config } from "../lib/config.js";
import {
  CORRELATIE_HEADER,
  type HttpResultaat,
  PROBLEEM_TYPE,
  probleemResultaat,
} from "../lib/http.js";
import { KLOK_HEADER } from "../lib/middleware/klok.js";
import { GemaakteWeigering } from "../lib/probleem.js";
import type { Stuk } from "../lib/stukbrief.js";

export type Opgehaald =
  | {
      readonly soort: "antwoord";
      readonly status: number;
      readonly type: string;
      readonly tekst: string;
    }
  | { readonly soort: "onbereikbaar"; readonly reden: string };

interface Aanroep {
  readonly headers: Readonly<Record<string, string>>;
  readonly correlatieId: string;
  readonly opgehaald: Map<string, Promise<Opgehaald>>;
}

const lopend = new AsyncLocalStorage<Aanroep>();

/** Upper bound per fetch: the Lambda (15 s) must still answer with a problem of its own. */
const TIJDSLIMIET_MS = 10_000;

const aanroep = (): Aanroep => {
  const a = lopend.getStore();
  if (!a) throw new Error("stukken: verzoek buiten metAanroep");
  return a;
};

/**
 * Runs one request with the headers it passes on: the caller's Authorization, our correlation
 * id (one id through both Lambdas' logs) and, if present, the demo/test clock (§3.1; the API
 * only honours it where KB_KLOK_INSTELBAAR=1, i.e. locally).
 */
export function metAanroep<T>(
  kop: (naam: string) => string | undefined,
  correlatieId: string,
  f: () => T,
): T {
  const headers: Record<string, string> = {
    accept: "application/json",
    [CORRELATIE_HEADER]: correlatieId,
  };
  for (const naam of ["authorization", KLOK_HEADER]) {
    const w = kop(naam);
    if (w !== undefined) headers[naam] = w;
  }
  return lopend.run({ headers, correlatieId, opgehaald: new Map() }, f);
}

async function doeFetch(
  url: string,
  headers: Readonly<Record<string, string>>,
): Promise<Opgehaald> {
  try {
    const r = await fetch(url, {
      headers,
      // Never follow a redirect: the caller's token goes to the portal's own API only.
      redirect: "error",
      signal: AbortSignal.timeout(TIJDSLIMIET_MS),
    });
    const tekst = await r.text();
    return {
      soort: "antwoord",
      status: r.status,
      type: r.headers.get("content-type") ?? "",
      tekst,
    };
  } catch (e) {
    return { soort: "onbereikbaar", reden: e instanceof Error ? e.message : String(e) };
  }
}

/** Whether KB_API_URL is set and valid (else haal throws the ConfigFout that names it). */
export function apiIngesteld(): boolean {
  try {
    return config().apiUrl !== undefined;
  } catch {
    return false;
  }
}

/**
 * GET `pad` (from "/api/...") of the portal's API, once per request. A missing KB_API_URL
 * throws its ConfigFout here, outside the promise: a deployment bug (500, logged), no 502.
 */
export function haal(pad: string): Promise<Opgehaald> {
  const a = aanroep();
  let p = a.opgehaald.get(pad);
  if (!p) {
    p = doeFetch(`${apiUrl().replace(/\/+$/, "")}${pad}`, a.headers);
    a.opgehaald.set(pad, p);
  }
  return p;
}

/** A non-2xx answer of the API, passed on unchanged (status, type and body). */
const doorgegeven = (o: Extract<Opgehaald, { soort: "antwoord" }>): HttpResultaat => ({
  statusCode: o.status,
  headers: {
    "content-type": o.type || PROBLEEM_TYPE,
    "cache-control": "no-store",
    [CORRELATIE_HEADER]: aanroep().correlatieId,
  },
  body: o.tekst,
});

/** 502: the API could not be reached, or answered what it never should. */
const onbereikbaar = (melding: string): HttpResultaat =>
  probleemResultaat({ status: 502, code: "API_ONBEREIKBAAR", melding }, aanroep().correlatieId);

/** 502 for an answer that breaks its schema; `over` says what it was about ("voor dit stuk"). */
export const onverwacht = (over: string): HttpResultaat =>
  onbereikbaar(`De API van het portaal gaf een onverwacht antwoord ${over}.`);

function weiger(antwoord: HttpResultaat, reden: string): never {
  throw new GemaakteWeigering(antwoord, reden);
}

const alsJson = (tekst: string): unknown => {
  try {
    return JSON.parse(tekst);
  } catch {
    return undefined;
  }
};

/**
 * GET `pad` and its JSON, checked with `schema`. Anything else refuses the request: a non-2xx
 * answer of the API goes back unchanged; an unreachable API, or an answer that breaks the schema,
 * is a 502 (onbereikbaar, onverwacht).
 */
export async function haalJson<S extends z.ZodType>(
  pad: string,
  schema: S,
  over: string,
): Promise<z.output<S>> {
  const r = await haal(pad);
  if (r.soort === "onbereikbaar")
    weiger(
      onbereikbaar("De API van het portaal is niet bereikbaar; probeer het later opnieuw."),
      `GET ${pad}: ${r.reden}`,
    );
  if (r.status < 200 || r.status > 299) weiger(doorgegeven(r), `GET ${pad}: ${r.status}`);
  const inhoud = schema.safeParse(alsJson(r.tekst));
  if (!inhoud.success)
    weiger(
      onverwacht(over),
      `GET ${pad}: onverwacht antwoord ${JSON.stringify(inhoud.error.issues)}`,
    );
  return inhoud.data;
}

/**
 * The JSON route of a letter. A "." or ".." id would be a dot segment that URL parsing
 * resolves (even encoded): such a case cannot exist, so it is not asked for (404 as missing).
 */
export function stukPad(p: { aanvraagId: string; stuk: Stuk }): string | undefined {
  if (p.aanvraagId === "." || p.aanvraagId === "..") return undefined;
  return `/api/aanvragen/${encodeURIComponent(p.aanvraagId)}/stukken/${encodeURIComponent(p.stuk)}`;
}
