// docs/regels.md §12 [portal rule]: the aanbieder withdraws (intrekt) a document of its aanvraag
// before submission; the rule is shared/documenten/intrekken.ts. The record stays, marked
// "ingetrokken", with its audit record in the same transaction; lists and downloads skip it.
import { magIntrekken } from "#shared/documenten/intrekken.js";
import { trekDocumentIn as trekIn } from "../data/documenten.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem, nietGevonden } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaak } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { documentsoortVan } from "./soort.js";
import { documentAntwoord, laadDocument } from "./weergave.js";

const STATUS = { soort_niet_intrekbaar: 409, aanvraag_niet_wijzigbaar: 409 } as const;

export const trekDocumentIn: Operatie<RouteVan<"trekDocumentIn">> = async (v) => {
  const { aanvraagId, documentId } = v.params;
  // Outside the caller's scope: 404 as for a missing case (§1), before anything else is read.
  const { zaak, rollen } = await laadZaak(v.gebruiker, aanvraagId, "indienen");
  const d = await laadDocument(zaak.id, documentId, rollen);
  const u = magIntrekken({
    toestand: zaak.toestand,
    soort: documentsoortVan(d.soort),
    ingetrokken: d.status === "ingetrokken",
    eigenOrganisatie: rollen.includes("aanbieder"),
  });
  if (!u.mag) {
    if (u.weigering === "niet_gevonden") throw nietGevonden("document");
    throw new HttpProbleem(
      STATUS[u.weigering],
      u.weigering === "aanvraag_niet_wijzigbaar"
        ? "AANVRAAG_NIET_WIJZIGBAAR"
        : "DOCUMENT_NIET_INTREKBAAR",
      `documentId: ${u.melding}`,
      "documentId",
    );
  }
  const scope = { id: zaak.id, aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId };
  const na = ofWeiger(await trekIn(scope, d, schrijfcontext(v, "aanbieder")));
  return { body: documentAntwoord(na) };
};
