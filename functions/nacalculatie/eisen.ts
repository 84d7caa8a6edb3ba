// docs/regels.md §4.3, §9.3, §15.6: a nacalculatie is made on a case with a signed agreement, and ends
// with the vaststelling — after which nothing of it changes any more.
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { HttpProbleem } from "../lib/probleem.js";
import { eisNietVastgesteld } from "../lib/vastgesteld.js";

export function eisOpenNacalculatie(r: AanvraagRecord): void {
  if (!isAfgesproken(r) || !r.afspraak)
    throw new HttpProbleem(
      409,
      "GEEN_AFSPRAAK",
      `de aanvraag is "${r.toestand}": een nacalculatie volgt op een ondertekende afspraak`,
    );
  eisNietVastgesteld(r, "de nacalculatie");
}
