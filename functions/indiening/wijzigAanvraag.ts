// docs/regels.md §4.3: the aanbieder changes the content — in the concept, or after a request for
// aanvulling in a new version (the submitted one stays as it was). Where a change may go is the
// state machine's call (wijzigingGaatNaar, through the data layer's wijzigInhoud); a stale versie
// answers 409.
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { wijzigInhoud } from "../data/overgangen.js";
import { ofWeiger } from "../data/transactie.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { geaccepteerdeDocumenten, metDocumenten } from "./toetsing.js";
import { aanvraagAntwoord } from "./weergave.js";
import { eisVersie, laadZaak } from "./zaak.js";

export const wijzigAanvraag: Operatie<RouteVan<"wijzigAanvraag">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "indienen");
  eisVersie(zaak, v.body.versie);
  const inhoud = metDocumenten(
    v.body.inhoud as AanvraagInvoer,
    await geaccepteerdeDocumenten(zaak.id),
  );
  const na = ofWeiger(
    await wijzigInhoud(zaak, v.body.versie, inhoud, schrijfcontext(v, "aanbieder")),
  );
  return { body: await aanvraagAntwoord(na, ["aanbieder"], v.nu) };
};
