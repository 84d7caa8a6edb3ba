// docs/regels.md §12 with §4.1 and §4.3: when the aanbieder may withdraw (intrekken) a document of
// its aanvraag. [portal rule] Only the aanvraag's own documents (the kinds uploaded with
// "indienen": kwaliteitsplan, bijlage), only the aanbieder's own case, and only while the aanvraag
// can still change (concept, or aanvulling gevraagd: the state machine's wijzigingGaatNaar, the
// same moment an upload is allowed). Replacing a document is a new upload plus this withdrawal.
import { type Toestand, wijzigingGaatNaar } from "../indiening/toestanden.js";
import { DOCUMENTSOORT_REGELS, type Documentsoort } from "./soorten.js";

/** Why a withdrawal is refused; each maps to one HTTP answer in the handler. */
export type IntrekWeigering =
  /** Not the caller's case, or the document is already gone: 404, as for a missing one (§1). */
  | "niet_gevonden"
  /** A kind the portal makes itself or that belongs to the realisatie: 409. */
  | "soort_niet_intrekbaar"
  /** The aanvraag is submitted or decided: 409. */
  | "aanvraag_niet_wijzigbaar";

export interface Intrekverzoek {
  toestand: Toestand;
  soort: Documentsoort;
  /** The document is already withdrawn. */
  ingetrokken: boolean;
  /** The case belongs to the caller's own organisation. */
  eigenOrganisatie: boolean;
}

export type Intrekuitkomst =
  | { mag: true }
  | { mag: false; weigering: IntrekWeigering; melding: string };

const weiger = (weigering: IntrekWeigering, melding: string): Intrekuitkomst => ({
  mag: false,
  weigering,
  melding,
});

export function magIntrekken(v: Intrekverzoek): Intrekuitkomst {
  if (!v.eigenOrganisatie || v.ingetrokken)
    return weiger("niet_gevonden", "document niet gevonden");
  const regel = DOCUMENTSOORT_REGELS[v.soort];
  if (regel.uploadHandeling !== "indienen")
    return weiger(
      "soort_niet_intrekbaar",
      `${regel.omschrijving} kan niet worden ingetrokken; alleen het kwaliteitsplan en de bijlagen van de aanvraag`,
    );
  if (wijzigingGaatNaar(v.toestand, false) === "niet-toegestaan")
    return weiger(
      "aanvraag_niet_wijzigbaar",
      "dit document kan alleen worden ingetrokken zolang de aanvraag een concept is of om aanvulling is gevraagd; de aanvraag is al ingediend of beoordeeld",
    );
  return { mag: true };
}
