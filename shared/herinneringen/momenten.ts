// docs/regels.md §10: the reminder moments of one obligation — when its window opens, 14 days before
// its deadline and 3 days before it, each at 08:00 Europe/Amsterdam on that calendar day
// (deadline 31 May → 1 May, 17 May and 28 May). Calendar days, so DST never shifts the hour.
import { amsterdam, type Dag, plusDagen, vergelijkDag } from "../kalender/tijd.js";

export const HERINNERINGSUUR = 8;

export const AANLEIDINGEN = [
  "venster_open",
  "14_dagen_voor_deadline",
  "3_dagen_voor_deadline",
] as const;
export type Aanleiding = (typeof AANLEIDINGEN)[number];

export interface HerinneringsMoment {
  dag: Dag;
  moment: Date;
  aanleiding: Aanleiding;
}

const op = (dag: Dag, aanleiding: Aanleiding): HerinneringsMoment => ({
  dag,
  moment: amsterdam(dag.jaar, dag.maand, dag.dag, HERINNERINGSUUR),
  aanleiding,
});

/**
 * The moments in time order, at most one per calendar day. Where §10 is silent:
 * - no opening moment without an opening (opent null: herschikking, addendum, beoordeling…);
 * - a deadline moment before the opening day is dropped: nothing can be done yet, and the
 *   opening mail, which names the deadline, is the reminder (a window of ≤ 14 days);
 * - moments on the same day coincide: one mail, the earliest-listed reason (opening first).
 */
export function herinneringsMomenten(v: {
  opent: Dag | null;
  deadline: Dag;
}): HerinneringsMoment[] {
  const kandidaten = [
    ...(v.opent === null ? [] : [op(v.opent, "venster_open")]),
    op(plusDagen(v.deadline, -14), "14_dagen_voor_deadline"),
    op(plusDagen(v.deadline, -3), "3_dagen_voor_deadline"),
  ];
  const momenten: HerinneringsMoment[] = [];
  for (const k of kandidaten) {
    const voorOpening = v.opent !== null && vergelijkDag(k.dag, v.opent) < 0;
    const dubbel = momenten.some((m) => vergelijkDag(m.dag, k.dag) === 0);
    if (!voorOpening && !dubbel) momenten.push(k);
  }
  // Already in time order: the opening comes first, and what remains lies on or after it.
  return momenten;
}
