// Issue #3: the beoordeling Lambda — the zorgkantoor's side of §4.3 and §5. Each operation lives
// in its own file; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { BEOORDELING_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "beoordeling",
  {
    werkvoorraad: lui(() => import("./werkvoorraad.js"), "werkvoorraad"),
    reservering: lui(() => import("./reservering.js"), "reservering"),
    reserveringAanpassen: lui(() => import("./reserveringAanpassen.js"), "reserveringAanpassen"),
    laatVensterOpenen: lui(() => import("./laatVensterOpenen.js"), "laatVensterOpenen"),
    inBehandelingNemen: lui(() => import("./inBehandelingNemen.js"), "inBehandelingNemen"),
    aanvullingVragen: lui(() => import("./aanvullingVragen.js"), "aanvullingVragen"),
    mediationZetten: lui(() => import("./mediationZetten.js"), "mediationZetten"),
    toekenningVoorstellen: lui(() => import("./toekenningVoorstellen.js"), "toekenningVoorstellen"),
    toekenningGoedkeuren: lui(() => import("./toekenningGoedkeuren.js"), "toekenningGoedkeuren"),
    afwijzen: lui(() => import("./afwijzen.js"), "afwijzen"),
    addendumTekenen: lui(() => import("./addendumTekenen.js"), "addendumTekenen"),
    vastleggen: lui(() => import("./vastleggen.js"), "vastleggen"),
    beoordelingsbrief: lui(() => import("./beoordelingsbrief.js"), "beoordelingsbrief"),
  },
  { routes: BEOORDELING_ROUTES, leesLidmaatschappen },
);
