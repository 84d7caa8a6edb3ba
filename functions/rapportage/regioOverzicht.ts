// The regional overview of a zorgkantoor for a year (docs/regels.md §5, §6, §7, §9.3; figures:
// cijfers.ts): kader and totals, and per case (one page at a time, with a cursor) agreed, paid,
// realised and vastgesteld. Readable by the zorgkantoor's own users and by landelijk-beheer (§1).
//
// National scale: the totals are the zorgkantoor's running totals (data/regiototalen.ts) and its
// ledger balance (§15.3), not a sum over every case, so the answer costs the same for the largest
// region as for the smallest; they are the figures of now, also when the portal clock is set back.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { werklijstCursor, werklijstPagina } from "../data/aanvragen.js";
import { saldiVanZorgkantoor, saldoVanZorgkantoorJaar } from "../data/grootboek.js";
import { leesKader } from "../data/kaders.js";
import { leesRegiototalen } from "../data/regiototalen.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { cursorVan, limietVan, startVan } from "../lib/paginering.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import { eisZorgkantoorInScope } from "../lib/zorgkantoorscope.js";
import type { RouteVan } from "../routes.js";
import { cijferTekst } from "./cijfers.js";
import { regioRijen } from "./regio.js";

export const regioOverzicht: Operatie<RouteVan<"regioOverzicht">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId, true);
  const start = startVan(v.query.cursor, werklijstCursor(zorgkantoorId, jaar));
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  const [zorgkantoor, kader, pagina, saldi, totalen, saldo] = await Promise.all([
    leesZorgkantoor(zorgkantoorId),
    leesKader(zorgkantoorId, jaar),
    werklijstPagina(zorgkantoorId, jaar, limietVan(v.query), start),
    saldiVanZorgkantoor(zorgkantoorId, jaar),
    leesRegiototalen(zorgkantoorId, jaar),
    saldoVanZorgkantoorJaar(zorgkantoorId, jaar),
  ]);
  if (!zorgkantoor) throw nietGevonden("zorgkantoor");
  const rijen = await regioRijen(pagina.aanvragen, saldi, lijst, v.nu);
  return {
    body: {
      zorgkantoorId,
      zorgkantoorNaam: zorgkantoor.naam,
      jaar,
      kader: kader ? bedragTekst(kader.kader) : null,
      afgesprokenInKader: kader ? bedragTekst(kader.afgesproken) : null,
      aantalAanvragen: totalen.aantal.toNumber(),
      rijen: rijen.map((r) => ({
        aanvraagId: r.aanvraag.id,
        aanbiederId: r.aanvraag.aanbiederId,
        aanbiederNaam: r.aanbiederNaam,
        toestand: r.aanvraag.toestand,
        ...cijferTekst(r),
        realisatieVenster: r.realisatieVenster,
        isVastgesteld: r.isVastgesteld,
      })),
      totalen: cijferTekst({
        afgesproken: totalen.afgesproken,
        betaald: saldo.betaald,
        opgedragen: saldo.besteld,
        gerealiseerd: totalen.gerealiseerd,
        vastgesteld: totalen.vastgesteld,
      }),
      volgende: cursorVan(pagina.volgende),
    },
  };
};
