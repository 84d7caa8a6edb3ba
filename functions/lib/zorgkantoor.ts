// docs/regels.md §1: an action on a zorgkantoor as a whole (not on one case) is taken by a user with a
// membership at THAT zorgkantoor whose role carries the action (shared/toegang/rechten.ts). A
// zorgkantoor where the caller has no membership answers 404 as if it did not exist; a membership
// whose role lacks the action answers 403 with the reason.

import type { Rol } from "#shared/rollen.js";
import { type Handeling, rollenMet, rolMag } from "#shared/toegang/rechten.js";
import { opsomming } from "#shared/toegang/scope.js";
import { geenToegang, nietGevonden } from "./probleem.js";
import type { Gebruiker } from "./verzoek.js";

export function rolBijZorgkantoor(
  gebruiker: Gebruiker,
  zorgkantoorId: string,
  handeling: Handeling,
): Rol {
  const rollen = gebruiker.lidmaatschappen
    .filter((l) => l.rol !== "aanbieder" && l.rol !== "landelijk-beheer")
    .filter((l) => l.zorgkantoorId === zorgkantoorId)
    .map((l) => l.rol);
  if (rollen.length === 0) throw nietGevonden("zorgkantoor");
  const rol = rollen.find((r) => rolMag(r, handeling));
  if (rol) return rol;
  throw geenToegang(
    `dit mag alleen de rol ${opsomming(rollenMet(handeling))} van dit zorgkantoor; u heeft er de rol ${opsomming(rollen)}`,
  );
}
