// docs/regels.md §4.3: one version of an aanvraag with its content as entered (a submitted version is
// immutable: it reads the same forever).
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { zichtbareVersie } from "./versie.js";
import { versieAntwoord } from "./weergave.js";
import { laadZaak } from "./zaak.js";

export const aanvraagVersie: Operatie<RouteVan<"aanvraagVersie">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  return { body: versieAntwoord(await zichtbareVersie(zaak, rollen, v.params.nummer)) };
};
