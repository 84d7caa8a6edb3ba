// Shared by the bank-account pages (docs/regels.md §15.5): the answers' types and a server refusal
// without the API path in front of its message ("iban: …"), so the screen shows only Dutch text.
import { ApiFout } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { type FoutRegel, zetFout } from "../../lib/invoer.js";

export type Bankrekening = Antwoord<"bankrekening">;
/** The account fields both a current account and a requested change show. */
export type Rekening = Pick<
  NonNullable<Bankrekening["rekening"]>,
  "iban" | "ibanWeergave" | "tenaamstelling"
>;
export type Wijziging = Rij<"bankwijzigingen", "wijzigingen">;

/** The refusal with its message as the server wrote it, minus a leading "veld: ". */
export function zonderPad(e: unknown): unknown {
  if (!(e instanceof ApiFout) || !e.veld || !e.message.startsWith(`${e.veld}: `)) return e;
  return new ApiFout(
    e.status,
    e.code,
    e.message.slice(e.veld.length + 2),
    e.veld,
    e.bevindingen,
    e.overtredingen,
  );
}

/** The page's own checks, each message also at its field (not only in the summary). */
export function bijHetVeld(fouten: readonly FoutRegel[]): readonly FoutRegel[] {
  for (const f of fouten) if (f.veld) zetFout(f.veld, f.tekst);
  return fouten;
}
