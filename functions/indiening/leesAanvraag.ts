// docs/regels.md §4 and §5: one aanvraag as the caller may see it, with the §4.2 checks computed now.
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { aanvraagAntwoord } from "./weergave.js";
import { laadZaak } from "./zaak.js";

export const leesAanvraag: Operatie<RouteVan<"leesAanvraag">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  return { body: await aanvraagAntwoord(zaak, rollen, v.nu) };
};
