// docs/regels.md §1: the zorgkantoor's reports are read by its own users (beoordelaar or
// zorgkantoor-beheer), and — where the route says so — by landelijk-beheer, which has no tenant.
// A zorgkantoor outside the caller's scope answers 404 as if it did not exist (deny by default).
import { scopeVan } from "#shared/toegang/scope.js";
import { nietGevonden } from "./probleem.js";
import type { Gebruiker } from "./verzoek.js";

export function eisZorgkantoorInScope(
  gebruiker: Gebruiker,
  zorgkantoorId: string,
  landelijkMag = false,
): void {
  const scope = scopeVan(gebruiker.lidmaatschappen);
  if (landelijkMag && scope.landelijk) return;
  if (!scope.zorgkantoorIds.includes(zorgkantoorId)) throw nietGevonden("zorgkantoor");
}
