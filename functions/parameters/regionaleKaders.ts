// docs/regels.md §5.3: the regional kaders of a year — landelijk-beheer sees all of them (gsi1), a
// zorgkantoor's users only their own zorgkantoor's (GetItem per zorgkantoor; no Scan).
import { bedragTekst } from "#shared/geld/bedrag.js";
import { scopeVan } from "#shared/toegang/scope.js";
import { type Kader, kadersVanJaar, leesKader } from "../data/kaders.js";
import { parametersInGebruik } from "../data/parameters.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { kaderJson } from "./weergave.js";

export const regionaleKaders: Operatie<RouteVan<"regionaleKaders">> = async (v) => {
  const jaar = v.params.jaar;
  const scope = scopeVan(v.gebruiker.lidmaatschappen);
  const parameters = parametersInGebruik(jaar);
  parameters.catch(() => undefined);
  const kaders: Kader[] = scope.landelijk
    ? await kadersVanJaar(jaar)
    : (await Promise.all(scope.zorgkantoorIds.map((id) => leesKader(id, jaar)))).filter(
        (k): k is Kader => k !== undefined,
      );
  kaders.sort((a, b) => a.zorgkantoorId.localeCompare(b.zorgkantoorId));
  return {
    body: {
      jaar,
      landelijkBudget: bedragTekst((await parameters).landelijkBudget),
      kaders: kaders.map(kaderJson),
    },
  };
};
