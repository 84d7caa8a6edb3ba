// docs/regels.md §10: per user, the optional reminders switched off (shared/herinneringen/
// voorkeuren.ts decides which are optional). One item per user beside the memberships
// (GEBRUIKER#<sub> / VOORKEUREN), versioned; every change is written with its audit record on the
// user (§12) in one transaction. A user without the item gets every reminder.
import { OPTIONELE_MELDINGEN, type OptioneleMelding } from "#shared/herinneringen/voorkeuren.js";
import { leesItem } from "./lezen.js";
import { gebruikerPk, type Sleutel } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { nieuw, VERSIECONFLICT, wijzig } from "./voorwaarden.js";

export interface VoorkeurenRecord {
  /** The optional reminders this user does not want (never a legal one). */
  uit: OptioneleMelding[];
  /** 0 while nothing was ever stored. */
  versie: number;
}

export const voorkeurenSleutel = (sub: string): Sleutel => ({
  pk: gebruikerPk(sub),
  sk: "VOORKEUREN",
});

const alleenOptioneel = (x: unknown): OptioneleMelding[] =>
  Array.isArray(x)
    ? OPTIONELE_MELDINGEN.filter((m) => x.includes(m)) // unknown values never switch a legal one off
    : [];

/** The stored switches of a user (strongly consistent); none stored: everything on. */
export async function leesVoorkeuren(sub: string): Promise<VoorkeurenRecord> {
  const i = await leesItem(voorkeurenSleutel(sub));
  return i ? { uit: alleenOptioneel(i.uit), versie: Number(i.versie) } : { uit: [], versie: 0 };
}

/**
 * Stores the switches read at `gelezen` (optimistic: a concurrent change answers 409) with the
 * audit record of before and after. The user changes only their own preferences.
 */
export async function schrijfVoorkeuren(
  sub: string,
  gelezen: VoorkeurenRecord,
  uit: readonly OptioneleMelding[],
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<VoorkeurenRecord>> {
  const sleutel = voorkeurenSleutel(sub);
  const actie =
    gelezen.versie === 0
      ? nieuw({ ...sleutel, soort: "voorkeuren", sub, uit: [...uit] }, VERSIECONFLICT)
      : wijzig(sleutel, gelezen.versie, { uit: [...uit] });
  const r = await schrijfTransactie(
    [actie],
    {
      gebeurtenis: "meldingsvoorkeuren_gewijzigd",
      onderwerp: gebruikerPk(sub),
      voor: { uit: gelezen.uit },
      na: { uit },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { uit: [...uit], versie: gelezen.versie + 1 } } : r;
}
