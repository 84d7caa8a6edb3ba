// docs/regels.md §4.2 and §4.3: submitting. The checks run on the latest version with the documents of
// the case, the year parameters, the reservering, "now" and a late window; a blocking finding
// answers 422 listing every finding and changes nothing. Otherwise the version is frozen (with the
// document references it was checked with) and the case becomes `ingediend`, with its audit
// record, in one transaction (data layer dienIn → state machine).

import { toetsingVoorwaarde } from "#shared/indiening/overgangsvoorwaarden.js";
import { magActie } from "#shared/indiening/toestanden.js";
import { leesVersie } from "../data/aanvragen.js";
import { dienIn } from "../data/overgangen.js";
import { ofWeiger } from "../data/transactie.js";
import { PROBLEEM_TYPE, probleem } from "../lib/http.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { geaccepteerdeDocumenten, metDocumenten, toetsVersie } from "./toetsing.js";
import { aanvraagAntwoord } from "./weergave.js";
import { eisVersie, laadZaak } from "./zaak.js";

export const dienAanvraagIn: Operatie<RouteVan<"dienAanvraagIn">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "indienen");
  eisVersie(zaak, v.body.versie);
  // The state first: checking an aanvraag that cannot be submitted anyway helps nobody.
  const mag = magActie(zaak.toestand, "indienen", "aanbieder");
  if (!mag.toegestaan) throw new HttpProbleem(409, "OVERGANG_NIET_MOGELIJK", mag.reden);
  const versie = await leesVersie(zaak.id, zaak.laatsteVersie);
  if (versie?.status !== "concept")
    throw new HttpProbleem(
      409,
      "VERSIE_AL_INGEDIEND",
      "deze versie is al ingediend; na een verzoek om aanvulling dient u een gewijzigde versie in",
    );
  const inhoud = metDocumenten(versie.inhoud, await geaccepteerdeDocumenten(zaak.id));
  const bevindingen = await toetsVersie(zaak, inhoud, v.nu);
  // The data layer refuses the same (the state machine's vereistToetsing); this answer also
  // lists every finding, so the aanbieder sees all that blocks at once.
  const t = toetsingVoorwaarde(bevindingen);
  if (!t.toegestaan) {
    const p = probleem(
      { status: t.status, code: t.code, melding: t.reden, veld: t.veld },
      v.correlatieId,
    );
    return {
      status: 422,
      headers: { "content-type": PROBLEEM_TYPE },
      body: JSON.stringify({ ...p, bevindingen }),
    };
  }
  const na = ofWeiger(
    await dienIn(zaak, v.body.versie, schrijfcontext(v, "aanbieder"), { bevindingen, inhoud }),
  );
  return { body: await aanvraagAntwoord(na, ["aanbieder"], v.nu) };
};
