// docs/regels.md §15.7 (§9.4 made operational): the zorgkantoor's record per case whether the extra
// staff are still employed, as stored on the case. Its own small module: the landelijk restant
// (functions/rapportage) reads it without bundling the nacalculatie operations.
import type { AanvraagRecord } from "../data/aanvragen.js";
import type { PersoneelInDienstOpslag } from "../data/zaakgegevens.js";

export type { PersoneelInDienstOpslag };

export const personeelInDienstVan = (r: AanvraagRecord): PersoneelInDienstOpslag | undefined =>
  r.overig.personeelInDienst;

/** §9.4: only a recorded "yes" lets the case claim; no record is no claim. */
export const isPersoneelInDienst = (r: AanvraagRecord): boolean =>
  personeelInDienstVan(r)?.personeelInDienst === true;
