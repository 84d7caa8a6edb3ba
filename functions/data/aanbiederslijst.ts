// National scale: the name, NZa-nummer and AGB-code of every aanbieder with a case at a
// zorgkantoor, in one item per zorgkantoor (one attribute per aanbieder; ~100 bytes each, so the
// largest region's few hundred aanbieders stay far below 400 KB). The lists of a zorgkantoor
// (werkvoorraad, regio-overzicht, exports, batch exports) read it beside their list instead of one
// GetItem per row after it. Written in the transaction that creates a case (maakConcept) and in
// the one that changes the aanbieder (wijzigAanbieder), so it never disagrees with the aanbieder.
// A case made before this item existed is served by a GetItem of its aanbieder (leesOntbrekende).

import { vooruitLeesbaar } from "../lib/vooruit.js";
import {
  AANBIEDERSLIJST_ATTRIBUUT,
  type AanbiederInLijst,
  inLijst,
  leesAanbieder,
} from "./aanbieders.js";
import { leesItem } from "./lezen.js";
import { aanbiederslijstSleutel } from "./sleutels.js";

export type { AanbiederInLijst } from "./aanbieders.js";

/** The list of a zorgkantoor as read: aanbiederId → name, NZa, AGB. */
const lijst = vooruitLeesbaar("aanbiederslijst", leesLijst);
export const leesAanbiederslijst = lijst.lees;
/** Started beside the membership lookup by a route that lists a zorgkantoor (lib/vooruit.ts). */
export const aanbiederslijstVooruit = lijst.vooruit;

async function leesLijst(zorgkantoorId: string): Promise<Map<string, AanbiederInLijst>> {
  const item = await leesItem(aanbiederslijstSleutel(zorgkantoorId));
  const lijst = new Map<string, AanbiederInLijst>();
  for (const [k, v] of Object.entries(item ?? {})) {
    if (k.startsWith(AANBIEDERSLIJST_ATTRIBUUT))
      lijst.set(k.slice(AANBIEDERSLIJST_ATTRIBUUT.length), v as AanbiederInLijst);
  }
  return lijst;
}

/** Completes `lijst` for `ids` it lacks (cases from before the list) with a GetItem each. */
export async function leesOntbrekende(
  lijst: Map<string, AanbiederInLijst>,
  ids: Iterable<string>,
): Promise<Map<string, AanbiederInLijst>> {
  const ontbrekend = [...new Set(ids)].filter((id) => !lijst.has(id));
  const gelezen = await Promise.all(ontbrekend.map(leesAanbieder));
  for (const a of gelezen) if (a) lijst.set(a.id, inLijst(a));
  return lijst;
}

/** The aanbieders of `ids` at a zorgkantoor: the list, completed where it lacks one. */
export async function aanbiedersBij(
  zorgkantoorId: string,
  ids: Iterable<string>,
  lijst: Promise<Map<string, AanbiederInLijst>> = leesAanbiederslijst(zorgkantoorId),
): Promise<Map<string, AanbiederInLijst>> {
  return leesOntbrekende(await lijst, ids);
}
