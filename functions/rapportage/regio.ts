// Issue #5: the cases of one zorgkantoor and year with their figures (cijfers.ts), the rows of the
// regional overview and of each region in the national totals. One Query on the work list (gsi1),
// never a Scan. [portal rule] A concept is the aanbieder's own work until submitted: not listed
// (as in the werkvoorraad).
import type { Decimal } from "../../shared/geld/decimal.js";
import { leesAanbieder } from "../data/aanbieders.js";
import { type AanvraagRecord, werklijst } from "../data/aanvragen.js";
import { vrijgegevenPerAanvraag, type Zaakcijfers, zaakcijfers } from "./cijfers.js";

export interface Regiorij extends Zaakcijfers {
  aanvraag: AanvraagRecord;
  aanbiederNaam: string | null;
}

/**
 * `metKader` false: the zorgkantoor has no kader for the year, so no agreement and no payment
 * (§5 guards every agreement by the kader): its batches are not read.
 */
export async function regioRijen(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
  metKader = true,
): Promise<Regiorij[]> {
  const [aanvragen, vrijgegeven] = await Promise.all([
    werklijst(zorgkantoorId, jaar),
    metKader ? vrijgegevenPerAanvraag(zorgkantoorId, jaar, nu) : new Map<string, Decimal>(),
  ]);
  const zichtbaar = aanvragen.filter((r) => r.toestand !== "concept");
  return Promise.all(
    zichtbaar.map(async (r) => {
      const [cijfers, aanbieder] = await Promise.all([
        zaakcijfers(r, vrijgegeven, nu),
        leesAanbieder(r.aanbiederId),
      ]);
      return { ...cijfers, aanvraag: r, aanbiederNaam: aanbieder?.naam ?? null };
    }),
  );
}
