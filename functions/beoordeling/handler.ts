// The beoordeling Lambda — the zorgkantoor's side of §4.3 and §5. Each operation lives
// in its own file; this file only wires them to the route table.
import { aanbiederslijstVooruit } from "../data/aanbiederslijst.js";
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import type { VooruitLezen } from "../lib/vooruit.js";
import { aanvullingVragen } from "./aanvullingVragen.js";
import { addendumTekenen } from "./addendumTekenen.js";
import { afwijzen } from "./afwijzen.js";
import { beoordelingsbrief } from "./beoordelingsbrief.js";
import { goedkeuringen } from "./goedkeuringen.js";
import { inBehandelingNemen } from "./inBehandelingNemen.js";
import { laatVensterOpenen } from "./laatVensterOpenen.js";
import { mediationZetten } from "./mediationZetten.js";
import { reservering } from "./reservering.js";
import { reserveringAanpassen } from "./reserveringAanpassen.js";
import { BEOORDELING_ROUTES } from "./routes.js";
import { toekenningGoedkeuren } from "./toekenningGoedkeuren.js";
import { toekenningVoorstellen } from "./toekenningVoorstellen.js";
import { vastleggen } from "./vastleggen.js";
import { voorstelTerugsturen } from "./voorstelTerugsturen.js";
import { werkvoorraad } from "./werkvoorraad.js";

/**
 * Read beside the membership lookup: the case of a case route, and the aanbiederslijst (names)
 * of the two zorgkantoor lists, as the rapportage and herschikking Lambdas do; the operations'
 * own reads of it take this one.
 */
const vooruit: VooruitLezen = (params, operatie) => {
  leesAanvraagVooruit(params, operatie);
  const zk = params.zorgkantoorId;
  if ((operatie === "werkvoorraad" || operatie === "goedkeuringen") && zk && zk.length <= 200)
    aanbiederslijstVooruit(zk);
};

export const handler = maakLambda(
  "beoordeling",
  {
    werkvoorraad,
    reservering,
    reserveringAanpassen,
    laatVensterOpenen,
    inBehandelingNemen,
    aanvullingVragen,
    mediationZetten,
    toekenningVoorstellen,
    toekenningGoedkeuren,
    afwijzen,
    addendumTekenen,
    vastleggen,
    beoordelingsbrief,
    goedkeuringen,
    voorstelTerugsturen,
  },
  { routes: BEOORDELING_ROUTES, leesLidmaatschappen, vooruit },
);
