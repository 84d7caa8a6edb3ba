// docs/regels.md §4.3: in_beoordeling → aanvulling_gevraagd, with the reason the aanbieder reads. The
// aanbieder's change then goes into a new version; a toekenning proposed on the old version no
// longer fits it, so it is withdrawn in the same transaction.
import { wachtWeg } from "../data/goedkeuringen.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { voerZaakActieUit } from "./overgang.js";
import { zaakstand } from "./zaak.js";

export const aanvullingVragen: Operatie<RouteVan<"aanvullingVragen">> = async (v) => ({
  body: zaakstand(
    await voerZaakActieUit(v, {
      actie: "aanvullingVragen",
      handeling: "beoordelen",
      voorkeur: ["beoordelaar", "zorgkantoor-beheer"],
      opties: (zaak) => ({
        velden: { toekenningsvoorstel: undefined, aanvullingReden: v.body.reden },
        acties: [wachtWeg(zaak, "toekenning")],
        reden: v.body.reden,
      }),
    }),
  ),
});
