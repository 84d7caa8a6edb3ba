// National scale: several kinds of a case's items in one Query over its item collection instead
// of one Query each. The sort keys of a case (data/sleutels.ts) run AFSPRAAK#, AUDIT#,
// BETAALOPDRACHT#, BOEKING#, DOCUMENT#, HEROPENING#, META, NABETALING#, REALISATIE#, SALDO,
// VERSIE#, VOORSCHOTSTAND; a range read takes along what lies between its ends (a few items) and
// drops it. The long runs (audit records, payment orders, versions) stay outside both ranges.
import type { Boeking } from "#shared/grootboek/boeking.js";
import type { Saldo } from "#shared/grootboek/saldo.js";
import { alsDocument, type DocumentRecord } from "./documenten.js";
import { alsBoeking, alsSaldo, BOEKING_PREFIX, ZAAKSALDO_SK } from "./grootboek.js";
import { type Item, zoek } from "./lezen.js";
import { alsRealisatie, type RealisatieRecord } from "./realisaties.js";
import { aanvraagPk, DOCUMENT_PREFIX, REALISATIE_PREFIX } from "./sleutels.js";

const met = (items: readonly Item[], prefix: string) =>
  items.filter((i) => String(i.sk).startsWith(prefix));

/**
 * §10: the documents and realisaties (DOCUMENT# up to REALISATIE#). The reminder facts need both
 * for every agreed case of a zorgkantoor, thousands a run.
 */
export async function documentenEnRealisaties(
  aanvraagId: string,
): Promise<{ documenten: DocumentRecord[]; realisaties: RealisatieRecord[] }> {
  const items = await zoek({
    pk: aanvraagPk(aanvraagId),
    tussen: [DOCUMENT_PREFIX, `${REALISATIE_PREFIX}\uffff`],
  });
  return {
    documenten: met(items, DOCUMENT_PREFIX).map(alsDocument),
    realisaties: met(items, REALISATIE_PREFIX).map(alsRealisatie),
  };
}

export interface GeldEnStukken {
  boekingen: Boeking[];
  documenten: DocumentRecord[];
  realisaties: RealisatieRecord[];
  saldo: Saldo;
}

/**
 * §9, §15.3: the ledger entries and balance, documents and realisaties of a case (BOEKING# up to
 * SALDO) — what the nacalculatie reads beside the agreement — in one strongly consistent Query.
 */
export async function geldEnStukken(aanvraagId: string): Promise<GeldEnStukken> {
  const items = await zoek({ pk: aanvraagPk(aanvraagId), tussen: [BOEKING_PREFIX, ZAAKSALDO_SK] });
  return {
    boekingen: met(items, BOEKING_PREFIX).map(alsBoeking),
    documenten: met(items, DOCUMENT_PREFIX).map(alsDocument),
    realisaties: met(items, REALISATIE_PREFIX).map(alsRealisatie),
    saldo: alsSaldo(items.find((i) => i.sk === ZAAKSALDO_SK)),
  };
}
