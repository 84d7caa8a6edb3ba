// docs/regels.md §1: the first gate of every request — does the caller hold a membership in one of the
// roles the route is open to? Deny by default: a route that lists no role is open to nobody, and
// a user without memberships may do nothing (memberships come from the server, never the token).
// Scope (which case) is the second gate: zaak.ts, checked by the operation once it has the case.
import type { Rol } from "../rollen.js";
import type { Lidmaatschap } from "./lidmaatschap.js";
import { opsomming, rollenVan } from "./scope.js";

export type Routerollen = readonly Rol[] | "publiek";

export type RouteToegang =
  | { toegestaan: true; rollen: Rol[] }
  | { toegestaan: false; reden: string };

/** May a caller with these memberships use a route open to `rollen`; under which of its roles? */
export function magRoute(
  lidmaatschappen: readonly Lidmaatschap[],
  rollen: Routerollen,
): RouteToegang {
  if (rollen === "publiek") return { toegestaan: true, rollen: rollenVan(lidmaatschappen) };
  if (rollen.length === 0) {
    return { toegestaan: false, reden: "deze actie staat voor geen enkele rol open" };
  }
  const eigen = rollenVan(lidmaatschappen);
  if (eigen.length === 0) {
    return {
      toegestaan: false,
      reden:
        "u heeft nog geen lidmaatschap; vraag de beheerder van uw organisatie of zorgkantoor om toegang",
    };
  }
  const passend = eigen.filter((r) => rollen.includes(r));
  if (passend.length > 0) return { toegestaan: true, rollen: passend };
  return {
    toegestaan: false,
    reden: `deze actie is alleen voor de rol ${opsomming(rollen)}; u heeft de rol ${opsomming(eigen)}`,
  };
}
