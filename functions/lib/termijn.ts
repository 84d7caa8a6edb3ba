// docs/regels.md §5: the beoordelingstermijn of one stored aanvraag at "now", as the werkvoorraad and
// the export of all aanvragen show it (the dates as JJJJ-MM-DD, dagTekst).
// [portal rule, docs/regels.md silent] the term runs while the zorgkantoor has the case; once decided
// it is "afgerond". It counts from the FIRST receipt and keeps running while an aanvulling is
// asked: seed §4.2.7 names no suspension, and a controller sees the real delay.
import type { Toestand } from "#shared/indiening/toestanden.js";
import { termijnStatus } from "#shared/kalender/beoordelingstermijn.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import type { AanvraagRecord } from "../data/aanvragen.js";

const LOPEND: readonly Toestand[] = ["ingediend", "in_beoordeling", "aanvulling_gevraagd"];

/** Null for a case never received (a concept). */
export function termijnVan(r: AanvraagRecord, nu: Date) {
  if (!r.ontvangenOp) return null;
  const t = termijnStatus(dagVan(new Date(r.ontvangenOp)), nu);
  return {
    ontvangen: dagTekst(t.ontvangen),
    streefdatum: dagTekst(t.streefdatum),
    uitersteDatum: dagTekst(t.uitersteDatum),
    status: LOPEND.includes(r.toestand) ? t.status : ("afgerond" as const),
  };
}
