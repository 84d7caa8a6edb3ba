// Kept for the site tests (test/web): the agreed §13 A case is now built by the integration
// fixture's factory (../fixture/zaken.ts), as lokaal/demozaken.ts builds "De Linde".
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { type ZaakOpties, zaakIn } from "../fixture/index.js";

export { uniek } from "../fixture/index.js";

/** An agreed case (addendum_getekend) with the `voorschot` agreement on it. */
export const afgesprokenZaak = (o: ZaakOpties = {}): Promise<AanvraagRecord> =>
  zaakIn("addendum_getekend", { ...o, inhoud: "voorbeeldA" });
