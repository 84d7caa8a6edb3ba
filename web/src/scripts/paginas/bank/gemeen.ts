// Shared by the bank-account pages (DOMAIN.md §15.5): the answers' shapes and a server refusal
// without the API path in front of its message ("iban: …"), so the screen shows only Dutch text.
import { ApiFout } from "../../lib/api.js";
import { type FoutRegel, zetFout } from "../../lib/invoer.js";

export interface Rekening {
  iban: string;
  ibanWeergave: string;
  tenaamstelling: string;
}
export interface Wijziging extends Rekening {
  aanbiederId: string;
  aanbiederNaam: string;
  aangevraagdOp: string;
  aangevraagdDoorRol: string;
  doorMij: boolean;
  toelichting: string | null;
  /** §15.5: the statement sent with the request (download: …/wijziging/bankafschrift). */
  bankafschrift: { naam: string; grootte: number; sha256: string } | null;
  versie: number;
}
export interface Bankrekening {
  aanbiederId: string;
  aanbiederNaam: string;
  rekening: (Rekening & { goedgekeurdOp: string }) | null;
  wijziging: Wijziging | null;
}

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
