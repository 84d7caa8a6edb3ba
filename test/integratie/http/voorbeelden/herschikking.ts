// Authorisation-matrix examples for the herschikking routes (see ../voorbeelden.ts), DOMAIN.md §8.
// A year in which the tenant's zorgkantoor has no agreements: the proposal is empty and the
// decision on it lays down nothing but its audit record, so the examples cannot disturb the
// cases other examples use.
import type { Voorbeelden } from "../matrix.js";

const JAAR = 2048;

export const HERSCHIKKING_VOORBEELDEN: Partial<Voorbeelden> = {
  herschikkingsvoorstel: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/herschikking/${JAAR}`,
    }),
  },
  herschikkingBesluiten: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/herschikking/${JAAR}/besluit`,
      body: { voorstel: [], reden: "autorisatiematrix" },
      // §15.2: the decision is only possible in November of the year.
      headers: { "x-kb-klok": `${JAAR}-11-15T10:00:00+01:00` },
    }),
  },
};
