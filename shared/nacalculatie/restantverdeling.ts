// docs/regels.md §15.7 with §9.4 and §1: the national remainder round made operational. After all
// vaststellingen of year t, landelijk-beheer proposes the distribution of §9.4 (computed by
// landelijkRestant.ts at that moment), ANOTHER landelijk-beheer user approves it, and each
// allotment (toekenning uit het restant) becomes a nabetaling of its zorgkantoor. The pure rules of
// that: when a proposal may be made, who may approve it, and the ledger entry of an allotment.
//
// [portal rule] One distribution per year: once decided it is final (§15.6 spirit); a correction
// would be a new regeling, not a second round. While only proposed, a new proposal replaces it.
import { type Decimal, NUL } from "../geld/decimal.js";
import { type Boeking, boekingSleutel, type Oorzaak } from "../grootboek/boeking.js";
import type { Rol } from "../rollen.js";
import { magTweedeTekenen } from "../toegang/vierOgen.js";

export type VerdelingStatus = "voorgesteld" | "besloten" | "toegepast";

export interface Verdelingstand {
  voorgesteldDoor: { sub: string; rol: Rol };
  /** The proposal record's version: the approver names the one they saw. */
  versie: number;
  status: VerdelingStatus;
}

export type Toets =
  | { toegestaan: true }
  | { toegestaan: false; status: 403 | 409; code: string; reden: string };

/**
 * §9.4 "after all vaststellingen of year t": a proposal needs every agreed case vastgesteld, and
 * none once the year's distribution is decided.
 */
export function magRestantVoorstellen(
  jaar: number,
  bestaand: Verdelingstand | undefined,
  nogNietVastgesteld: readonly string[],
): Toets {
  if (bestaand && bestaand.status !== "voorgesteld")
    return {
      toegestaan: false,
      status: 409,
      code: "AL_BESLOTEN",
      reden: `De verdeling van het landelijk restant ${jaar} is al besloten; een besluit is definitief.`,
    };
  if (nogNietVastgesteld.length > 0)
    return {
      toegestaan: false,
      status: 409,
      code: "NIET_ALLES_VASTGESTELD",
      reden: `Het restant ${jaar} wordt verdeeld na alle vaststellingen; nog niet vastgesteld: ${nogNietVastgesteld.length} aanvra${nogNietVastgesteld.length === 1 ? "ag" : "gen"} (${nogNietVastgesteld.slice(0, 5).join(", ")}${nogNietVastgesteld.length > 5 ? ", …" : ""}).`,
    };
  return { toegestaan: true };
}

/**
 * §1 four eyes for landelijk-beheer: the proposer never approves (403 VIER_OGEN); no open
 * proposal, or one replaced since the approver read it, is a conflict (409).
 */
export function magRestantGoedkeuren(
  voorstel: Verdelingstand | undefined,
  gebruiker: { sub: string },
  versie: number,
): Toets {
  if (voorstel?.status !== "voorgesteld")
    return {
      toegestaan: false,
      status: 409,
      code: "GEEN_VOORSTEL",
      reden:
        "Er is geen voorgestelde verdeling van het landelijk restant om goed te keuren; landelijk beheer stelt eerst een verdeling voor.",
    };
  // Only landelijk-beheer reaches this decision (the route), so the approver signs in that role.
  const h = magTweedeTekenen("restantverdeling", voorstel.voorgesteldDoor, {
    sub: gebruiker.sub,
    rol: "landelijk-beheer",
  });
  if (!h.toegestaan) return { toegestaan: false, status: 403, code: "VIER_OGEN", reden: h.reden };
  if (voorstel.versie !== versie)
    return {
      toegestaan: false,
      status: 409,
      code: "CONFLICT",
      reden: `versie: de verdeling is intussen opnieuw voorgesteld (nu versie ${voorstel.versie}); bekijk het nieuwe voorstel voordat u het goedkeurt`,
    };
  return { toegestaan: true };
}

/** One decided allotment: a case and the amount it gets from the remainder. */
export interface Restanttoekenning {
  aanvraagId: string;
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
  toegekend: Decimal;
}

/** Only allotments above 0 move money: a claim of 0 (or cut to 0) books nothing. */
export const teBoeken = <T extends { toegekend: Decimal }>(t: readonly T[]): T[] =>
  t.filter((x) => x.toegekend.gt(NUL));

/** The oorzaak of every entry of the year's decision (§15.3: the decision that caused it). */
export const restantOorzaak = (jaar: number): Oorzaak => ({
  soort: "restantverdeling",
  id: `landelijk-${jaar}`,
});

/**
 * §15.7: the allotment as a nabetaling ordered on its case, dated at the decision. The key is
 * deterministic per case and decision, so applying the decision again puts nothing new.
 */
export function restantBoeking(t: Restanttoekenning, op: Date): Boeking {
  const oorzaak = restantOorzaak(t.jaar);
  return {
    sleutel: boekingSleutel("nabetaling_besteld", t, oorzaak, 1),
    aanbiederId: t.aanbiederId,
    zorgkantoorId: t.zorgkantoorId,
    jaar: t.jaar,
    soort: "nabetaling_besteld",
    bedrag: t.toegekend,
    datum: op,
    oorzaak,
  };
}
