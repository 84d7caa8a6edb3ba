// docs/regels.md §9: the nacalculatie of a case, computed on the stored data (stand.ts); readable by
// the aanbieder and the zorgkantoor of the case (§1), 404 outside their scope.
import type { Operatie } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { nacalculatieAntwoord } from "./antwoord.js";
import { nacalculatieStand } from "./stand.js";

export const nacalculatieBerekenen: Operatie<RouteVan<"nacalculatieBerekenen">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId);
  return { body: nacalculatieAntwoord(r, await nacalculatieStand(r)) };
};
