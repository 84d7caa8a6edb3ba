// docs/regels.md §1, §6: what the voorschot and realisatie operations share — loading a case within
// the caller's scope (outside it answers 404 as for a missing case; visible but not allowed 403)
// and the stored form of its voorschot agreement (the agreement itself: lib/voorschotafspraak.ts).
// The payment routes' zorgkantoor scope: lib/zorgkantoor.ts.

import { bedragTekst } from "#shared/geld/bedrag.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import type { Handeling } from "#shared/toegang/rechten.js";
import type { VoorschotAfspraak } from "#shared/voorschot/afspraak.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import type { Gebruiker } from "../lib/verzoek.js";
import { laadZaak as laadGeautoriseerd } from "../lib/zaak.js";

export { voorschotAfspraakOfWeiger, voorschotAfspraakVan } from "../lib/voorschotafspraak.js";

export interface ZaakToegang {
  aanvraag: AanvraagRecord;
  /** The role the caller acts in on this case (first of its roles that may). */
  rol: Rol;
}

/** The case, if the caller may see it (or take `handeling` on it); else 404 / 403. */
export async function laadZaak(
  gebruiker: Gebruiker,
  aanvraagId: string,
  handeling?: Handeling,
): Promise<ZaakToegang> {
  const { zaak, rollen } = await laadGeautoriseerd(gebruiker, aanvraagId, handeling);
  return { aanvraag: zaak, rol: rollen[0]! };
}

/** The stored form of a voorschot agreement (months as "YYYY-MM", amounts as text). */
export const opslagVorm = (a: VoorschotAfspraak) => ({
  jaar: a.jaar,
  percentage: a.percentage.toString(),
  getekendOp: dagTekst(a.getekendOp),
  basis: a.basis.map((b) => ({
    vanafMaand: maandTekst(a.jaar, b.vanafMaand),
    bedrag: bedragTekst(b.bedrag),
    versie: b.versie,
  })),
});
