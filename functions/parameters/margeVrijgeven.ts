// docs/regels.md §5, toekenning constraint 2: before the aanvraag window closes (31 Dec t−1) a
// toekenning may exceed the reservering only after zorgkantoor-beheer has released the regional
// margin. This is that release, per zorgkantoor and year, with a reason; audited
// (marge_vrijgegeven). The beoordeling Lambda reads it from the kader (toekenningscontext.ts).
import {
  indieningsperiode,
  indieningsperiodeGesloten,
} from "#shared/indiening/indieningsperiode.js";
import { dagWeergave } from "#shared/kalender/tijd.js";
import { geefMargeVrij, leesKader } from "../data/kaders.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { kaderJson } from "./weergave.js";

export const margeVrijgeven: Operatie<RouteVan<"margeVrijgeven">> = async (v) => {
  const { jaar, zorgkantoorId } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "budgetBeheren");
  // [portal rule] after the window closed the reservering bounds nothing: a release would be an
  // audited act without effect, so it is refused rather than recorded.
  if (indieningsperiodeGesloten(jaar, v.nu))
    throw new HttpProbleem(
      422,
      "AANVRAAGPERIODE_GESLOTEN",
      `jaar: de aanvraagperiode voor ${jaar} liep tot en met ${dagWeergave(indieningsperiode(jaar).laatsteDag)}; sindsdien is de reservering geen grens meer voor een toekenning en valt er niets vrij te geven (§5)`,
      "jaar",
    );
  const kader = await leesKader(zorgkantoorId, jaar);
  if (!kader)
    throw new HttpProbleem(
      422,
      "KADER_ONTBREEKT",
      `jaar: er is nog geen regionaal kader voor ${jaar}; landelijk-beheer stelt het eerst in (§5)`,
      "jaar",
    );
  // A second release is refused by the write's own condition (409 MARGE_AL_VRIJGEGEVEN, kaders.ts).
  return {
    body: kaderJson(ofWeiger(await geefMargeVrij(kader, v.body.reden, schrijfcontext(v, rol)))),
  };
};
