// DOMAIN.md §6: the voorschot orders of one month of a zorgkantoor, with the batches that pay
// them (§1), for zorgkantoor-beheer.
import { bedragTekst, som } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import { opdrachtsoort } from "../../shared/grootboek/opdrachtsoort.js";
import { maandTekst } from "../../shared/voorschot/maand.js";
import { type BetaalbatchRecord, betaalbatchesVanMaand } from "../data/betaalbatches.js";
import { betaalopdrachtenVanMaand as leesOpdrachten } from "../data/betaalopdrachten.js";
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
  const [opdrachten, batches] = await Promise.all([
    leesOpdrachten(zorgkantoorId, maand.jaar, maand.maand),
    betaalbatchesVanMaand(zorgkantoorId, maand.jaar, maand.maand),
  ]);
  const inBatch = new Map(batches.flatMap((b) => b.opdrachten.map((o) => [o.sleutel, b.nummer])));
  return {
    body: {
      zorgkantoorId,
      maand: maandTekst(maand.jaar, maand.maand),
      opdrachten: opdrachten.map((o) => ({
        sleutel: o.sleutel,
        soort: opdrachtsoort(o.soort, o.sleutel),
        aanvraagId: o.aanvraagId,
        aanbiederId: o.aanbiederId,
        maand: maandTekst(o.jaar, o.maand),
        basisVersie: o.basisVersie,
        bedrag: o.bedrag,
        aangemaaktOp: o.aangemaaktOp,
        batch: inBatch.get(o.sleutel) ?? null,
      })),
      totaal: bedragTekst(som(opdrachten.map((o) => new Decimal(o.bedrag)))),
      nietInBatch: opdrachten.filter((o) => !inBatch.has(o.sleutel)).length,
      batches: batches.map(batchAntwoord),
    },
  };
};
