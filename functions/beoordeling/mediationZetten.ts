// docs/regels.md §4.3 (seed §4.2.7): mediation can be flagged on a case that does not reach agreement,
// and ended again; the state machine decides in which states (shared/indiening/toestanden.ts).
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { voerZaakActieUit } from "./overgang.js";
import { zaakstand } from "./zaak.js";

export const mediationZetten: Operatie<RouteVan<"mediationZetten">> = async (v) => ({
  body: zaakstand(
    await voerZaakActieUit(v, {
      actie: v.body.actief ? "mediationMelden" : "mediationBeeindigen",
      handeling: "beoordelen",
      voorkeur: ["beoordelaar", "zorgkantoor-beheer"],
      opties: () => ({ reden: v.body.reden }),
    }),
  ),
});
