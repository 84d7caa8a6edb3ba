// The API on the same origin (/api/…). Errors arrive as problem+json with a stable code, a Dutch
// detail naming the field (veld) and, for a refused indiening, the §4.2 findings. A 401 means the
// session ended: the user goes to the login page and comes back here afterwards.
import { geldigToken, naarInloggen } from "./sessie.js";

export interface Bevinding {
  code: string;
  ernst: string;
  veld?: string;
  melding: string;
  bron?: string;
}

export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    melding: string,
    readonly veld?: string,
    readonly bevindingen: readonly Bevinding[] = [],
    /** A refused decision (e.g. a toekenning, §5): every violated rule with its field. */
    readonly overtredingen: readonly { code: string; veld: string; melding: string }[] = [],
  ) {
    super(melding);
  }
}

async function verzoek(
  methode: string,
  pad: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const token = await geldigToken();
  if (!token) naarInloggen("verlopen");
  const r = await fetch(pad, {
    method: methode,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...extraHeaders,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (r.status === 401) naarInloggen("verlopen");
  if (!r.ok) {
    const p = (await r.json().catch(() => ({}))) as {
      code?: string;
      detail?: string;
      veld?: string;
      bevindingen?: Bevinding[];
      overtredingen?: { code: string; veld: string; melding: string }[];
    };
    throw new ApiFout(
      r.status,
      p.code ?? `HTTP_${r.status}`,
      p.detail ??
        (r.status === 404
          ? "Niet gevonden, of u heeft er geen toegang toe."
          : `De server antwoordde met status ${r.status}.`),
      p.veld,
      p.bevindingen ?? [],
      p.overtredingen ?? [],
    );
  }
  return r;
}

export async function api<T>(
  methode: "GET" | "POST" | "PUT" | "DELETE",
  pad: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const r = await verzoek(methode, pad, body, headers);
  if (r.status === 204) return undefined as T;
  return (await r.json()) as T;
}

export const haal = <T>(pad: string): Promise<T> => api<T>("GET", pad);

/** A paged list of the API: `volgende` continues it (opaque; never shown), null after the last page. */
export interface Pagina {
  volgende: string | null;
}

/** The address of one page: `limiet` rows from `cursor` (null: the first page). */
export function paginaPad(pad: string, cursor: string | null, limiet?: number): string {
  const extra = new URLSearchParams();
  if (limiet !== undefined) extra.set("limiet", String(limiet));
  if (cursor) extra.set("cursor", cursor);
  const q = extra.toString();
  return q === "" ? pad : `${pad}${pad.includes("?") ? "&" : "?"}${q}`;
}

/** The largest page the API gives (functions/lib/paginaschema.ts LIMIET_MAX). */
export const GROOTSTE_PAGINA = 200;

/**
 * Every page of a list in sequence, the rows of `lijst` joined, for screens that need the whole
 * list (sorting by urgency, sums per batch, finding one case): the largest pages, so the largest
 * zorgkantoor (~270 aanvragen a year) costs two requests. The rest of the answer is the first page's.
 */
export async function haalAllePaginas<T extends Pagina, K extends keyof T>(
  pad: string,
  lijst: K,
): Promise<T> {
  const eerste = await haal<T>(paginaPad(pad, null, GROOTSTE_PAGINA));
  const rijen = [...(eerste[lijst] as unknown[])];
  let volgende = eerste.volgende;
  while (volgende) {
    const p = await haal<T>(paginaPad(pad, volgende, GROOTSTE_PAGINA));
    rijen.push(...(p[lijst] as unknown[]));
    volgende = p.volgende;
  }
  return { ...eerste, [lijst]: rijen, volgende: null };
}

/** Downloads a file answer (PDF, XLSX, CSV) under the name the server gives, else `standaardNaam`. */
export async function download(pad: string, standaardNaam: string): Promise<void> {
  const r = await verzoek("GET", pad);
  const naam =
    /filename="?([^";]+)"?/.exec(r.headers.get("content-disposition") ?? "")?.[1] ?? standaardNaam;
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Path segment, encoded: ids come from the URL and must not change the route. */
export const seg = (s: string | number): string => encodeURIComponent(String(s));

/**
 * GET with the portal's "now" (§3.1), for deadline badges: the clock the server used when it is
 * set (it echoes x-kb-klok; local stack and tests), else the answer's Date header, else this
 * browser's clock. The server decides every deadline; this only colours the badges.
 */
export async function haalMetNu<T>(pad: string): Promise<{ body: T; nu: Date }> {
  const r = await verzoek("GET", pad);
  const kop = r.headers.get("x-kb-klok") ?? r.headers.get("date");
  const nu = kop ? new Date(kop) : new Date();
  return { body: (await r.json()) as T, nu: Number.isNaN(nu.getTime()) ? new Date() : nu };
}
