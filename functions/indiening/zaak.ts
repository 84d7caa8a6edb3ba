// docs/regels.md §1 for the indiening and documenten Lambdas: every operation on a case loads it and
// checks the caller's memberships against its scope (deny by default). Outside the scope answers
// 404 exactly as a missing case; inside the scope without the right kind of action 403.
import type { AanvraagRecord } from "../data/aanvragen.js";
import { conflict } from "../lib/probleem.js";

export { type GeladenZaak, laadZaak } from "../lib/zaak.js";

/**
 * Optimistic locking: the client states the `versie` of the case it read. Checked
 * before anything is computed, and again by the write's condition (a race in between → 409 too).
 */
export function eisVersie(zaak: AanvraagRecord, versie: number): void {
  if (zaak.versie !== versie)
    throw conflict(
      `versie: de aanvraag is intussen gewijzigd (u las versie ${versie}, nu is het versie ${zaak.versie}); laad haar opnieuw`,
    );
}
