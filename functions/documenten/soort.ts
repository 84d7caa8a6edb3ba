// docs/regels.md §12 with §4.1 and §9.3: the kinds of documents as the upload rules name them
// (shared/documenten/soorten.ts) and as the case stores them (functions/data/documenten.ts, which
// calls the accountant's rapport van feitelijke bevindingen "accountantsrapport"), and when a
// kind may be uploaded at all.
import { DOCUMENTSOORT_REGELS, type Documentsoort } from "#shared/documenten/soorten.js";
import { TOESTAND_NAAM, wijzigingGaatNaar } from "#shared/indiening/toestanden.js";
import { jaarVoorbij } from "#shared/kalender/jaareinde.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import type { DocumentSoort } from "../data/documenten.js";
import { HttpProbleem } from "../lib/probleem.js";
import { eisNietVastgesteld } from "../lib/vastgesteld.js";

export const OPSLAGSOORT: Partial<Record<Documentsoort, DocumentSoort>> = {
  kwaliteitsplan: "kwaliteitsplan",
  bijlage: "bijlage",
  rapport_feitelijke_bevindingen: "accountantsrapport",
};

export const RAPPORT_VASTGESTELD = "het accountantsrapport (rapport van feitelijke bevindingen)";

export const documentsoortVan = (s: DocumentSoort): Documentsoort =>
  s === "accountantsrapport" ? "rapport_feitelijke_bevindingen" : s;

/**
 * [portal rule] When a kind may be added to the case: the aanvraag's documents (§4.1) while its
 * content can still change (concept, or after a request for aanvulling — the state machine's
 * wijzigingGaatNaar); the accountant's report (§9.3) once there is an agreement (addendum signed)
 * and its year is over (shared/kalender/jaareinde.ts).
 */
export function eisUploadMoment(zaak: AanvraagRecord, soort: Documentsoort, nu: Date): void {
  const handeling = DOCUMENTSOORT_REGELS[soort].uploadHandeling;
  if (handeling === "indienen") {
    if (wijzigingGaatNaar(zaak.toestand, false) !== "niet-toegestaan") return;
    throw new HttpProbleem(
      409,
      "AANVRAAG_NIET_WIJZIGBAAR",
      `soort: ${DOCUMENTSOORT_REGELS[soort].omschrijving} kan alleen worden toegevoegd zolang de aanvraag een concept is of om aanvulling is gevraagd; de aanvraag is nu ${TOESTAND_NAAM[zaak.toestand].toLowerCase()}`,
      "soort",
    );
  }
  if (handeling === "realisatieMelden") {
    // §15.6: the accountant's report of a vastgestelde year is frozen.
    eisNietVastgesteld(zaak, RAPPORT_VASTGESTELD);
    if (zaak.toestand !== "addendum_getekend" && zaak.toestand !== "vastgelegd")
      throw new HttpProbleem(
        409,
        "NOG_GEEN_AFSPRAAK",
        `soort: ${DOCUMENTSOORT_REGELS[soort].omschrijving} hoort bij de realisatie en kan pas worden toegevoegd als het addendum is getekend`,
        "soort",
      );
    if (jaarVoorbij(zaak.jaar, nu)) return;
    throw new HttpProbleem(
      409,
      "JAAR_NOG_NIET_VOORBIJ",
      `soort: ${DOCUMENTSOORT_REGELS[soort].omschrijving} gaat over het hele jaar ${zaak.jaar} en kan pas vanaf 1 januari ${zaak.jaar + 1} worden toegevoegd`,
      "soort",
    );
  }
}
