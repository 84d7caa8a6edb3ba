// Issue #5: the regional overview of a zorgkantoor for a year — kader, agreed, paid, realised and
// vastgesteld per aanbieder and in total (DOMAIN.md §5, §6, §7, §9.3; figures: cijfers.ts).
// Readable by the zorgkantoor's own users and by landelijk-beheer (§1 national views).
import { bedragTekst } from "../../shared/geld/bedrag.js";
import { leesKader } from "../data/kaders.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { cijferTekst, totalenVan } from "./cijfers.js";
import { regioRijen } from "./regio.js";
import { eisZorgkantoorInScope } from "./toegang.js";

export const regioOverzicht: Operatie<RouteVan<"regioOverzicht">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId, true);
  const [zorgkantoor, kader, rijen] = await Promise.all([
    leesZorgkantoor(zorgkantoorId),
    leesKader(zorgkantoorId, jaar),
    regioRijen(zorgkantoorId, jaar, v.nu),
  ]);
  if (!zorgkantoor) throw nietGevonden("zorgkantoor");
  return {
    body: {
      zorgkantoorId,
      zorgkantoorNaam: zorgkantoor.naam,
      jaar,
      kader: kader ? bedragTekst(kader.kader) : null,
      afgesprokenInKader: kader ? bedragTekst(kader.afgesproken) : null,
      rijen: rijen.map((r) => ({
        aanvraagId: r.aanvraag.id,
        aanbiederId: r.aanvraag.aanbiederId,
        aanbiederNaam: r.aanbiederNaam,
        toestand: r.aanvraag.toestand,
        ...cijferTekst(r),
        realisatieVenster: r.realisatieVenster,
        isVastgesteld: r.isVastgesteld,
      })),
      totalen: cijferTekst(totalenVan(rijen)),
    },
  };
};
