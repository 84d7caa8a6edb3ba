// docs/regels.md §3.2 and §4.2 BUITEN_INDIENINGSPERIODE (seed §4.2.6): the aanvraag for year t is
// submitted from 1 September t−1 00:00 until 31 December t−1 23:59:59, Europe/Amsterdam. After
// that the zorgkantoor can open a late window for one aanbieder, until an instant it chooses.
import {
  begin,
  type Dag,
  dagWeergave,
  eindeExclusief,
  tijdstipWeergave,
} from "../kalender/tijd.js";
import type { Aanvraag } from "./aanvraag.js";
import { type Bevinding, bevinding, type Toetscontext } from "./bevinding.js";

export interface Indieningsperiode {
  eersteDag: Dag;
  laatsteDag: Dag;
  /** Inclusive start instant. */
  vanaf: Date;
  /** Exclusive end instant: 1 January t 00:00 Amsterdam. */
  tot: Date;
}

export function indieningsperiode(jaar: number): Indieningsperiode {
  const vorig = jaar - 1;
  const eersteDag = { jaar: vorig, maand: 9, dag: 1 };
  const laatsteDag = { jaar: vorig, maand: 12, dag: 31 };
  return { eersteDag, laatsteDag, vanaf: begin(eersteDag), tot: eindeExclusief(laatsteDag) };
}

/**
 * Whether the aanvraag window of year t has closed at `op`: from 1 January t 00:00 Amsterdam. From
 * then on the reservering no longer bounds a toekenning (§5) and only a late window opens it again.
 */
export const indieningsperiodeGesloten = (jaar: number, op: Date): boolean =>
  op.getTime() >= indieningsperiode(jaar).tot.getTime();

/**
 * Whether `op` falls in the indieningsperiode or in a late window. A late window only extends the
 * period after it closed; before 1 September nothing can be submitted ([portal rule], as §3.2 says
 * for every window: before it opens nothing can be entered).
 */
export function binnenIndieningsperiode(
  jaar: number,
  op: Date,
  laatVenster?: { tot: Date },
): boolean {
  const p = indieningsperiode(jaar);
  const t = op.getTime();
  if (t < p.vanaf.getTime()) return false;
  if (t < p.tot.getTime()) return true;
  return laatVenster !== undefined && t < laatVenster.tot.getTime();
}

export function indieningsmoment(_aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] {
  if (binnenIndieningsperiode(ctx.jaar, ctx.op, ctx.laatVenster)) return [];
  const p = indieningsperiode(ctx.jaar);
  const periode = `van ${dagWeergave(p.eersteDag)} 00:00 tot en met ${dagWeergave(p.laatsteDag)} 23:59:59 (Amsterdamse tijd)`;
  const moment = `${tijdstipWeergave(ctx.op)} (Amsterdamse tijd)`;
  const reden =
    ctx.op.getTime() < p.vanaf.getTime()
      ? `De aanvraag voor ${ctx.jaar} kan nog niet worden ingediend: de indieningsperiode loopt ${periode}; het is nu ${moment}.`
      : `De indieningsperiode voor ${ctx.jaar} liep ${periode} en is gesloten; het is nu ${moment}.${
          ctx.laatVenster
            ? ` Het late venster van het zorgkantoor liep tot ${tijdstipWeergave(ctx.laatVenster.tot)}.`
            : " Alleen het zorgkantoor kan een laat venster openen."
        }`;
  return [bevinding("BUITEN_INDIENINGSPERIODE", "blokkeert", "(aanvraag)", reden)];
}
