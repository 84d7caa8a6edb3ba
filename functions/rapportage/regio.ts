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
 * `metKader` false: the zorgkantoor has no kader for the year, so no agreement and no payment
 * (§5 guards every agreement by the kader): its balances are not read. Paid and ordered come
 * from the ledger's balance of each case (§15.3), one Query for the whole zorgkantoor.
 */
export async function regioRijen(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
  metKader = true,
): Promise<Regiorij[]> {
  const [aanvragen, saldi, lijst] = await Promise.all([
    werklijst(zorgkantoorId, jaar),
    metKader ? saldiVanZorgkantoor(zorgkantoorId, jaar) : new Map<string, Saldo>(),
    leesAanbiederslijst(zorgkantoorId),
  ]);
  const zichtbaar = aanvragen.filter((r) => r.toestand !== "concept");
  const [aanbieders, ...cijfers] = await Promise.all([
    leesOntbrekende(
      lijst,
      zichtbaar.map((r) => r.aanbiederId),
    ),
    ...zichtbaar.map((r) => zaakcijfers(r, saldi.get(r.id) ?? LEEG_SALDO, nu)),
  ]);
  return zichtbaar.map((r, i) => ({
    ...cijfers[i]!,
    aanvraag: r,
    aanbiederNaam: aanbieders.get(r.aanbiederId)?.naam ?? null,
  }));
}
