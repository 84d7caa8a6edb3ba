// docs/regels.md §5 and §1: a beoordelaar (or zorgkantoor-beheer) proposes a toekenning — personeel,
// overige, compensatie and motivering — checked against every §5 constraint (all violations → 422,
// nothing stored). The proposal waits on the case for a second signature by another user; it is
// internal to the zorgkantoor (toekenning_voorgesteld is not visible to the aanbieder, §12).
import type { ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";
import { magActie, OVERGANGEN } from "#shared/indiening/toestanden.js";
import { wijzigAanvraag } from "../data/aanvragen.js";
import { toekenningWacht, wachtZetten } from "../data/goedkeuringen.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import {
  besluitOpslag,
  controleer,
  overtredingenAntwoord,
  type VoorstelOpslag,
} from "./toekenningscontext.js";
import { voorstelAntwoord } from "./voorstel.js";
import { actieRol, laadZaak } from "./zaak.js";

export const toekenningVoorstellen: Operatie<RouteVan<"toekenningVoorstellen">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId, "beoordelen");
  const rol = actieRol(rollen, ["beoordelaar", "zorgkantoor-beheer"]);
  // A proposal is the first half of "goedkeuren": only where the state machine allows that.
  const mag = magActie(zaak.toestand, "goedkeuren", rol);
  if (!mag.toegestaan)
    throw OVERGANGEN[zaak.toestand].goedkeuren
      ? new HttpProbleem(403, "GEEN_TOEGANG", mag.reden)
      : new HttpProbleem(409, "OVERGANG_NIET_MOGELIJK", mag.reden);
  const { personeel, overige, overigeRegels, compensatie, motivering } = v.body;
  const voorstel: ToekenningVoorstel = {
    besluit: "toekennen",
    personeel,
    overige,
    compensatie,
    motivering,
    ...(overigeRegels && { overigeRegels }),
  };
  const { fouten, aangevraagd } = await controleer(zaak, voorstel, v.nu);
  if (fouten.length > 0) return overtredingenAntwoord(fouten, v.correlatieId);
  const ctx = schrijfcontext(v, rol);
  const opslag: VoorstelOpslag = {
    ...besluitOpslag(voorstel, aangevraagd, v.nu),
    voorgesteldDoor: { sub: v.gebruiker.sub, rol },
  };
  ofWeiger(
    await schrijfTransactie(
      [
        wijzigAanvraag(zaak, v.body.versie, {
          toekenningsvoorstel: opslag,
          gewijzigdOp: v.nu.toISOString(),
        }),
        // §1: the zorgkantoor's list of what waits, in the same transaction (data/goedkeuringen.ts).
        wachtZetten(toekenningWacht(zaak, opslag), ctx),
      ],
      {
        gebeurtenis: "toekenning_voorgesteld",
        onderwerp: aanvraagPk(zaak.id),
        betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
        voor: { toekenningsvoorstel: zaak.overig.toekenningsvoorstel },
        na: { toekenningsvoorstel: opslag },
        reden: opslag.motivering || undefined,
      },
      ctx,
    ),
  );
  return {
    status: 201,
    body: {
      id: zaak.id,
      toestand: zaak.toestand,
      versie: v.body.versie + 1,
      voorstel: voorstelAntwoord(opslag),
    },
  };
};
