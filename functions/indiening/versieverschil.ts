// docs/regels.md §4.3: "the reviewer can see the differences between versions" — every changed, added
// or removed field between two versions (shared/indiening/versieverschil.ts).
import { versieverschil as verschil } from "#shared/indiening/versieverschil.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { zichtbareVersie } from "./versie.js";
import { laadZaak } from "./zaak.js";

export const versieverschil: Operatie<RouteVan<"versieverschil">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  const { van, naar } = v.query;
  const [a, b] = await Promise.all([
    zichtbareVersie(zaak, rollen, van),
    zichtbareVersie(zaak, rollen, naar),
  ]);
  return {
    body: { aanvraagId: zaak.id, van, naar, verschillen: verschil(a.inhoud, b.inhoud) },
  };
};
