// DOMAIN.md §15.7 (§9.4 made operational): the zorgkantoor's record per case whether the extra
// staff are still employed, as stored on the case. Its own small module: the landelijk restant
// (functions/rapportage) reads it without bundling the nacalculatie operations.
import type { AanvraagRecord } from "../data/aanvragen.js";

export interface PersoneelInDienstOpslag {
  personeelInDienst: boolean;
  /** The day the zorgkantoor established it, "YYYY-MM-DD". */
  datum: string;
  toelichting: string;
  vastgelegdDoor: string;
  /** ISO instant of the record. */
  op: string;
}

export const personeelInDienstVan = (r: AanvraagRecord): PersoneelInDienstOpslag | undefined => {
  const v = r.overig.personeelInDienst;
  return typeof v === "object" && v !== null ? (v as PersoneelInDienstOpslag) : undefined;
};

/** §9.4: only a recorded "yes" lets the case claim; no record is no claim. */
export const isPersoneelInDienst = (r: AanvraagRecord): boolean =>
  personeelInDienstVan(r)?.personeelInDienst === true;
