// docs/regels.md §1: what each role may do, declared once as data (a permissions map in the style of
// Hypha's) so the server, the screens and the tests ask the same table instead of scattered ifs.
// The state machine (shared/indiening/toestanden.ts) still decides WHEN an action fits a case;
// this map says which KIND of action a role may take at all.
import type { Rol } from "../rollen.js";

export const HANDELINGEN = [
  /** Read case content within scope (every role; landelijk-beheer only reads, §1). */
  "lezen",
  /** Aanvraag: draft, submit, new version after aanvulling (§4). */
  "indienen",
  /** Realisatie in its windows and the year report (§7). */
  "realisatieMelden",
  /** Sign the addendum for the own organisation (§5) — also zorgkantoor-beheer for the zorgkantoor. */
  "addendumTekenen",
  /** Assess: checks, aanvulling, proposal of a toekenning, afwijzing (§5). */
  "beoordelen",
  /** The second, different signature on a money decision (§1 four-eyes). */
  "tweedeHandtekening",
  /** Regional kader, reservering, release of the regional margin (§5.2). */
  "budgetBeheren",
  /** Reopen a closed window for one aanbieder, with a reason (§3.2). */
  "vensterHeropenen",
  /** November herschikking: proposal and decision (§8). */
  "herschikken",
  /** Nacalculatie and vaststelling (§9.3). */
  "vaststellen",
  /** Voorschot payment batches and their export (§6). */
  "betalingenBeheren",
  /** Users and memberships of the own zorgkantoor (§1). */
  "gebruikersBeheren",
  /** Year parameters (§3.1). */
  "parametersBeheren",
  /** National totals and the national remainder redistribution (§9.4). */
  "landelijkBeheren",
] as const;
export type Handeling = (typeof HANDELINGEN)[number];

const BEOORDELAAR = ["lezen", "beoordelen"] as const satisfies readonly Handeling[];

export const RECHTEN: Readonly<Record<Rol, readonly Handeling[]>> = {
  aanbieder: ["lezen", "indienen", "realisatieMelden", "addendumTekenen"],
  beoordelaar: BEOORDELAAR,
  // §1: "as beoordelaar, plus regional budget, second signature, herschikking, vaststelling, users".
  // [portal rule] the zorgkantoor's side of the addendum, payment batches and reopening a window
  // are beheer's too: they commit the zorgkantoor (toestanden.ts gives addendumTekenen to beheer).
  "zorgkantoor-beheer": [
    ...BEOORDELAAR,
    "addendumTekenen",
    "tweedeHandtekening",
    "budgetBeheren",
    "vensterHeropenen",
    "herschikken",
    "vaststellen",
    "betalingenBeheren",
    "gebruikersBeheren",
  ],
  // §1: year parameters, national totals, redistribution; read-only on case content.
  "landelijk-beheer": ["lezen", "parametersBeheren", "landelijkBeheren"],
};

/** Does this role carry this kind of action (regardless of scope)? */
export const rolMag = (rol: Rol, handeling: Handeling): boolean => RECHTEN[rol].includes(handeling);

/** The roles that carry a kind of action, in the order of ROLLEN. */
export const rollenMet = (handeling: Handeling): Rol[] =>
  (Object.keys(RECHTEN) as Rol[]).filter((r) => rolMag(r, handeling));
