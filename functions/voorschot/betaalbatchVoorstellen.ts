// DOMAIN.md §1, §6: the first signature on a payment batch — the orders of the month that are
// in no batch yet. The release needs a second, different zorgkantoor-beheer user.

import { maandTekst } from "../../shared/voorschot/maand.js";
import { betaalbatchesVanMaand, stelBetaalbatchVoor } from "../data/betaalbatches.js";
import { betaalopdrachtenVanMaand } from "../data/betaalopdrachten.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { batchAntwoord } from "./betaalopdrachtenVanMaand.js";

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
  const open = opdrachten.filter((o) => !betaald.has(o.sleutel));
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
