// docs/regels.md §15.7 and §9.4: a beoordelaar or zorgkantoor-beheer user of the case's zorgkantoor
// records whether the extra staff are still employed (yes/no, a date, a note). One case update
// with its audit record under the case's version lock; 404 outside the caller's scope.
//
// [portal rule] Not frozen by the vaststelling: §15.7 has the zorgkantoor record it in the
// nacalculatie for the national round, which follows all vaststellingen. It freezes once the
// national round of the case's year is decided (409 RESTANT_BESLOTEN): the allotment rests on it.
// Until then it may be recorded again (each record audited with before and after); a change after
// the proposal makes the approval refuse (restantGoedkeuren.ts recomputes). A date after today is
// refused: it confirms a fact.
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { bijgewerkt, scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { leesRestantverdeling } from "../data/restantverdeling.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { nacalculatieAntwoord } from "./antwoord.js";
import { type PersoneelInDienstOpslag, personeelInDienstVan } from "./inDienst.js";
import { nacalculatieStand } from "./stand.js";

export const personeelInDienstVastleggen: Operatie<
  RouteVan<"personeelInDienstVastleggen">
> = async (v) => {
  const { aanvraag: r, rol } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId, "beoordelen");
  if (!isAfgesproken(r))
    throw new HttpProbleem(
      409,
      "GEEN_AFSPRAAK",
      `de aanvraag is "${r.toestand}": een nacalculatie volgt op een ondertekende afspraak`,
    );
  const ronde = await leesRestantverdeling(r.jaar);
  if (ronde && ronde.status !== "voorgesteld")
    throw new HttpProbleem(
      409,
      "RESTANT_BESLOTEN",
      `de verdeling van het landelijk restant ${r.jaar} is besloten; personeel in dienst ligt daarmee vast`,
    );
  const datum = dagTekst(v.body.datum);
  if (datum > dagTekst(dagVan(v.nu)))
    throw new HttpProbleem(
      422,
      "DATUM_IN_TOEKOMST",
      "datum: de datum waarop is vastgesteld of het personeel in dienst is, ligt na vandaag",
      "datum",
    );
  const vastlegging: PersoneelInDienstOpslag = {
    personeelInDienst: v.body.personeelInDienst,
    datum,
    toelichting: v.body.toelichting,
    vastgelegdDoor: v.gebruiker.sub,
    op: v.nu.toISOString(),
  };
  const velden = { personeelInDienst: vastlegging, gewijzigdOp: v.nu.toISOString() };
  ofWeiger(
    await schrijfTransactie(
      [wijzigAanvraag(r, v.body.versie, velden)],
      {
        gebeurtenis: "personeel_in_dienst_vastgelegd",
        onderwerp: aanvraagPk(r.id),
        betrokken: scopeVan(r),
        voor: { personeelInDienst: personeelInDienstVan(r) ?? null },
        na: { personeelInDienst: vastlegging },
      },
      schrijfcontext(v, rol),
    ),
  );
  const na = bijgewerkt(r, velden, v.body.versie + 1);
  return { body: nacalculatieAntwoord(na, await nacalculatieStand(na)) };
};
