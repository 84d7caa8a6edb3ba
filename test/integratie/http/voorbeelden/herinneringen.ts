// Authorisation-matrix examples for the herinneringen routes (see ../voorbeelden.ts).
// Everything but the failure list is the caller's own (no tenant); the failure list belongs to
// one zorgkantoor: its beheer sees it, beheer of another zorgkantoor gets 404.
import type { Voorbeelden } from "../matrix.js";

export const HERINNERINGEN_VOORBEELDEN: Partial<Voorbeelden> = {
  mijnHerinneringen: { tenantgebonden: false, verzoek: () => ({ pad: "/api/herinneringen" }) },
  mijnVoorkeuren: { tenantgebonden: false, verzoek: () => ({ pad: "/api/voorkeuren" }) },
  voorkeurenWijzigen: {
    tenantgebonden: false,
    // Switching an optional notice on changes nothing for the other examples.
    verzoek: () => ({ pad: "/api/voorkeuren", body: { meldingen: { venster_open: true } } }),
  },
  mislukteHerinneringen: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${encodeURIComponent(zaak.zorgkantoorId)}/herinneringen/mislukt`,
    }),
  },
  mijnVerplichtingen: { tenantgebonden: false, verzoek: () => ({ pad: "/api/verplichtingen" }) },
};
