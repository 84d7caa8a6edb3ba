// docs/regels.md §1: the second signature on a payment batch, by a zorgkantoor-beheer user other
// than the one who proposed it; only then can it be exported for payment.
import { geefBetaalbatchVrij, leesBetaalbatch } from "../data/betaalbatches.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem, nietGevonden } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { eisTweedeHandtekening } from "../lib/vierogen.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { batchAntwoord } from "./betaalopdrachtenVanMaand.js";

export const betaalbatchVrijgeven: Operatie<RouteVan<"betaalbatchVrijgeven">> = async (v) => {
  const { zorgkantoorId, maand, nummer } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "betalingenBeheren");
  const b = await leesBetaalbatch(zorgkantoorId, maand.jaar, maand.maand, nummer);
  if (!b) throw nietGevonden("betaalbatch");
  const ctx = schrijfcontext(v, rol);
  // The four-eyes refusal names its reason before any version question.
  eisTweedeHandtekening("betaalbatch", b.voorgesteldDoor, ctx.wie);
  if (b.status === "vrijgegeven")
    throw new HttpProbleem(409, "BATCH_AL_VRIJGEGEVEN", `batch ${b.nummer} is al vrijgegeven`);
  return { body: batchAntwoord(ofWeiger(await geefBetaalbatchVrij(b, v.body.versie, ctx))) };
};
