// docs/regels.md §4.3, §5: addendum_getekend → vastgelegd: the agreement goes into the budgetronde
// export for the NZa; zorgkantoor-beheer only (state machine).
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { voerZaakActieUit } from "./overgang.js";
import { zaakstand } from "./zaak.js";

export const vastleggen: Operatie<RouteVan<"vastleggen">> = async (v) => ({
  body: zaakstand(
    await voerZaakActieUit(v, {
      actie: "vastleggen",
      handeling: "budgetBeheren",
      voorkeur: ["zorgkantoor-beheer"],
    }),
  ),
});
