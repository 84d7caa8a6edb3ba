// docs/regels.md §5.4 and §4.3: in_beoordeling → afgewezen, with the written motivation that becomes
// the beoordelingsbrief. Afwijzen moves no money, so the state machine asks no four eyes; the
// motivation rule is shared/beoordeling/toekenning.ts (MOTIVERING_ONTBREEKT names the field).
import { controleerToekenning, type ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";
import { Decimal } from "#shared/geld/decimal.js";
import { magActie } from "#shared/indiening/toestanden.js";
import { aangevraagdVoorJaar } from "../data/aangevraagd.js";
import { wachtWeg } from "../data/goedkeuringen.js";
import { voerOvergangUit } from "../data/overgangen.js";
import { parametersInGebruik } from "../data/parameters.js";
import { ofWeiger } from "../data/transactie.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { besluitOpslag, overtredingenAntwoord } from "./toekenningscontext.js";
import { actieRol, laadZaak, zaakstand } from "./zaak.js";

const NUL = new Decimal(0);

export const afwijzen: Operatie<RouteVan<"afwijzen">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId, "beoordelen");
  const rol = actieRol(rollen, ["beoordelaar", "zorgkantoor-beheer"]);
  const ctx = schrijfcontext(v, rol);
  // The state first: for a case that cannot be rejected the data layer's 403/409 says more.
  if (!magActie(zaak.toestand, "afwijzen", rol).toegestaan)
    return {
      body: zaakstand(ofWeiger(await voerOvergangUit(zaak, v.body.versie, "afwijzen", ctx))),
    };
  // [portal rule] an afwijzing carries no compensatie here: without an agreement there is no
  // addendum to carry it; a zorgkantoor that wants to pay it agrees a toekenning instead.
  const voorstel: ToekenningVoorstel = {
    besluit: "afwijzen",
    personeel: NUL,
    overige: NUL,
    compensatie: NUL,
    motivering: v.body.motivering,
  };
  const aangevraagd = await aangevraagdVoorJaar(zaak);
  // Only the motivation applies to an afwijzing of nothing: no kader or reservering is touched.
  const fouten = controleerToekenning(voorstel, {
    jaar: zaak.jaar,
    op: v.nu,
    aangevraagd,
    reservering: NUL,
    margeVrijgegeven: true,
    regionaalKader: NUL,
    overigeAfspraken: NUL,
    richtlijnPersoneel: (await parametersInGebruik(zaak.jaar)).richtlijnPersoneel,
  });
  if (fouten.length > 0) return overtredingenAntwoord(fouten, v.correlatieId);
  const na = ofWeiger(
    await voerOvergangUit(zaak, v.body.versie, "afwijzen", ctx, {
      velden: {
        besluit: besluitOpslag(voorstel, aangevraagd, v.nu),
        toekenningsvoorstel: undefined,
      },
      acties: [wachtWeg(zaak, "toekenning")],
      reden: v.body.motivering,
    }),
  );
  return { body: zaakstand(na) };
};
