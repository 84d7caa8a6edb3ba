// docs/regels.md §2 and §4: the aanbieder creates its aanvraag (a concept, version 1) for one
// zorgkantoor and year; one per (aanbieder, zorgkantoor, jaar) — a second answers 409.
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { scopeVan } from "#shared/toegang/scope.js";
import { maakConcept } from "../data/aanvragen.js";
import { ofWeiger } from "../data/transactie.js";
import { nietGevonden } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { aanvraagAntwoord } from "./weergave.js";

export const maakAanvraag: Operatie<RouteVan<"maakAanvraag">> = async (v) => {
  const { aanbiederId, zorgkantoorId, jaar, inhoud } = v.body;
  // Only for an organisation the caller works for; another one answers as if it did not exist (§1).
  if (!scopeVan(v.gebruiker.lidmaatschappen).aanbiederIds.includes(aanbiederId))
    throw nietGevonden("aanbieder");
  const zaak = ofWeiger(
    await maakConcept(
      {
        aanbiederId,
        zorgkantoorId,
        jaar,
        inhoud: { ...(inhoud as AanvraagInvoer | undefined), documenten: [] },
      },
      schrijfcontext(v, "aanbieder"),
    ),
  );
  return { status: 201, body: await aanvraagAntwoord(zaak, ["aanbieder"], v.nu) };
};
