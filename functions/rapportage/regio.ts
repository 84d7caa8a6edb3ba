// The cases of one zorgkantoor and year with their figures (cijfers.ts): the rows of the regional
// overview (one page at a time) and the rebuild of the running totals (all). Queries on the work
// list (gsi1), never a Scan. [portal rule] A concept is the aanbieder's own work until submitted: not listed
// (as in the werkvoorraad).
import { LEEG_SALDO, type Saldo } from "#shared/grootboek/saldo.js";
import { type AanbiederInLijst, leesOntbrekende } from "../data/aanbiederslijst.js";
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

/**
 * The rows of one page of the regional overview: the figures of each case with its aanbieder's
 * name. `saldi` are the zorgkantoor's case balances (one Query), `lijst` its aanbiederslijst,
 * both read beside the page; names it lacks (cases from before the list) are read after it.
 */
export async function regioRijen(
  aanvragen: readonly AanvraagRecord[],
  saldi: ReadonlyMap<string, Saldo>,
  lijst: Promise<Map<string, AanbiederInLijst>>,
  nu: Date,
): Promise<Regiorij[]> {
  const [cijfers, aanbieders] = await Promise.all([
    Promise.all(aanvragen.map((r) => zaakcijfers(r, saldi.get(r.id) ?? LEEG_SALDO, nu))),
    lijst.then((l) =>
      leesOntbrekende(
        l,
        aanvragen.map((r) => r.aanbiederId),
      ),
    ),
  ]);
  return aanvragen.map((r, i) => ({
    ...cijfers[i]!,
    aanvraag: r,
    aanbiederNaam: aanbieders.get(r.aanbiederId)?.naam ?? null,
  }));
}
