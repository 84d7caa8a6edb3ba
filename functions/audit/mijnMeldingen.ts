// docs/regels.md §12: the in-portal notifications of the caller's organisation(s) — every aanbieder and
// zorgkantoor the caller is a member of, and landelijk beheer — newest first (one Query each).
import { scopeVan } from "#shared/toegang/scope.js";
import { leesMeldingen, type Melding } from "../data/audit.js";
import type { Organisatie } from "../data/sleutels.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";

/** [portal rule] The screen shows the newest 50; older ones stay in the audit trail. */
const LIMIET = 50;

export const mijnMeldingen: Operatie<RouteVan<"mijnMeldingen">> = async (v) => {
  const s = scopeVan(v.gebruiker.lidmaatschappen);
  const organisaties: Organisatie[] = [
    ...s.aanbiederIds.map((id) => ({ soort: "aanbieder" as const, id })),
    ...s.zorgkantoorIds.map((id) => ({ soort: "zorgkantoor" as const, id })),
    ...(s.landelijk ? [{ soort: "landelijk" as const }] : []),
  ];
  const alle: Melding[] = (
    await Promise.all(organisaties.map((o) => leesMeldingen(o, LIMIET)))
  ).flat();
  // Sort keys start with the request's "now" and the real write time: newest first across organisations.
  alle.sort((a, b) => b.sleutel.sk.localeCompare(a.sleutel.sk));
  return {
    body: {
      meldingen: alle.slice(0, LIMIET).map((m) => ({
        gebeurtenis: m.gebeurtenis,
        omschrijving: m.omschrijving,
        onderwerp: m.onderwerp,
        partij: m.partij,
        wanneer: m.wanneer,
        aanbiederId: m.aanbiederId,
        zorgkantoorId: m.zorgkantoorId,
        email: m.email,
      })),
    },
  };
};
