// DOMAIN.md §1 for the indiening and documenten Lambdas: every operation on a case loads it and
// checks the caller's memberships against its scope (deny by default). Outside the scope answers
// 404 exactly as a missing case; inside the scope without the right kind of action 403.
import type { Rol } from "../../shared/rollen.js";
import type { Handeling } from "../../shared/toegang/rechten.js";
import { magZaakWijzigen, magZaakZien } from "../../shared/toegang/zaak.js";
import { type AanvraagRecord, leesAanvraag, scopeVan } from "../data/aanvragen.js";
import type { Schrijfcontext } from "../data/transactie.js";
import { conflict, geenToegang, nietGevonden } from "../lib/probleem.js";
import type { Gebruiker } from "../lib/verzoek.js";

export interface GeladenZaak {
  zaak: AanvraagRecord;
  /** The caller's roles at this case (those that carry the handeling, when one was asked). */
  rollen: Rol[];
}

/** Loads the aanvraag and authorises the caller: to read it, or to take a kind of action on it. */
export async function laadZaak(
  gebruiker: Gebruiker,
  aanvraagId: string,
  handeling?: Handeling,
): Promise<GeladenZaak> {
  const zaak = await leesAanvraag(aanvraagId);
  if (!zaak) throw nietGevonden("aanvraag");
  const t = handeling
    ? magZaakWijzigen(gebruiker.lidmaatschappen, scopeVan(zaak), handeling)
    : magZaakZien(gebruiker.lidmaatschappen, scopeVan(zaak));
  if (!t.toegestaan) throw t.zichtbaar ? geenToegang(t.reden) : nietGevonden("aanvraag");
  return { zaak, rollen: t.rollen };
}

/**
 * Optimistic locking (issue #3): the client states the `versie` of the case it read. Checked
 * before anything is computed, and again by the write's condition (a race in between → 409 too).
 */
export function eisVersie(zaak: AanvraagRecord, versie: number): void {
  if (zaak.versie !== versie)
    throw conflict(
      `versie: de aanvraag is intussen gewijzigd (u las versie ${versie}, nu is het versie ${zaak.versie}); laad haar opnieuw`,
    );
}

/**
 * [portal rule] The aanbieder's concept is its working copy: zorgkantoor users and landelijk-beheer
 * see the submitted versions only. A caller who is also aanbieder of the case sees everything.
 */
export const zietConcepten = (rollen: readonly Rol[]): boolean => rollen.includes("aanbieder");

export const schrijfcontext = (
  v: { gebruiker: Gebruiker; nu: Date; correlatieId: string },
  rol: Rol,
): Schrijfcontext => ({
  wie: { sub: v.gebruiker.sub, rol },
  nu: v.nu,
  correlatieId: v.correlatieId,
});
