// Authorisation-matrix examples for the stukken routes (see ../voorbeelden.ts): the
// addendum of the tenant's shared agreed case (§13 A, voorschot examples) as PDF. The stukken
// Lambda asks the rapportage Lambda with the caller's token, so the matrix proves that every
// role and tenant gets through the two Lambdas exactly the answer §1 demands.
import type { Voorbeelden } from "../matrix.js";
import { zaakVan } from "./voorschot.js";

export const STUKKEN_VOORBEELDEN: Partial<Voorbeelden> = {
  documentPdf: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/pdf/addendum`,
    }),
  },
};
