// PAGINAS.aanvraag (docs/regels.md §4): the aanvraag wizard. ?id= edits an existing case (&stap=
// the step shown); ?jaar= first creates one (POST /api/aanvragen) and then continues as ?id=.
// Every step move saves the concept (PUT …/inhoud with the versie read: a 409 says someone else
// saved first); coming back later loads the concept from the server. The last step summarises
// what will be submitted; submitting, after a confirmation, shows the §4.2 findings next to their
// fields with an error summary, or the receipt with the beoordelingstermijn.
import { link } from "#shared/paginas.js";
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { element, h, melding, parameter, vervang } from "../../lib/dom.js";
import { toonLaadfout } from "../../lib/laadfout.js";
import { start } from "../../lib/pagina.js";
import { nieuweAanvraag } from "./nieuw.js";
import { type Aanvraag, Stappen } from "./stappen.js";

const c = await start();
const pagina = element("kb-pagina");
const id = parameter("id");

async function laad(aanvraagId: string): Promise<void> {
  const a = await haal<Aanvraag>(`/api/aanvragen/${seg(aanvraagId)}`);
  if (a.toestand !== "concept" && a.toestand !== "aanvulling_gevraagd") {
    vervang(
      pagina,
      melding(
        "info",
        "Deze aanvraag is ingediend en kan niet meer worden gewijzigd. ",
        h("a", { class: "utrecht-link", href: link.dossier(a.id) }, "Bekijk het dossier"),
      ),
    );
    return;
  }
  const richtlijn = await haal<Antwoord<"parametersVanJaar">>(`/api/parameters/${a.jaar}`)
    .then((p) => p.richtlijnPersoneel)
    .catch(() => null);
  new Stappen(pagina, a, richtlijn).toon();
}

try {
  if (id) await laad(id);
  else
    await nieuweAanvraag(c, pagina, Number(parameter("jaar")), async (nieuwId) => {
      history.replaceState(null, "", link.aanvraag(nieuwId));
      await laad(nieuwId);
    });
} catch (e) {
  toonLaadfout(e);
}
