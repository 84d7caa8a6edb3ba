// docs/regels.md §1: what a user may see follows from their memberships. These helpers condense the
// memberships into roles and a scope (which aanbieders and zorgkantoren), so list queries and
// single-case checks read the same thing.
import { ROLLEN, type Rol } from "../rollen.js";
import type { Lidmaatschap } from "./lidmaatschap.js";

/** The distinct roles of a user, in the order of ROLLEN (stable for screens and logs). */
export function rollenVan(lidmaatschappen: readonly Lidmaatschap[]): Rol[] {
  const aanwezig = new Set(lidmaatschappen.map((l) => l.rol));
  return ROLLEN.filter((r) => aanwezig.has(r));
}

export interface Scope {
  /** landelijk-beheer: every case, read-only on content (§1). */
  landelijk: boolean;
  /** Organisations the user works for as aanbieder (a user can belong to several, §1). */
  aanbiederIds: string[];
  /** Zorgkantoren where the user is beoordelaar or zorgkantoor-beheer. */
  zorgkantoorIds: string[];
}

const uniek = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/** What a user may see, condensed: the filter for list queries. */
export function scopeVan(lidmaatschappen: readonly Lidmaatschap[]): Scope {
  const aanbiederIds: string[] = [];
  const zorgkantoorIds: string[] = [];
  let landelijk = false;
  for (const l of lidmaatschappen) {
    if (l.rol === "aanbieder") aanbiederIds.push(l.aanbiederId);
    else if (l.rol === "landelijk-beheer") landelijk = true;
    else zorgkantoorIds.push(l.zorgkantoorId);
  }
  return { landelijk, aanbiederIds: uniek(aanbiederIds), zorgkantoorIds: uniek(zorgkantoorIds) };
}

/** Dutch enumeration: "a", "a of b", "a, b of c". */
export const opsomming = (xs: readonly string[]): string =>
  xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} of ${xs[xs.length - 1]}`;
