// docs/regels.md §9.3: the vaststelling of the kwaliteitsbudget and the saldo against the voorschotten
// paid (§6). A positive saldo is paid out (nabetaling); a negative saldo is offset against
// payments the aanbieder still has due in another year (verrekening) and the rest is reclaimed
// (terugvordering).
//
// Four eyes (§1, §9.3): the vaststelling is a decision that moves money and needs two different
// zorgkantoor users. That is enforced by the handler with the project's generic four-eyes helper
// of the state machine, not here: this module only computes and checks the preconditions that
// depend on the case content.
import { max, min, NietNegatiefBedragSchema } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

export const SALDOSOORTEN = ["nabetaling", "terugvordering", "nihil"] as const;
export type SaldoSoort = (typeof SALDOSOORTEN)[number];

/** An amount due to the aanbieder in another year that a negative saldo may be offset against. */
export const TeVerrekenenSchema = NietNegatiefBedragSchema;

export interface VaststellingInvoer {
  personeelVergoedbaar: Decimal;
  overigeVergoedbaar: Decimal;
  /** The compensatiecomponent (§4.1): fixed, so it is vastgesteld as agreed. */
  compensatie: Decimal;
  betaaldeVoorschotten: Decimal;
  /**
   * Payments still due to this aanbieder in another year (§9.3 verrekening). 0 when there are
   * none. [portal rule] The negative saldo is offset up to this amount; the rest is reclaimed.
   */
  teVerrekenen: Decimal;
}

export interface Vaststelling {
  vastgesteld: Decimal;
  /** vastgesteld − betaaldeVoorschotten, with sign. */
  saldo: Decimal;
  saldoSoort: SaldoSoort;
  nabetaling: Decimal;
  verrekening: Decimal;
  terugvordering: Decimal;
}

export function stelVast(invoer: VaststellingInvoer): Vaststelling {
  const vastgesteld = invoer.personeelVergoedbaar
    .plus(invoer.overigeVergoedbaar)
    .plus(invoer.compensatie);
  const saldo = vastgesteld.minus(invoer.betaaldeVoorschotten);
  const teVeel = max(NUL, saldo.negated());
  const verrekening = min(teVeel, invoer.teVerrekenen);
  return {
    vastgesteld,
    saldo,
    saldoSoort: saldo.isZero() ? "nihil" : saldo.isPositive() ? "nabetaling" : "terugvordering",
    nabetaling: max(NUL, saldo),
    verrekening,
    terugvordering: teVeel.minus(verrekening),
  };
}

export interface VaststellingVoorwaarden {
  /** The accountant's rapport van feitelijke bevindingen (PDF) is stored on the case. */
  rapportFeitelijkeBevindingen: boolean;
}

/**
 * §9.3: the accountant's rapport van feitelijke bevindingen must be present before the
 * vaststelling. The handler calls this before it records the first signature.
 */
export function magVaststellen(voorwaarden: VaststellingVoorwaarden): Resultaat<true> {
  if (!voorwaarden.rapportFeitelijkeBevindingen) {
    return fout(
      "RAPPORT_ACCOUNTANT_ONTBREEKT",
      "rapportFeitelijkeBevindingen",
      "rapportFeitelijkeBevindingen: het rapport van feitelijke bevindingen van de accountant ontbreekt; de nacalculatie kan pas worden vastgesteld als het rapport is toegevoegd",
    );
  }
  return ok(true);
}
