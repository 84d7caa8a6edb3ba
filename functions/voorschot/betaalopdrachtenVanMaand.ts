// docs/regels.md §6: the voorschot orders of one month of a zorgkantoor, with the batches that pay
// them (§1), for zorgkantoor-beheer. The orders are paged (cursor, functions/lib/paginering.ts);
// the totals and the batches are of the whole month on every page.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { opdrachtsoort } from "#shared/grootboek/opdrachtsoort.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { leesAanbiederslijst, leesOntbrekende } from "../data/aanbiederslijst.js";
import { type BetaalbatchRecord, betaalbatchesVanMaand } from "../data/betaalbatches.js";
import {
  betaalopdrachtenPagina,
  betaalopdrachtenVanMaand as leesOpdrachten,
} from "../data/betaalopdrachten.js";
import {
  AANVRAAG_PREFIX_PK,
  BETAALOPDRACHT_PREFIX,
  betaalopdrachtenGsi2,
  NABETALING_PREFIX,
} from "../data/sleutels.js";
import { cursorVan, limietVan, startVan } from "../lib/paginering.js";
import type { Operatie } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";

export const batchAntwoord = (b: BetaalbatchRecord) => ({
  zorgkantoorId: b.zorgkantoorId,
  maand: maandTekst(b.jaar, b.maand),
  nummer: b.nummer,
  status: b.status,
  aantal: b.aantal,
  totaal: b.totaal,
  opdrachten: b.opdrachten.map((o) => o.sleutel),
  voorgesteldDoor: b.voorgesteldDoor.sub,
  voorgesteldOp: b.voorgesteldOp,
  vrijgegevenDoor: b.vrijgegevenDoor?.sub ?? null,
  vrijgegevenOp: b.vrijgegevenOp ?? null,
  versie: b.versie,
});

export const betaalopdrachtenVanMaand: Operatie<RouteVan<"betaalopdrachtenVanMaand">> = async (
  v,
) => {
  const { zorgkantoorId, maand } = v.params;
  rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "betalingenBeheren");
  // The cursor must continue this zorgkantoor's orders of this month: the gsi2 key of an order.
  const start = startVan(v.query.cursor, {
    pk: (w) => w.startsWith(AANVRAAG_PREFIX_PK),
    sk: (w) => w.startsWith(BETAALOPDRACHT_PREFIX) || w.startsWith(NABETALING_PREFIX),
    gsi2pk: (w) => w === betaalopdrachtenGsi2(zorgkantoorId, maand.jaar, maand.maand),
    gsi2sk: (w) => w.includes("#"),
  });
  // `totaal` and `nietInBatch` stay of the WHOLE month, not of the page: they are computed over
  // every order of the month (one more gsi2 Query of the month's orders, read beside the page;
  // ~270 small items for the largest zorgkantoor, one or two DynamoDB pages).
  const [pagina, alle, batches, lijst] = await Promise.all([
    betaalopdrachtenPagina(zorgkantoorId, maand, limietVan(v.query), start),
    leesOpdrachten(zorgkantoorId, maand.jaar, maand.maand),
    betaalbatchesVanMaand(zorgkantoorId, maand.jaar, maand.maand),
    leesAanbiederslijst(zorgkantoorId),
  ]);
  const namen = await leesOntbrekende(
    lijst,
    pagina.opdrachten.map((o) => o.aanbiederId),
  );
  const inBatch = new Map(batches.flatMap((b) => b.opdrachten.map((o) => [o.sleutel, b.nummer])));
  return {
    body: {
      zorgkantoorId,
      maand: maandTekst(maand.jaar, maand.maand),
      opdrachten: pagina.opdrachten.map((o) => ({
        sleutel: o.sleutel,
        soort: opdrachtsoort(o.soort, o.sleutel),
        aanvraagId: o.aanvraagId,
        aanbiederId: o.aanbiederId,
        aanbiederNaam: namen.get(o.aanbiederId)?.naam ?? null,
        maand: maandTekst(o.jaar, o.maand),
        basisVersie: o.basisVersie,
        bedrag: o.bedrag,
        aangemaaktOp: o.aangemaaktOp,
        batch: inBatch.get(o.sleutel) ?? null,
      })),
      volgende: cursorVan(pagina.volgende),
      aantal: alle.length,
      totaal: bedragTekst(som(alle.map((o) => new Decimal(o.bedrag)))),
      nietInBatch: alle.filter((o) => !inBatch.has(o.sleutel)).length,
      batches: batches.map(batchAntwoord),
    },
  };
};
