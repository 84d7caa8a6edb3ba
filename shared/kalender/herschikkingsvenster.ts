// DOMAIN.md §15.2 (seed §4.2.11): the herschikking takes place in November t — open from
// 1 November until 30 November t 23:59:59 Europe/Amsterdam [portal rule], unless zorgkantoor-beheer
// reopens it with a reason (a Heropening, as for the other windows of §3.2; venster.ts decides).
//
// §15 wins over §3.2, whose table names only "1 Nov": the step `herschikking` of kalender.ts stays
// the reminders' deadline (§10); this window is what the server enforces on the decision.
import { fout, ok, type Resultaat } from "../resultaat.js";
import { type Heropening, type Venster, type VensterStatus, vensterStatus } from "./venster.js";

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
