// docs/regels.md §15.2 (seed §4.2.11): the herschikking takes place in November t — open from
// 1 November until 30 November t 23:59:59 Europe/Amsterdam [portal rule], unless zorgkantoor-beheer
// reopens it with a reason (a Heropening, as for the other windows of §3.2; venster.ts decides).
//
// §15 wins over §3.2, whose table names only "1 Nov": the step `herschikking` of kalender.ts stays
// the reminders' deadline (§10); this window is what the server enforces on the decision.
import { fout, ok, type Resultaat } from "../resultaat.js";
import { type Dag, dagVan, dagWeergave, plusDagen, vergelijkDag } from "./tijd.js";
import {
  type Heropening,
  heropeningTot,
  type Venster,
  type VensterStatus,
  vensterStatus,
} from "./venster.js";

export const herschikkingsvenster = (t: number): Venster => ({
  opent: { jaar: t, maand: 11, dag: 1 },
  uiterlijk: { jaar: t, maand: 11, dag: 30 },
});

/**
 * Whether the herschikking of year t may be decided at `nu`: the window's status, or the refusal
 * naming `jaar` (the route's parameter) with the dates in Dutch.
 */
export function magHerschikken(
  t: number,
  nu: Date,
  heropening?: Heropening,
): Resultaat<VensterStatus> {
  const s = vensterStatus(herschikkingsvenster(t), nu, heropening);
  if (s.status === "open" || s.status === "heropend") return ok(s);
  const code =
    s.status === "nog_niet_open" ? "HERSCHIKKING_NOG_NIET_OPEN" : "HERSCHIKKING_GESLOTEN";
  return fout(
    code,
    "jaar",
    `jaar: de herschikking van ${t} kan nu niet worden besloten. ${s.reden}`,
  );
}

/** [portal rule] A reopening of the herschikking runs at most this many days after today. */
export const HEROPENING_HOOGSTENS_DAGEN = 30;

/**
 * §15.2: until when zorgkantoor-beheer may reopen the herschikking of year t, asked at `nu` for
 * `uiterlijk` (23:59:59 Amsterdam). Only a CLOSED window is reopened (before 1 November t there
 * is nothing to reopen; in November it is open anyway), until a day from today and at most
 * HEROPENING_HOOGSTENS_DAGEN days ahead, so a reopening never silently stays open for months.
 */
export function herschikkingHeropenenTot(t: number, uiterlijk: Dag, nu: Date): Resultaat<Date> {
  const s = vensterStatus(herschikkingsvenster(t), nu);
  if (s.status === "nog_niet_open")
    return fout(
      "HERSCHIKKING_NOG_NIET_OPEN",
      "jaar",
      `jaar: de herschikking van ${t} opent pas op 1 november ${t}; heropenen kan alleen een gesloten venster`,
    );
  if (s.status === "open")
    return fout(
      "HERSCHIKKING_OPEN",
      "jaar",
      `jaar: de herschikking van ${t} is nog open tot en met 30 november ${t}; heropenen is niet nodig`,
    );
  const tot = heropeningTot(uiterlijk, nu);
  if (!tot.ok) return tot;
  const grens = plusDagen(dagVan(nu), HEROPENING_HOOGSTENS_DAGEN);
  if (vergelijkDag(uiterlijk, grens) > 0)
    return fout(
      "HEROPENING_TE_LANG",
      "uiterlijk",
      `uiterlijk: een heropening van de herschikking duurt hoogstens ${HEROPENING_HOOGSTENS_DAGEN} dagen; kies uiterlijk ${dagWeergave(grens)}`,
    );
  return tot;
}
