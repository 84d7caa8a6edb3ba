// §12 for people: the before and after of an audit record as lines "veld: oud → nieuw", and a
// run of autosaves of one concept collapsed into one line — what a controller reads instead of
// two JSON documents.
import type { AuditRecord } from "../data/audit.js";

export interface Wijziging {
  veld: string;
  oud: string | null;
  nieuw: string | null;
}

/** Leaves of a JSON value by dotted path ("begroting[0].overige[1].bedrag"). */
function bladeren(w: unknown, pad = "", uit = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(w)) for (const [i, x] of w.entries()) bladeren(x, `${pad}[${i}]`, uit);
  else if (w && typeof w === "object")
    for (const [k, x] of Object.entries(w)) bladeren(x, pad ? `${pad}.${k}` : k, uit);
  else if (w !== undefined && pad) uit.set(pad, String(w));
  return uit;
}

/** [portal rule] At most this many lines per record; the rest is in before/after. */
const MAX_REGELS = 50;

export function wijzigingen(voor: unknown, na: unknown): Wijziging[] {
  const a = bladeren(voor);
  const b = bladeren(na);
  const velden = [...new Set([...a.keys(), ...b.keys()])].filter((v) => a.get(v) !== b.get(v));
  return velden
    .slice(0, MAX_REGELS)
    .map((veld) => ({ veld, oud: a.get(veld) ?? null, nieuw: b.get(veld) ?? null }));
}

/** Events that a concept's autosave writes many times in a row. */
const AUTOMATISCH = new Set(["aanvraag_gewijzigd"]);

/**
 * Consecutive records of an autosave event by the same user on the same subject become one,
 * with their number and the before of the oldest and the after of the newest.
 */
export function samengevat(records: readonly AuditRecord[]): (AuditRecord & { aantal: number })[] {
  const uit: (AuditRecord & { aantal: number })[] = [];
  for (const r of records) {
    const vorige = uit.at(-1);
    if (
      vorige &&
      AUTOMATISCH.has(r.gebeurtenis) &&
      vorige.gebeurtenis === r.gebeurtenis &&
      vorige.onderwerp === r.onderwerp &&
      vorige.wie.sub === r.wie.sub
    ) {
      // Newest first: the record further down the list is older, so its before wins.
      vorige.voor = r.voor;
      vorige.aantal++;
    } else uit.push({ ...r, aantal: 1 });
  }
  return uit;
}
