// docs/regels.md §9.4 (seed §4.2.13): when all vaststellingen of year t together stay below the
// landelijk kwaliteitsbudget, aanbieders that realised more extra personeel than agreed — for
// costs their approved aanvraag covered, with the extra staff still employed — may have those
// costs paid from the remainder; pro rata (largest remainder to cents) when it does not suffice.
import * as z from "zod";
import { max, min, NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { verdeelGrootsteRest } from "../geld/verdeling.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

export const RestantAanbiederSchema = z.strictObject({
  id: z.string().min(1, { error: "verwacht de id van de aanbieder" }),
  /** Pᵣ of the rondrekening (§9.1), before the cap by the agreement. */
  personeelGerealiseerd: NietNegatiefBedragSchema,
  /** The agreed personeel amount (after herschikking). */
  afgesprokenPersoneel: NietNegatiefBedragSchema,
  /** The personeel amount of the approved aanvraag: the costs the aanvraag covered. */
  aangevraagdPersoneel: NietNegatiefBedragSchema,
  /** The zorgkantoor confirms the extra staff is still employed. */
  personeelInDienst: z.boolean({ error: "verwacht true of false" }),
});
export type RestantAanbieder = z.output<typeof RestantAanbiederSchema>;

export interface RestantInvoer {
  landelijkBudget: Decimal;
  /** The vastgestelde amounts of all aanbieders of year t (a single total is fine too). */
  vastgesteld: readonly Decimal[];
  aanbieders: readonly RestantAanbieder[];
}

export interface Toekenning {
  id: string;
  claim: Decimal;
  toegekend: Decimal;
}

export interface RestantUitkomst {
  /** R = landelijk budget − Σ vastgesteld, with sign. */
  restant: Decimal;
  totaalClaims: Decimal;
  totaalToegekend: Decimal;
  /** true when Σ claims exceeds R > 0 and the claims were cut pro rata. */
  naarRato: boolean;
  toekenningen: Toekenning[];
}

/**
 * min(Pᵣ − agreed, approved aanvraag − agreed), and 0 unless Pᵣ exceeds the agreement and the
 * staff is still employed. An aanvraag below the agreement (which §5 forbids) gives 0, not a
 * negative claim.
 */
export function restantClaim(a: RestantAanbieder): Decimal {
  if (!a.personeelInDienst || !a.personeelGerealiseerd.gt(a.afgesprokenPersoneel)) return NUL;
  const boven = a.personeelGerealiseerd.minus(a.afgesprokenPersoneel);
  return max(NUL, min(boven, a.aangevraagdPersoneel.minus(a.afgesprokenPersoneel)));
}

export function verdeelLandelijkRestant(invoer: RestantInvoer): Resultaat<RestantUitkomst> {
  const gezien = new Set<string>();
  for (const [i, a] of invoer.aanbieders.entries()) {
    if (gezien.has(a.id)) {
      const veld = `aanbieders[${i}].id`;
      return fout("DUBBELE_AANBIEDER", veld, `${veld}: aanbieder "${a.id}" staat er twee keer in`);
    }
    gezien.add(a.id);
  }
  const restant = invoer.landelijkBudget.minus(som(invoer.vastgesteld));
  const claims = invoer.aanbieders.map(restantClaim);
  const totaalClaims = som(claims);
  // R ≤ 0: nothing to hand out. Σ claims ≤ R: every claim in full. Otherwise R pro rata; no
  // share exceeds its claim (claims are whole cents, a share is below its exact part + 1 cent).
  const beschikbaar = max(NUL, restant);
  const naarRato = totaalClaims.gt(beschikbaar) && beschikbaar.gt(0);
  const toegekend = restant.lte(0)
    ? claims.map(() => NUL)
    : naarRato
      ? verdeelGrootsteRest(beschikbaar, claims)
      : claims;
  return ok({
    restant,
    totaalClaims,
    totaalToegekend: som(toegekend),
    naarRato,
    toekenningen: invoer.aanbieders.map((a, i) => ({
      id: a.id,
      claim: claims[i]!,
      toegekend: toegekend[i]!,
    })),
  });
}
