// docs/regels.md §5 and §3.2 (seed §4.2.7): the zorgkantoor aims to agree within six weeks after
// receipt of the aanvraag, and at the latest within three months. Both dates count from the
// Amsterdam calendar day of receipt and are "uiterlijk" days: they end at 23:59:59 of that day.
import { type Dag, eindeExclusief, plusDagen, plusMaanden } from "./tijd.js";

export const TERMIJN_STATUSSEN = [
  "binnen_termijn",
  "streefdatum_verstreken",
  "uiterste_datum_verstreken",
] as const;
export type TermijnStatusCode = (typeof TERMIJN_STATUSSEN)[number];

export interface Beoordelingstermijn {
  ontvangen: Dag;
  /** Receipt day + 6 weeks (42 calendar days). */
  streefdatum: Dag;
  /** Receipt day + 3 calendar months, clamped to the month's end (30 Nov → 28/29 Feb). */
  uitersteDatum: Dag;
}

export interface TermijnStatus extends Beoordelingstermijn {
  status: TermijnStatusCode;
}

export const beoordelingstermijn = (ontvangen: Dag): Beoordelingstermijn => ({
  ontvangen,
  streefdatum: plusDagen(ontvangen, 6 * 7),
  uitersteDatum: plusMaanden(ontvangen, 3),
});

/** The deadline state at an instant; whether the beoordeling is finished is the caller's concern. */
export function termijnStatus(ontvangen: Dag, instant: Date): TermijnStatus {
  const termijn = beoordelingstermijn(ontvangen);
  const t = instant.getTime();
  const status: TermijnStatusCode =
    t < eindeExclusief(termijn.streefdatum).getTime()
      ? "binnen_termijn"
      : t < eindeExclusief(termijn.uitersteDatum).getTime()
        ? "streefdatum_verstreken"
        : "uiterste_datum_verstreken";
  return { ...termijn, status };
}
