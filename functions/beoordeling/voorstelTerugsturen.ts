// docs/regels.md §1 four eyes [portal rule]: instead of approving, zorgkantoor-beheer (another user
// than the proposer) sends the toekenning proposal back with a reason. The state machine's
// voorstelTerugsturen (in_beoordeling → in_beoordeling, four-eyes flag) decides who may; the
// proposal and its waiting item go in the same transaction as the audit record with the reason.
import { wachtWeg } from "../data/goedkeuringen.js";
import { voerOvergangUit } from "../data/overgangen.js";
import { ofWeiger } from "../data/transactie.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { eisVoorstel, laadZaak, zaakstand } from "./zaak.js";

export const voorstelTerugsturen: Operatie<RouteVan<"voorstelTerugsturen">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "tweedeHandtekening");
  const voorstel = eisVoorstel(zaak, "Er is geen voorgestelde toekenning om terug te sturen.");
  const na = ofWeiger(
    await voerOvergangUit(
      zaak,
      v.body.versie,
      "voorstelTerugsturen",
      schrijfcontext(v, "zorgkantoor-beheer"),
      {
        velden: { toekenningsvoorstel: undefined },
        acties: [wachtWeg(zaak, "toekenning")],
        reden: v.body.reden,
        voor: { toekenningsvoorstel: voorstel },
        na: { toekenningsvoorstel: null },
        bewijs: {
          voorgesteldDoor: {
            sub: voorstel.voorgesteldDoor.sub,
            rol: voorstel.voorgesteldDoor.rol as "beoordelaar",
          },
        },
      },
    ),
  );
  return { body: zaakstand(na) };
};
