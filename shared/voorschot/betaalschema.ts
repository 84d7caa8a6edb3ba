// docs/regels.md §6 [seed §4.2.9]: the monthly voorschot payments of year t. Payment in month m =
// max(0, T(m) − paid before m), with T computed on the basis in force in m. A lower basis never
// gives a negative payment: later months pay nothing until T catches up, and an overpayment that
// remains at December is settled in the nacalculatie (§9.3) — reported as `teVerrekenen`.
import { max } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { dan, fout, ok, type Resultaat } from "../resultaat.js";
import { type Aanvang, aanvangVoorschot } from "./aanvang.js";
import { controleerAfspraak, type VoorschotAfspraak } from "./afspraak.js";
import { geldendeBasis } from "./basisversie.js";
import { cumulatiefDoel } from "./doel.js";

export interface MaandBetaling {
  maand: number;
  bedrag: Decimal;
  /** T(m) on the basis in force. */
  doel: Decimal;
  basisVersie: number;
}

export interface Betaalschema {
  /** `null`: signed after year t, no voorschot. */
  aanvang: Aanvang | null;
  /** One entry per month from the first payment month through December (zeros included). */
  betalingen: MaandBetaling[];
  totaal: Decimal;
  /** T(12) on the basis in force in December: what the year should pay. */
  jaardoel: Decimal;
  /** totaal − jaardoel (≥ 0): paid above the final basis, to settle in the nacalculatie. */
  teVerrekenen: Decimal;
}

const GEEN_VOORSCHOT: Betaalschema = {
  aanvang: null,
  betalingen: [],
  totaal: NUL,
  jaardoel: NUL,
  teVerrekenen: NUL,
};

/** Checks the afspraak and that a basis is in force from the first payment month on. */
export function aanvangMetBasis(a: VoorschotAfspraak): Resultaat<Aanvang | null> {
  return dan(controleerAfspraak(a), () => {
    const aanvang = aanvangVoorschot(a.jaar, a.getekendOp);
    if (aanvang && !geldendeBasis(a.basis, aanvang.eersteBetaalmaand))
      return fout(
        "BASIS_ONTBREEKT",
        "basis",
        `basis: er geldt geen basis in maand ${aanvang.eersteBetaalmaand}, de eerste betaalmaand`,
      );
    return ok(aanvang);
  });
}

export function betaalschema(a: VoorschotAfspraak): Resultaat<Betaalschema> {
  return dan(aanvangMetBasis(a), (aanvang) => {
    if (!aanvang) return ok(GEEN_VOORSCHOT);
    const betalingen: MaandBetaling[] = [];
    let betaald = NUL;
    let doel = NUL;
    for (let maand = aanvang.eersteBetaalmaand; maand <= 12; maand++) {
      const versie = geldendeBasis(a.basis, maand)!; // versions only start, never stop
      doel = cumulatiefDoel(a.percentage, versie.bedrag, aanvang.m0, maand);
      const bedrag = max(NUL, doel.minus(betaald));
      betaald = betaald.plus(bedrag);
      betalingen.push({ maand, bedrag, doel, basisVersie: versie.versie });
    }
    return ok({
      aanvang,
      betalingen,
      totaal: betaald,
      jaardoel: doel,
      teVerrekenen: betaald.minus(doel),
    });
  });
}
