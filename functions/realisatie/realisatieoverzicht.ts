// docs/regels.md §7, §3.2: the realisatie windows of a case for the aanbieder and the zorgkantoor —
// each window's dates and status at "now" (open, closed, reopened), its latest version and, for a
// tussentijdse window, the voorschot basis the zorgkantoor confirmed from it. Once there is an
// agreement, also its overige lines (§15.1): the year report names the realised spend of each.

import { afgesprokenOverigeRegels } from "../data/aangevraagd.js";
import { aanpassingenVan } from "../data/opgeslagenBesluiten.js";
import { laatsteVan, leesHeropeningen, leesRealisaties } from "../data/realisaties.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { realisatieAntwoord } from "./antwoord.js";
import { SOORTEN } from "./schemas.js";
import { statusVan, vensterDagen } from "./vensters.js";

export const realisatieoverzicht: Operatie<RouteVan<"realisatieoverzicht">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId);
  const [alle, heropeningen, overigeRegels] = await Promise.all([
    leesRealisaties(r.id),
    leesHeropeningen(r.id),
    r.afspraak ? afgesprokenOverigeRegels(r) : [],
  ]);
  const aanpassingen = aanpassingenVan(r.overig);
  const vensters = SOORTEN.map((soort) => {
    const h = heropeningen.find((x) => x.jaar === r.jaar && x.soort === soort);
    const s = statusVan(soort, r.jaar, v.nu, h);
    const { laatste, aantal } = laatsteVan(alle, r.jaar, soort);
    const bevestigd = aanpassingen.filter((a) => a.jaar === r.jaar && a.soort === soort).at(-1);
    return {
      soort,
      ...vensterDagen(soort, r.jaar),
      status: s.status,
      reden: s.reden,
      heropening: h ? { tot: h.tot, reden: h.reden } : null,
      versies: aantal,
      laatste: laatste ? realisatieAntwoord(laatste) : null,
      bevestigd: bevestigd
        ? {
            realisatieVersie: bevestigd.realisatieVersie,
            basisVersie: bevestigd.basisVersie,
            vanafMaand: bevestigd.vanafMaand,
            bedrag: bevestigd.bedrag,
            op: bevestigd.op,
          }
        : null,
    };
  });
  return { body: { aanvraagId: r.id, jaar: r.jaar, vensters, overigeRegels } };
};
