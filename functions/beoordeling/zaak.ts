// docs/regels.md §1 for the beoordeling Lambda: every operation on a case loads it and checks the
// caller's memberships against its scope (deny by default). Outside the scope answers 404 as for
// a missing case; inside the scope but without the right kind of action answers 403 with a reason.
import type { Rol } from "#shared/rollen.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import type { ToekenningsvoorstelOpslag } from "../data/zaakgegevens.js";
import { HttpProbleem } from "../lib/probleem.js";

export { type GeladenZaak, laadZaak } from "../lib/zaak.js";

/**
 * The role the caller acts in: the first of `voorkeur` they hold at this case. A user who is both
 * beoordelaar and zorgkantoor-beheer signs as beheer where beheer's signature is what counts.
 */
export function actieRol(rollen: readonly Rol[], voorkeur: readonly Rol[]): Rol {
  return voorkeur.find((r) => rollen.includes(r)) ?? rollen[0]!;
}

/** The case after an action, as the answer shows it. */
export const zaakstand = (z: AanvraagRecord) => ({
  id: z.id,
  toestand: z.toestand,
  mediation: z.mediation,
  versie: z.versie,
});

/** The toekenning proposal a second signature acts on; none is a 409 that says what to do. */
export function eisVoorstel(z: AanvraagRecord, zonder: string): ToekenningsvoorstelOpslag {
  const voorstel = z.overig.toekenningsvoorstel;
  if (!voorstel) throw new HttpProbleem(409, "GEEN_VOORSTEL", zonder);
  return voorstel;
}
