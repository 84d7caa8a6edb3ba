// docs/regels.md §15.6 "decisions are final": whether a case's vaststelling is laid down, and the
// refusal of any change to what it was based on. Its own small module: the realisatie and
// documenten Lambdas use it without bundling the nacalculatie.
import type { AanvraagRecord } from "../data/aanvragen.js";
import { HttpProbleem } from "./probleem.js";

/** The case's vaststelling is laid down (vaststellingGoedkeuren stores `overig.vaststelling`). */
export const isVastgesteld = (r: AanvraagRecord): boolean =>
  r.overig.vaststelling !== undefined || r.afspraak?.soort === "vaststelling";

/**
 * §15.6: after the vaststelling the year report, the overige judgements and the accountant's
 * report of that year are frozen; a correction is a herziening (herziening.ts). 409, so the
 * caller knows the data is final rather than wrong.
 */
export function eisNietVastgesteld(r: AanvraagRecord, wat: string): void {
  if (isVastgesteld(r))
    throw new HttpProbleem(
      409,
      "AL_VASTGESTELD",
      `de nacalculatie van deze aanvraag is vastgesteld: ${wat} ligt vast (§15.6); een correctie gaat via een herziening`,
    );
}
