// DOMAIN.md §10 at national size: the documents and realisaties of a case in one Query over its
// item collection (sort keys DOCUMENT# up to REALISATIE#) instead of one Query each. The reminder
// facts need both for every agreed case of a zorgkantoor, thousands a run. What lies between the
// two prefixes (the case item, heropeningen, nabetalingen) is read along and dropped: a few items.
import { alsDocument, type DocumentRecord } from "./documenten.js";
import { zoek } from "./lezen.js";
import { alsRealisatie, type RealisatieRecord } from "./realisaties.js";
import { aanvraagPk, DOCUMENT_PREFIX, REALISATIE_PREFIX } from "./sleutels.js";

export async function documentenEnRealisaties(
  aanvraagId: string,
): Promise<{ documenten: DocumentRecord[]; realisaties: RealisatieRecord[] }> {
  const items = await zoek({
    pk: aanvraagPk(aanvraagId),
    tussen: [DOCUMENT_PREFIX, `${REALISATIE_PREFIX}\uffff`],
  });
  const met = (prefix: string) => items.filter((i) => String(i.sk).startsWith(prefix));
  return {
    documenten: met(DOCUMENT_PREFIX).map(alsDocument),
    realisaties: met(REALISATIE_PREFIX).map(alsRealisatie),
  };
}
