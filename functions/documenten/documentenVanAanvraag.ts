// docs/regels.md §12: the documents of a case, as far as the caller may see them (weergave.ts).
import { documentenVanAanvraag as documenten } from "../data/documenten.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaak } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { documentAntwoord, zietDocument } from "./weergave.js";

export const documentenVanAanvraag: Operatie<RouteVan<"documentenVanAanvraag">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  const lijst = (await documenten(zaak.id)).filter((d) => zietDocument(rollen, d));
  return { body: { aanvraagId: zaak.id, documenten: lijst.map(documentAntwoord) } };
};
