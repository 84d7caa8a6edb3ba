// docs/regels.md §15.2 and §1: the herschikking moves money (voorschot bases change), so its decision
// needs four eyes — a proposal by one zorgkantoor-beheer user, the approval by ANOTHER — and it is
// recorded atomically for the whole zorgkantoor. The pure rules of that: who may approve which
// proposal, and how the decided lines are applied in chunks (functions/herschikking/toepassen.ts).
import type { Rol } from "../rollen.js";
import { magTweedeTekenen } from "../toegang/vierOgen.js";

export interface Voorstelstand {
  voorgesteldDoor: { sub: string; rol: Rol };
  /** The proposal record's version: the approver names the one they saw. */
  versie: number;
  status: "voorgesteld" | "besloten";
}

export type Goedkeuring =
  | { toegestaan: true }
  | { toegestaan: false; status: 403 | 409; code: string; reden: string };

/**
 * §15.2: may `gebruiker` (acting as zorgkantoor-beheer) approve the proposal at version `versie`?
 * The proposer never (403 VIER_OGEN); a proposal already decided, or replaced since the approver
 * read it, is a conflict (409): the approver must see what they sign.
 */
export function magHerschikkingGoedkeuren(
  voorstel: Voorstelstand | undefined,
  gebruiker: { sub: string; rol: Rol },
  versie: number,
): Goedkeuring {
  if (voorstel?.status !== "voorgesteld")
    return {
      toegestaan: false,
      status: 409,
      code: "GEEN_VOORSTEL",
      reden:
        "Er is geen herschikkingsvoorstel om goed te keuren; zorgkantoor-beheer legt eerst een voorstel vast.",
    };
  const h = magTweedeTekenen("herschikking", voorstel.voorgesteldDoor, gebruiker);
  if (!h.toegestaan) return { toegestaan: false, status: 403, code: "VIER_OGEN", reden: h.reden };
  if (voorstel.versie !== versie)
    return {
      toegestaan: false,
      status: 409,
      code: "CONFLICT",
      reden: `versie: het herschikkingsvoorstel is intussen vervangen (nu versie ${voorstel.versie}); bekijk het nieuwe voorstel voordat u het goedkeurt`,
    };
  return { toegestaan: true };
}

/**
 * The lines of a decided herschikking still to apply, in chunks that each fit one transaction
 * (`perDeel` lines). Lines already applied (`toegepast`) are left out, so applying again after a
 * crash only does what is missing (idempotent). Order is kept: the caller sorts.
 */
export function toepassingsdelen<T extends { aanvraagId: string }>(
  regels: readonly T[],
  toegepast: ReadonlySet<string>,
  perDeel: number,
): T[][] {
  if (perDeel < 1) throw new Error("toepassingsdelen: perDeel is minstens 1");
  const rest = regels.filter((r) => !toegepast.has(r.aanvraagId));
  const delen: T[][] = [];
  for (let i = 0; i < rest.length; i += perDeel) delen.push(rest.slice(i, i + perDeel));
  return delen;
}
