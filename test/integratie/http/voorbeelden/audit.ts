// Authorisation-matrix examples for the audit routes (see ../voorbeelden.ts): the trail of a
// submitted case of the tenant (the same case the indiening examples read), and the caller's
// notifications (no tenant: each caller reads those of its own organisations).
import type { Voorbeelden } from "../matrix.js";
import { ingediend } from "./indiening.js";

export const AUDIT_VOORBEELDEN: Partial<Voorbeelden> = {
  auditVanZaak: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: `/api/aanvragen/${(await ingediend(zaak)).id}/audit` }),
  },
  mijnMeldingen: { tenantgebonden: false, verzoek: () => ({ pad: "/api/meldingen" }) },
  auditVanZorgkantoor: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({ pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/audit` }),
  },
  auditLandelijk: { tenantgebonden: false, verzoek: () => ({ pad: "/api/landelijk/audit" }) },
};
