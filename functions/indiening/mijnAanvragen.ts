// docs/regels.md §1 and §4: the aanbieder's own aanvragen, per organisation it works for (gsi2), newest
// year first. Zorgkantoor users have their werkvoorraad in the beoordeling Lambda.
import { scopeVan } from "#shared/toegang/scope.js";
import { aanvragenVanAanbieder } from "../data/aanvragen.js";
import { leesNamen, namenVan } from "../data/namen.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { samenvatting } from "./weergave.js";

export const mijnAanvragen: Operatie<RouteVan<"mijnAanvragen">> = async (v) => {
  const eigen = scopeVan(v.gebruiker.lidmaatschappen).aanbiederIds;
  const gevraagd = v.query.aanbiederId;
  if (gevraagd !== undefined && !eigen.includes(gevraagd)) throw nietGevonden("aanbieder");
  const ids = gevraagd === undefined ? eigen : [gevraagd];
  // The names are read beside the lists: the aanbieders are known from the memberships.
  const [lijsten, namen] = await Promise.all([
    Promise.all(ids.map((id) => aanvragenVanAanbieder(id, v.query.jaar))),
    leesNamen(ids),
  ]);
  const aanvragen = lijsten
    .flat()
    .sort((a, b) => b.jaar - a.jaar || a.aanbiederId.localeCompare(b.aanbiederId))
    .map((r) => ({ ...samenvatting(r), ...namenVan(namen, r) }));
  return { body: { aanvragen } };
};
