// docs/regels.md §15.2: after §8 sets a new total per aanbieder, that total is split over the
// categories (personeel, overige), and a category's change over its overige lines (§15.1), by ONE
// rule over a list of onderdelen {id, aangevraagd Q, afgesproken A, prognose P?}:
// - an increase goes to the onderdelen in proportion to their remaining room Q − A, so none ever
//   exceeds its requested amount (§5 constraint 1, §15.1, seed §4.2.11);
// - a decrease is taken first from the onderdelen whose projection falls short of their agreement,
//   by up to that shortfall A − P, then from the others;
// - cents by largest remainder (shared/geld/verdeling.ts).
//
// [portal rule] The precise order of a decrease (§15.2 names it for two categories only):
//   1. onderdelen with a shortfall (P < A) give it up; when the decrease is smaller than the
//      shortfalls together, pro rata to their shortfall;
//   2. what is left comes from the onderdelen WITHOUT a shortfall (P ≥ A, or P absent: no
//      information is no reason to lower first), pro rata to their agreement;
//   3. only when those are at zero does the rest come from all onderdelen, pro rata to what each
//      still has.
//   Equal remainders of a cent go to the onderdeel listed first (personeel before overige).
import * as z from "zod";
import { NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { verdeelGrootsteRest } from "../geld/verdeling.js";
import { euro } from "../geld/weergave.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

export const VerdeelOnderdeelSchema = z.strictObject({
  id: z.string().min(1, { error: "verwacht de id van het onderdeel (categorie of overige regel)" }),
  /** Q: the requested amount in the approved aanvraag, the cap of every increase. */
  aangevraagd: NietNegatiefBedragSchema,
  /** A: the agreement in force. */
  afgesproken: NietNegatiefBedragSchema,
  /** P: the projection of the October window (§7); absent when there is none. */
  prognose: NietNegatiefBedragSchema.optional(),
});
export type VerdeelOnderdeel = z.output<typeof VerdeelOnderdeelSchema>;

export interface VerdeeldOnderdeel {
  id: string;
  afgesproken: Decimal;
  nieuw: Decimal;
  /** nieuw − afgesproken, with sign. */
  mutatie: Decimal;
}

/** The shortfall A − P of an onderdeel whose projection falls short of its agreement; else 0. */
export const tekort = (o: VerdeelOnderdeel): Decimal =>
  o.prognose?.lt(o.afgesproken) ? o.afgesproken.minus(o.prognose) : NUL;

/** Takes `bedrag` (≤ Σ gewichten) pro rata to the weights, to the cent; no share above its weight. */
const naarRato = (bedrag: Decimal, gewichten: readonly Decimal[]): Decimal[] =>
  bedrag.isZero() ? gewichten.map(() => NUL) : verdeelGrootsteRest(bedrag, gewichten);

const plus = (a: readonly Decimal[], b: readonly Decimal[]): Decimal[] =>
  a.map((x, i) => x.plus(b[i]!));

/** §15.2: how much each onderdeel gives up of a decrease `daling` (0 ≤ daling ≤ Σ A). */
export function verlagingPerOnderdeel(
  onderdelen: readonly VerdeelOnderdeel[],
  daling: Decimal,
): Decimal[] {
  const tekorten = onderdelen.map(tekort);
  const eerst = daling.lte(som(tekorten)) ? naarRato(daling, tekorten) : tekorten;
  let rest = daling.minus(som(eerst));
  const zonderTekort = onderdelen.map((o, i) => (tekorten[i]!.isZero() ? o.afgesproken : NUL));
  const uitAnderen = rest.gt(som(zonderTekort)) ? som(zonderTekort) : rest;
  const dan = naarRato(uitAnderen, zonderTekort);
  rest = rest.minus(uitAnderen);
  const samen = plus(eerst, dan);
  const over = onderdelen.map((o, i) => o.afgesproken.minus(samen[i]!));
  return plus(samen, naarRato(rest, over));
}

/** §15.2: how much each onderdeel gets of an increase `stijging` (0 ≤ stijging ≤ Σ (Q − A)). */
export const verhogingPerOnderdeel = (
  onderdelen: readonly VerdeelOnderdeel[],
  stijging: Decimal,
): Decimal[] =>
  naarRato(
    stijging,
    onderdelen.map((o) => o.aangevraagd.minus(o.afgesproken)),
  );

function controleer(
  onderdelen: readonly VerdeelOnderdeel[],
  nieuwTotaal: Decimal,
  pad: string,
): Resultaat<true> {
  const gezien = new Set<string>();
  for (const [i, o] of onderdelen.entries()) {
    if (gezien.has(o.id)) {
      const veld = `${pad}[${i}].id`;
      return fout("DUBBEL_ONDERDEEL", veld, `${veld}: "${o.id}" staat er twee keer in`);
    }
    gezien.add(o.id);
    // §15.1: an agreement above the request is wrong data; a room below 0 would make no sense.
    if (o.afgesproken.gt(o.aangevraagd)) {
      const veld = `${pad}[${i}].afgesproken`;
      return fout(
        "AFSPRAAK_BOVEN_AANVRAAG",
        veld,
        `${veld}: de afspraak van "${o.id}" (${euro(o.afgesproken)}) is hoger dan de aanvraag (${euro(o.aangevraagd)})`,
      );
    }
  }
  if (nieuwTotaal.isNegative())
    return fout("NIEUW_TOTAAL_NEGATIEF", "nieuwTotaal", "nieuwTotaal: mag niet negatief zijn");
  const aangevraagd = som(onderdelen.map((o) => o.aangevraagd));
  if (nieuwTotaal.gt(aangevraagd))
    return fout(
      "NIEUW_TOTAAL_BOVEN_AANVRAAG",
      "nieuwTotaal",
      `nieuwTotaal: ${euro(nieuwTotaal)} is hoger dan wat samen is aangevraagd (${euro(aangevraagd)}); §15.2 kent nooit meer toe dan de aanvraag`,
    );
  return ok(true);
}

/**
 * §15.2: the new agreement per onderdeel for a new total, in input order. `pad` names the list in
 * the caller's JSON, so an error points at the right field.
 */
export function verdeelNieuwTotaal(
  onderdelen: readonly VerdeelOnderdeel[],
  nieuwTotaal: Decimal,
  pad = "onderdelen",
): Resultaat<VerdeeldOnderdeel[]> {
  const geldig = controleer(onderdelen, nieuwTotaal, pad);
  if (!geldig.ok) return geldig;
  const verschil = nieuwTotaal.minus(som(onderdelen.map((o) => o.afgesproken)));
  const mutaties = verschil.isNegative()
    ? verlagingPerOnderdeel(onderdelen, verschil.negated()).map((m) => m.negated())
    : verhogingPerOnderdeel(onderdelen, verschil);
  return ok(
    onderdelen.map((o, i) => {
      const nieuw = o.afgesproken.plus(mutaties[i]!);
      return {
        id: o.id,
        afgesproken: o.afgesproken,
        nieuw: nieuw.isZero() ? NUL : nieuw,
        mutatie: mutaties[i]!.isZero() ? NUL : mutaties[i]!,
      };
    }),
  );
}
