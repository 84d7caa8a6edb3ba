// Issue #5: the cases of one zorgkantoor and year with their figures (cijfers.ts), the rows of the
// regional overview and of each region in the national totals. One Query on the work list (gsi1),
// never a Scan. [portal rule] A concept is the aanbieder's own work until submitted: not listed
// (as in the werkvoorraad).
import { LEEG_SALDO, type Saldo } from "../../shared/grootboek/saldo.js";
import { leesAanbiederslijst, leesOntbrekende } from "../data/aanbiederslijst.js";
import { type AanvraagRecord, werklijst } from "../data/aanvragen.js";
import { saldiVanZorgkantoor } from "../data/grootboek.js";
import { type Zaakcijfers, zaakcijfers } from "./cijfers.js";

export interface Regiorij extends Zaakcijfers {
  aanvraag: AanvraagRecord;
  aanbiederNaam: string | null;
}

/**
 * The figures of every listed case of a zorgkantoor and year (the national totals need no names).
 * `metKader` false: the zorgkantoor has no kader for the year, so no agreement and no payment
 * (§5 guards every agreement by the kader): its balances are not read. Paid and ordered come
 * from the ledger's balance of each case (§15.3), one Query for the whole zorgkantoor.
 */
export async function zaakRijen(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
  metKader = true,
): Promise<(Zaakcijfers & { aanvraag: AanvraagRecord })[]> {
  const [aanvragen, saldi] = await Promise.all([
    werklijst(zorgkantoorId, jaar),
    metKader ? saldiVanZorgkantoor(zorgkantoorId, jaar) : new Map<string, Saldo>(),
  ]);
  const zichtbaar = aanvragen.filter((r) => r.toestand !== "concept");
  const cijfers = await Promise.all(
    zichtbaar.map((r) => zaakcijfers(r, saldi.get(r.id) ?? LEEG_SALDO, nu)),
  );
  return zichtbaar.map((r, i) => ({ ...cijfers[i]!, aanvraag: r }));
}

/** The rows of the regional overview: the figures of each case with its aanbieder's name. */
export async function regioRijen(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
): Promise<Regiorij[]> {
  // The aanbiederslijst is read beside the cases: one DynamoDB round, not one per row.
  const [rijen, lijst] = await Promise.all([
    zaakRijen(zorgkantoorId, jaar, nu),
    leesAanbiederslijst(zorgkantoorId),
  ]);
  const aanbieders = await leesOntbrekende(
    lijst,
    rijen.map((r) => r.aanvraag.aanbiederId),
  );
  return rijen.map((r) => ({
    ...r,
    aanbiederNaam: aanbieders.get(r.aanvraag.aanbiederId)?.naam ?? null,
  }));
}
