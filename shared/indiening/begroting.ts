// docs/regels.md §4.1.3 and §4.2: the year cost of a personeel line and the totals per year of the
// meerjarenbegroting. The year cost is an amount the portal produces, so it is rounded half-up to
// cents per line (§11); the totals are exact sums of those cents. The personeel share is a rate and
// is not rounded. The compensatiecomponent is not part of an aanvraag, so it never enters the share.
import { round2, som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import type { Begrotingsjaar, Meerjarenbegroting, Personeelsregel } from "./begrotingsregels.js";

/** Cost of one fte for a full year: direct + indirect + premies, or the inhuur cost. */
export function kostenPerFte(regel: Personeelsregel): Decimal {
  if (regel.soort === "inhuur") return regel.kostenPerFte;
  const { direct, indirect, premies } = regel.loonkostenPerFte;
  return direct.plus(indirect).plus(premies);
}

/** Months of the year the line runs: from the ingangsmaand through December. */
export const maandenInDienst = (ingangsmaand: number): number => 13 - ingangsmaand;

/** Year cost = fte × kosten per fte × (13 − ingangsmaand) / 12, half-up to cents (§4.1.3, §11). */
export function jaarkosten(regel: Personeelsregel): Decimal {
  const maanden = maandenInDienst(regel.ingangsmaand);
  return round2(regel.fte.times(kostenPerFte(regel)).times(maanden).dividedBy(12));
}

export interface Jaartotalen {
  jaar: number;
  personeel: Decimal;
  overige: Decimal;
  totaal: Decimal;
  /** personeel / (personeel + overige); undefined when both are zero (no division by zero). */
  aandeelPersoneel: Decimal | undefined;
  /** Σ extra fte of the personeel lines (§4.2 OVERHEAD_ZONDER_EXTRA_FTE). */
  extraFte: Decimal;
}

export function aandeelPersoneel(personeel: Decimal, overige: Decimal): Decimal | undefined {
  const noemer = personeel.plus(overige);
  return noemer.isZero() ? undefined : personeel.dividedBy(noemer);
}

export function jaartotalen(j: Begrotingsjaar): Jaartotalen {
  const personeel = som(j.personeel.map(jaarkosten));
  const overige = som(j.overige.map((r) => r.bedrag));
  return {
    jaar: j.jaar,
    personeel,
    overige,
    totaal: personeel.plus(overige),
    aandeelPersoneel: aandeelPersoneel(personeel, overige),
    extraFte: som(j.personeel.map((r) => r.fte)),
  };
}

/** Totals for every year of the begroting, in year order. */
export const totalenPerJaar = (begroting: Meerjarenbegroting): Jaartotalen[] =>
  [...begroting].sort((a, b) => a.jaar - b.jaar).map(jaartotalen);

/** Totals of year `jaar`; an absent year gives zeros and an undefined share. */
export function totalenVoorJaar(begroting: Meerjarenbegroting, jaar: number): Jaartotalen {
  const j = begroting.find((b) => b.jaar === jaar);
  return j
    ? jaartotalen(j)
    : {
        jaar,
        personeel: NUL,
        overige: NUL,
        totaal: NUL,
        aandeelPersoneel: undefined,
        extraFte: NUL,
      };
}
