// docs/regels.md §8 (seed §4.2.11): the November herschikking. Agreements that will not be spent are
// lowered, and the room this frees (plus what the regional kader still had) goes to aanbieders
// whose projection exceeds their agreement — never above their approved aanvraag. The result is a
// proposal; the zorgkantoor may edit it (see gewijzigdVoorstel.ts).
import * as z from "zod";
import { max, min, NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { verdeelGrootsteRest } from "../geld/verdeling.js";
import { euro } from "../geld/weergave.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

/**
 * One aanbieder in the herschikking. The amounts are the agreed kwaliteitsbudget excluding the
 * compensatiecomponent, which is fixed and not negotiable (§5); a caller whose regional kader
 * includes compensatie passes the kader minus the compensatie of its aanbieders.
 */
export const HerschikkingAanbiederSchema = z.strictObject({
  id: z.string().min(1, { error: "verwacht de id van de aanbieder" }),
  /** A: the agreement in force. */
  afspraak: NietNegatiefBedragSchema,
  /** Q: the approved aanvraag amount, the cap of every increase. */
  aangevraagd: NietNegatiefBedragSchema,
  /** P: the projection for the year from the October realisatie window (§7). */
  prognose: NietNegatiefBedragSchema,
});
export type HerschikkingAanbieder = z.output<typeof HerschikkingAanbiederSchema>;

export interface VoorstelRegel {
  id: string;
  afspraak: Decimal;
  /** max(0, A − P) */
  verlaging: Decimal;
  /** max(0, min(P, Q) − A) */
  vraag: Decimal;
  /** The part of the demand granted: in full, or pro rata when the room is short. */
  verhoging: Decimal;
  nieuweAfspraak: Decimal;
  /** nieuweAfspraak − afspraak, with sign. */
  mutatie: Decimal;
}

export interface Herschikkingsvoorstel {
  regels: VoorstelRegel[];
  /** kader − Σ A + Σ verlagingen */
  ruimte: Decimal;
  verlagingen: Decimal;
  vraag: Decimal;
  /** Σ verhogingen = min(ruimte, vraag). */
  verhogingen: Decimal;
  /** true when the room is smaller than the demand and the demand was split pro rata. */
  naarRato: boolean;
  totaalNieuw: Decimal;
}

export const verlaging = (a: HerschikkingAanbieder): Decimal =>
  max(NUL, a.afspraak.minus(a.prognose));

export const verhogingsvraag = (a: HerschikkingAanbieder): Decimal =>
  max(NUL, min(a.prognose, a.aangevraagd).minus(a.afspraak));

/** Line errors that make a proposal meaningless: a double aanbieder, an agreement above Q. */
export function controleerAanbieders(
  aanbieders: readonly HerschikkingAanbieder[],
): Resultaat<true> {
  const gezien = new Set<string>();
  for (const [i, a] of aanbieders.entries()) {
    if (gezien.has(a.id)) {
      const veld = `aanbieders[${i}].id`;
      return fout("DUBBELE_AANBIEDER", veld, `${veld}: aanbieder "${a.id}" staat er twee keer in`);
    }
    gezien.add(a.id);
    // §5.1: an agreement is never above the approved aanvraag; if it is, the data is wrong and
    // an increase cap Q below A would make no sense — report it rather than guess [portal rule].
    if (a.afspraak.gt(a.aangevraagd)) {
      const veld = `aanbieders[${i}].afspraak`;
      return fout(
        "AFSPRAAK_BOVEN_AANVRAAG",
        veld,
        `${veld}: de afspraak (${euro(a.afspraak)}) is hoger dan de goedgekeurde aanvraag (${euro(a.aangevraagd)})`,
      );
    }
  }
  return ok(true);
}

/** §8: the proposal. Σ agreements above the kader is an error, not a proposal. */
export function stelHerschikkingVoor(
  kader: Decimal,
  aanbieders: readonly HerschikkingAanbieder[],
): Resultaat<Herschikkingsvoorstel> {
  const geldig = controleerAanbieders(aanbieders);
  if (!geldig.ok) return geldig;
  const afspraken = som(aanbieders.map((a) => a.afspraak));
  if (afspraken.gt(kader)) {
    return fout(
      "AFSPRAKEN_BOVEN_KADER",
      "kader",
      `kader: de som van de afspraken (${euro(afspraken)}) is hoger dan het regionale kader (${euro(kader)}); herstel eerst de afspraken`,
    );
  }
  const verlagingen = aanbieders.map(verlaging);
  const vragen = aanbieders.map(verhogingsvraag);
  const totaalVerlaging = som(verlagingen);
  const totaalVraag = som(vragen);
  const ruimte = kader.minus(afspraken).plus(totaalVerlaging);
  const naarRato = ruimte.lt(totaalVraag);
  // Pro rata by largest remainder keeps Σ verhogingen = ruimte to the cent; no share exceeds its
  // demand (a share is below its exact part plus one cent, and demands are whole cents).
  const verhogingen = naarRato ? verdeelGrootsteRest(ruimte, vragen) : vragen;
  const regels = aanbieders.map((a, i): VoorstelRegel => {
    const verhoging = verhogingen[i]!;
    const nieuweAfspraak = a.afspraak.minus(verlagingen[i]!).plus(verhoging);
    return {
      id: a.id,
      afspraak: a.afspraak,
      verlaging: verlagingen[i]!,
      vraag: vragen[i]!,
      verhoging,
      nieuweAfspraak,
      mutatie: nieuweAfspraak.minus(a.afspraak),
    };
  });
  return ok({
    regels,
    ruimte,
    verlagingen: totaalVerlaging,
    vraag: totaalVraag,
    verhogingen: som(verhogingen),
    naarRato,
    totaalNieuw: som(regels.map((r) => r.nieuweAfspraak)),
  });
}
