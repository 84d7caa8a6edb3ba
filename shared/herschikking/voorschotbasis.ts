// docs/regels.md §6, §8: after a herschikking the voorschot follows the new agreement from the month
// after the decision. [portal rule] A decision in December (or in a later year) changes no
// voorschot of year t: the nacalculatie (§9) settles it. Pure: "now" is an input.
import { dagVan } from "../kalender/tijd.js";

/** The first month of year `jaar` a decision at `nu` can still change; undefined when none. */
export function basisVanaf(jaar: number, nu: Date): number | undefined {
  const d = dagVan(nu);
  if (d.jaar < jaar) return 1;
  if (d.jaar > jaar || d.maand === 12) return undefined;
  return d.maand + 1;
}
