// docs/regels.md §1, §6: the first signature on a payment batch — the orders of the month that are
// in no batch yet. The release needs a second, different zorgkantoor-beheer user.

import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { openPosten } from "#shared/grootboek/posten.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import {
  betaalbatchesVanMaand,
  MAX_OPDRACHTEN_PER_BATCH,
  stelBetaalbatchVoor,
} from "../data/betaalbatches.js";
import { type BetaalopdrachtRecord, betaalopdrachtenVanMaand } from "../data/betaalopdrachten.js";
import { boekingenVanZaak } from "../data/grootboek.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { batchAntwoord } from "./betaalopdrachtenVanMaand.js";

/** The orders with an open amount in their case's ledger, each at that amount. */
async function nogOpen(
  opdrachten: readonly BetaalopdrachtRecord[],
): Promise<BetaalopdrachtRecord[]> {
  const zaken = [...new Set(opdrachten.map((o) => o.aanvraagId))];
  const open = new Map<string, Decimal>();
  for (const boekingen of await Promise.all(zaken.map(boekingenVanZaak))) {
    const posten = openPosten(boekingen);
    if (!posten.ok) throw uitFout(posten.fout, 409);
    for (const p of posten.waarde) if (p.soort === "bestelling") open.set(p.sleutel, p.open);
  }
  return opdrachten.flatMap((o) => {
    const rest = open.get(o.sleutel);
    return rest?.gt(0) ? [{ ...o, bedrag: bedragTekst(rest) }] : [];
  });
}

export const betaalbatchVoorstellen: Operatie<RouteVan<"betaalbatchVoorstellen">> = async (v) => {
  const { zorgkantoorId, maand } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "betalingenBeheren");
  const [opdrachten, batches] = await Promise.all([
    betaalopdrachtenVanMaand(zorgkantoorId, maand.jaar, maand.maand),
    betaalbatchesVanMaand(zorgkantoorId, maand.jaar, maand.maand),
  ]);
  const laatste = batches.at(-1);
  if (laatste?.status === "voorgesteld")
    throw new HttpProbleem(
      409,
      "BATCH_WACHT_OP_VRIJGAVE",
      `batch ${laatste.nummer} van ${maandTekst(maand.jaar, maand.maand)} wacht nog op vrijgave; geef die eerst vrij`,
    );
  const betaald = new Set(batches.flatMap((b) => b.opdrachten.map((o) => o.sleutel)));
  // The first MAX_OPDRACHTEN_PER_BATCH open orders, at what the ledger still has open on them
  // (§15.4: an order settled by an offset is not paid as well); the rest go into the next batch.
  const open = (await nogOpen(opdrachten.filter((o) => !betaald.has(o.sleutel)))).slice(
    0,
    MAX_OPDRACHTEN_PER_BATCH,
  );
  if (open.length === 0)
    throw new HttpProbleem(
      422,
      "GEEN_OPEN_OPDRACHTEN",
      `maand: ${maandTekst(maand.jaar, maand.maand)} heeft geen betaalopdrachten die nog in geen batch zitten; draai eerst de maandrun`,
      "maand",
    );
  const nummer = (laatste?.nummer ?? 0) + 1;
  const b = ofWeiger(
    await stelBetaalbatchVoor(
      zorgkantoorId,
      maand.jaar,
      maand.maand,
      nummer,
      open,
      schrijfcontext(v, rol),
    ),
  );
  return { status: 201, body: batchAntwoord(b) };
};
