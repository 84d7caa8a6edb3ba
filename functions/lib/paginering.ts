// National scale: long lists (werkvoorraad, audit trail, payment orders) are paged with a cursor,
// never an offset — an offset would read and throw away every row before it. The cursor is the
// DynamoDB LastEvaluatedKey as base64url JSON. It is not signed: it is checked instead. Its
// attributes must be exactly those of the list's key, all text, its partition must be the one
// the request asks for and its sort key must lie in the list's range. A key that passes can only
// move the start inside the caller's own partition (the key condition still holds), so a
// tampered cursor can never reach another zorgkantoor's or case's items; one that fails is a 422
// naming `cursor`, never a DynamoDB error (500).
import type { Startsleutel } from "../data/lezen.js";
import { LIMIET_STANDAARD } from "./paginaschema.js";
import { HttpProbleem } from "./probleem.js";

/** How the key of one list looks: attribute name → test of its text value. */
export type Sleutelvorm = Readonly<Record<string, (waarde: string) => boolean>>;

export const cursorVan = (sleutel: Startsleutel | undefined): string | null =>
  sleutel ? Buffer.from(JSON.stringify(sleutel), "utf8").toString("base64url") : null;

const ongeldig = (): HttpProbleem =>
  new HttpProbleem(
    422,
    "ONGELDIGE_CURSOR",
    "cursor: de cursor hoort niet bij deze lijst of is beschadigd; begin opnieuw bij de eerste pagina",
    "cursor",
  );

/** The start key of a cursor, checked against the list's key shape; 422 `cursor` otherwise. */
export function startVan(cursor: string | undefined, vorm: Sleutelvorm): Startsleutel | undefined {
  if (cursor === undefined) return undefined;
  let sleutel: unknown;
  try {
    sleutel = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw ongeldig();
  }
  if (typeof sleutel !== "object" || sleutel === null || Array.isArray(sleutel)) throw ongeldig();
  const velden = Object.entries(sleutel);
  const namen = Object.keys(vorm);
  if (velden.length !== namen.length) throw ongeldig();
  for (const [naam, waarde] of velden) {
    const past = Object.hasOwn(vorm, naam) ? vorm[naam] : undefined;
    if (!past || typeof waarde !== "string" || waarde.length > 1000 || !past(waarde))
      throw ongeldig();
  }
  return sleutel as Startsleutel;
}

/** `limiet` of the query, or the default. */
export const limietVan = (q: { limiet?: number | undefined }): number =>
  q.limiet ?? LIMIET_STANDAARD;
