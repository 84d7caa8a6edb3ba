// docs/regels.md §1: scope of a single case. An aanbieder sees the cases of its own organisation(s);
// beoordelaar and zorgkantoor-beheer those of their zorgkantoor; landelijk-beheer sees everything
// but only reads case content. Refusals carry a Dutch reason (for the log and, where the case is
// visible, for the 403); `zichtbaar: false` tells the server to answer 404 as for a missing case.
import type { Rol } from "../rollen.js";
import type { Lidmaatschap, Zaakscope } from "./lidmaatschap.js";
import { type Handeling, rollenMet, rolMag } from "./rechten.js";
import { opsomming, rollenVan } from "./scope.js";

export type Toegang =
  | { toegestaan: true; rollen: Rol[] }
  | { toegestaan: false; reden: string; zichtbaar: boolean };

/** Does this one membership reach this case? */
export function dektZaak(l: Lidmaatschap, zaak: Zaakscope): boolean {
  switch (l.rol) {
    case "aanbieder":
      return l.aanbiederId === zaak.aanbiederId;
    case "beoordelaar":
    case "zorgkantoor-beheer":
      return l.zorgkantoorId === zaak.zorgkantoorId;
    case "landelijk-beheer":
      return true;
  }
}

/** May the user see this case, and under which roles? */
export function magZaakZien(lidmaatschappen: readonly Lidmaatschap[], zaak: Zaakscope): Toegang {
  const rollen = rollenVan(lidmaatschappen.filter((l) => dektZaak(l, zaak)));
  if (rollen.length > 0) return { toegestaan: true, rollen };
  return {
    toegestaan: false,
    zichtbaar: false,
    reden:
      lidmaatschappen.length === 0
        ? "u heeft geen enkel lidmaatschap"
        : `u heeft geen lidmaatschap bij aanbieder ${zaak.aanbiederId} of zorgkantoor ${zaak.zorgkantoorId}`,
  };
}

/**
 * May the user change this case (optionally: with this kind of action)? landelijk-beheer never:
 * it reads case content only (§1). Which action fits the case's state is toestanden.ts's call.
 */
export function magZaakWijzigen(
  lidmaatschappen: readonly Lidmaatschap[],
  zaak: Zaakscope,
  handeling?: Handeling,
): Toegang {
  const zien = magZaakZien(lidmaatschappen, zaak);
  if (!zien.toegestaan) return zien;
  const schrijvend = zien.rollen.filter((r) => r !== "landelijk-beheer");
  if (schrijvend.length === 0) {
    return {
      toegestaan: false,
      zichtbaar: true,
      reden: "landelijk-beheer mag de inhoud van een zaak alleen lezen (§1)",
    };
  }
  if (handeling === undefined) return { toegestaan: true, rollen: schrijvend };
  const rollen = schrijvend.filter((r) => rolMag(r, handeling));
  if (rollen.length > 0) return { toegestaan: true, rollen };
  return {
    toegestaan: false,
    zichtbaar: true,
    reden: `"${handeling}" mag alleen door de rol ${opsomming(rollenMet(handeling))}; u heeft bij deze zaak de rol ${opsomming(zien.rollen)}`,
  };
}

/**
 * [portal rule] The aanbieder's concept is its working copy: zorgkantoor users and landelijk-beheer
 * see the submitted versions only. A caller who is also aanbieder of the case sees everything.
 */
export const zietConcepten = (rollen: readonly Rol[]): boolean => rollen.includes("aanbieder");
