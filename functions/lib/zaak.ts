// docs/regels.md §1: every operation on a case loads it and checks the caller's memberships against its
// scope (deny by default). Outside the scope answers 404 exactly as a missing case; inside the
// scope but without the right kind of action 403 with the reason. One implementation for all
// Lambdas, so the rule cannot drift between them.
import type { Rol } from "#shared/rollen.js";
import type { Handeling } from "#shared/toegang/rechten.js";
import { magZaakWijzigen, magZaakZien } from "#shared/toegang/zaak.js";
import { type AanvraagRecord, leesAanvraag, scopeVan } from "../data/aanvragen.js";
import { geenToegang, nietGevonden } from "./probleem.js";
import type { Gebruiker } from "./verzoek.js";

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

export interface ZaakToegang {
  aanvraag: AanvraagRecord;
  /** The role the caller acts in on this case (first of its roles that may). */
  rol: Rol;
}

/** laadZaak for an operation that acts in one role: the first of the caller's that may. */
export async function laadZaakMetRol(
  gebruiker: Gebruiker,
  aanvraagId: string,
  handeling?: Handeling,
): Promise<ZaakToegang> {
  const { zaak, rollen } = await laadZaak(gebruiker, aanvraagId, handeling);
  return { aanvraag: zaak, rol: rollen[0]! };
}
