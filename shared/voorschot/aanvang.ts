// docs/regels.md §6 [seed §4.2.9]: the first month with a voorschot (m₀) and the month of the first
// payment, from the calendar day (Europe/Amsterdam) on which the addendum was signed.
import { type Dag, vergelijkDag } from "../kalender/tijd.js";

export interface Aanvang {
  /** m₀: the first month the voorschot covers (1–12). */
  m0: number;
  /** The month of the first payment (1–12); it pays every covered month up to and including it. */
  eersteBetaalmaand: number;
}

export interface Peildag {
  maand: number;
  dag: number;
}

/**
 * Seed §4.2.9: plans approved "uiterlijk 1 april" get the voorschot back to 1 January. Kept as a
 * parameter because a zorgkantoor could reasonably move it (e.g. when the NZa round moves).
 */
export const TERUGWERKEND_TOT: Peildag = { maand: 4, dag: 1 };

/**
 * Signed on or before 1 April t: m₀ = January, first payment in the month of signing (January
 * when signed before year t). Signed later in t: m₀ = month of signing, no retroactive months
 * [portal rule]. Signed after year t: `null` — no voorschot at all, the whole agreement is
 * settled in the nacalculatie (a legitimate outcome, not an input error, so the monthly job
 * simply orders nothing).
 */
export function aanvangVoorschot(
  jaar: number,
  getekendOp: Dag,
  terugwerkendTot: Peildag = TERUGWERKEND_TOT,
): Aanvang | null {
  if (getekendOp.jaar > jaar) return null;
  if (getekendOp.jaar < jaar) return { m0: 1, eersteBetaalmaand: 1 };
  if (vergelijkDag(getekendOp, { jaar, ...terugwerkendTot }) <= 0) {
    return { m0: 1, eersteBetaalmaand: getekendOp.maand };
  }
  return { m0: getekendOp.maand, eersteBetaalmaand: getekendOp.maand };
}
