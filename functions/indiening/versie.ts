// docs/regels.md §4.3: reading one version of a case the caller may see; a version outside what the
// caller may see (a concept, for the zorgkantoor) answers 404 like a missing one.

import type { Rol } from "#shared/rollen.js";
import { zietConcepten } from "#shared/toegang/zaak.js";
import { type AanvraagRecord, leesVersie, type VersieRecord } from "../data/aanvragen.js";
import { nietGevonden } from "../lib/probleem.js";

export async function zichtbareVersie(
  zaak: AanvraagRecord,
  rollen: readonly Rol[],
  nummer: number,
): Promise<VersieRecord> {
  const v = nummer <= zaak.laatsteVersie ? await leesVersie(zaak.id, nummer) : undefined;
  if (!v || (v.status !== "ingediend" && !zietConcepten(rollen)))
    throw nietGevonden(`versie ${nummer}`);
  return v;
}
