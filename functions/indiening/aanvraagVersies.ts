// docs/regels.md §4.3: the versions of an aanvraag — every submitted one, and for the aanbieder also
// its concept (zaak.ts zietConcepten).
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { versieSamenvatting, zichtbareVersies } from "./weergave.js";
import { laadZaak } from "./zaak.js";

export const aanvraagVersies: Operatie<RouteVan<"aanvraagVersies">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  const versies = await zichtbareVersies(zaak, rollen);
  return { body: { aanvraagId: zaak.id, versies: versies.map(versieSamenvatting) } };
};
