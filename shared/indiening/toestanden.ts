// docs/regels.md §4.3 (states of an aanvraag) and §1 (roles, four-eyes): the state machine as data.
// Each state lists its actions, the target state and the roles that may take them; the server
// and the screens ask `magActie`, so no rule about states lives in scattered ifs. The flags say
// what else a transition asks; overgangsvoorwaarden.ts checks them where the data layer takes it.

import { ROLLEN, type Rol } from "../rollen.js";
import type { Geldbesluit } from "../toegang/vierOgen.js";

export { ROLLEN, type Rol };

export const TOESTANDEN = [
  "concept",
  "ingediend",
  "in_beoordeling",
  "aanvulling_gevraagd",
  "goedgekeurd",
  "afgewezen",
  "addendum_getekend",
  "vastgelegd",
] as const;
export type Toestand = (typeof TOESTANDEN)[number];

export const ACTIES = [
  "wijzigen",
  "indienen",
  "inBehandelingNemen",
  "aanvullingVragen",
  "goedkeuren",
  "afwijzen",
  "addendumTekenen",
  "vastleggen",
  "mediationMelden",
  "mediationBeeindigen",
  "voorstelTerugsturen",
] as const;
export type Actie = (typeof ACTIES)[number];

export interface Overgang {
  naar: Toestand;
  rollen: readonly Rol[];
  /** §1: the money decision this is; its second signature follows shared/toegang/vierOgen.ts. */
  vierOgen?: Geldbesluit;
  /** The §4.2 checks must not block (kanIndienen) before this action. */
  vereistToetsing?: true;
  /** §4.3: after a request for aanvulling a change goes into a new version; the submitted one stays. */
  nieuweVersie?: true;
  /** §5: the addendum is signed by both parties; the state moves when the second has signed. */
  beidePartijen?: true;
  /** Sets the mediation flag of the case (seed §4.2.7). */
  mediation?: boolean;
}

const AANBIEDER = ["aanbieder"] as const;
const ZORGKANTOOR = ["beoordelaar", "zorgkantoor-beheer"] as const;
const BEHEER = ["zorgkantoor-beheer"] as const;

// Mediation can be flagged while the case has not reached a decision (seed §4.2.7); a decision
// (goedkeuren, afwijzen) ends it. [portal rule] only zorgkantoor users set the flag on the case.
const metMediation = (t: Toestand): Partial<Record<Actie, Overgang>> => ({
  mediationMelden: { naar: t, rollen: ZORGKANTOOR, mediation: true },
  mediationBeeindigen: { naar: t, rollen: ZORGKANTOOR, mediation: false },
});

export const OVERGANGEN: Readonly<Record<Toestand, Partial<Record<Actie, Overgang>>>> = {
  concept: {
    wijzigen: { naar: "concept", rollen: AANBIEDER },
    indienen: { naar: "ingediend", rollen: AANBIEDER, vereistToetsing: true },
  },
  ingediend: {
    inBehandelingNemen: { naar: "in_beoordeling", rollen: ZORGKANTOOR },
    ...metMediation("ingediend"),
  },
  in_beoordeling: {
    aanvullingVragen: { naar: "aanvulling_gevraagd", rollen: ZORGKANTOOR },
    // [portal rule] a beoordelaar or beheer user proposes; the second signature is beheer's (§1).
    goedkeuren: {
      naar: "goedgekeurd",
      rollen: ZORGKANTOOR,
      vierOgen: "toekenning",
      mediation: false,
    },
    // [portal rule] §1: the second signer may send the proposal back to the proposer with a
    // reason instead of approving it; the case stays in beoordeling without a proposal. Only
    // another user than the proposer (the four-eyes flag), as for the approval itself.
    voorstelTerugsturen: { naar: "in_beoordeling", rollen: BEHEER, vierOgen: "toekenning" },
    // Afwijzen moves no money, so §1 asks no four eyes; the motivation is required (§5.4).
    afwijzen: { naar: "afgewezen", rollen: ZORGKANTOOR, mediation: false },
    ...metMediation("in_beoordeling"),
  },
  aanvulling_gevraagd: {
    wijzigen: { naar: "aanvulling_gevraagd", rollen: AANBIEDER, nieuweVersie: true },
    indienen: { naar: "ingediend", rollen: AANBIEDER, vereistToetsing: true },
    ...metMediation("aanvulling_gevraagd"),
  },
  goedgekeurd: {
    // [portal rule] for the zorgkantoor the addendum is signed by zorgkantoor-beheer.
    addendumTekenen: {
      naar: "addendum_getekend",
      rollen: ["aanbieder", "zorgkantoor-beheer"],
      beidePartijen: true,
    },
  },
  afgewezen: {},
  addendum_getekend: {
    vastleggen: { naar: "vastgelegd", rollen: BEHEER },
  },
  vastgelegd: {},
};

/** §4.3: an agreement exists once the addendum is signed by both parties. */
export const AFGESPROKEN: readonly Toestand[] = ["addendum_getekend", "vastgelegd"];
export const isAfgesproken = (r: { toestand: Toestand }): boolean =>
  AFGESPROKEN.includes(r.toestand);

export const TOESTAND_NAAM: Record<Toestand, string> = {
  concept: "concept",
  ingediend: "ingediend",
  in_beoordeling: "in beoordeling",
  aanvulling_gevraagd: "aanvulling gevraagd",
  goedgekeurd: "goedgekeurd",
  afgewezen: "afgewezen",
  addendum_getekend: "addendum getekend",
  vastgelegd: "vastgelegd",
};

export const ACTIE_NAAM: Record<Actie, string> = {
  wijzigen: "wijzigen",
  indienen: "indienen",
  inBehandelingNemen: "in behandeling nemen",
  aanvullingVragen: "aanvulling vragen",
  goedkeuren: "goedkeuren",
  afwijzen: "afwijzen",
  addendumTekenen: "addendum tekenen",
  vastleggen: "vastleggen",
  mediationMelden: "mediation melden",
  mediationBeeindigen: "mediation beëindigen",
  voorstelTerugsturen: "voorstel terugsturen",
};

export type Beslissing =
  | { toegestaan: true; naar: Toestand; overgang: Overgang }
  | { toegestaan: false; reden: string };

const lijst = (xs: readonly string[]): string =>
  xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} of ${xs[xs.length - 1]}`;

/** May `rol` take `actie` in `toestand`? Refusals carry a Dutch reason. */
export function magActie(toestand: Toestand, actie: Actie, rol: Rol): Beslissing {
  const mogelijk = OVERGANGEN[toestand];
  const overgang = mogelijk[actie];
  if (!overgang) {
    const andere = (Object.keys(mogelijk) as Actie[]).map((a) => ACTIE_NAAM[a]);
    return {
      toegestaan: false,
      reden: `"${ACTIE_NAAM[actie]}" kan niet in de toestand "${TOESTAND_NAAM[toestand]}"; ${
        andere.length
          ? `mogelijk is: ${lijst(andere)}`
          : "in deze toestand is geen actie meer mogelijk"
      }.`,
    };
  }
  if (!overgang.rollen.includes(rol)) {
    return {
      toegestaan: false,
      reden: `"${ACTIE_NAAM[actie]}" mag alleen door de rol ${lijst(overgang.rollen)}, niet door ${rol}.`,
    };
  }
  return { toegestaan: true, naar: overgang.naar, overgang };
}

/** A case: its state and the mediation flag. */
export interface Dossierstand {
  toestand: Toestand;
  mediation: boolean;
}

export type Uitkomst =
  | { toegestaan: true; stand: Dossierstand; overgang: Overgang }
  | { toegestaan: false; reden: string };

/** Applies an action to a case, including the mediation flag (no double melding or ending). */
export function voerActieUit(stand: Dossierstand, actie: Actie, rol: Rol): Uitkomst {
  const b = magActie(stand.toestand, actie, rol);
  if (!b.toegestaan) return b;
  if (actie === "mediationMelden" && stand.mediation)
    return { toegestaan: false, reden: "Voor deze aanvraag is al mediation gemeld." };
  if (actie === "mediationBeeindigen" && !stand.mediation)
    return { toegestaan: false, reden: "Voor deze aanvraag loopt geen mediation." };
  const mediationNa = b.overgang.mediation ?? stand.mediation;
  return {
    toegestaan: true,
    stand: { toestand: b.naar, mediation: mediationNa },
    overgang: b.overgang,
  };
}

export type Wijzigingsdoel = "huidige-versie" | "nieuwe-versie" | "niet-toegestaan";

/**
 * §4.3: where a change by the aanbieder goes. A submitted version is immutable: a change after a
 * request for aanvulling goes into a new version (made on the first change), never into the
 * submitted one; in other states after indiening nothing can be changed.
 */
export function wijzigingGaatNaar(
  toestand: Toestand,
  laatsteVersieIngediend: boolean,
): Wijzigingsdoel {
  const overgang = OVERGANGEN[toestand].wijzigen;
  if (!overgang) return "niet-toegestaan";
  if (!laatsteVersieIngediend) return "huidige-versie";
  return overgang.nieuweVersie ? "nieuwe-versie" : "niet-toegestaan";
}
