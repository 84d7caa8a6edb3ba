// Issue #3: the indiening Lambda — the aanbieder's side of DOMAIN.md §4 (create, edit, submit)
// and reading a case and its versions within the caller's scope (§1). One file per operation;
// this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { INDIENING_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "indiening",
  {
    maakAanvraag: lui(() => import("./maakAanvraag.js"), "maakAanvraag"),
    mijnAanvragen: lui(() => import("./mijnAanvragen.js"), "mijnAanvragen"),
    leesAanvraag: lui(() => import("./leesAanvraag.js"), "leesAanvraag"),
    wijzigAanvraag: lui(() => import("./wijzigAanvraag.js"), "wijzigAanvraag"),
    dienAanvraagIn: lui(() => import("./dienAanvraagIn.js"), "dienAanvraagIn"),
    aanvraagVersies: lui(() => import("./aanvraagVersies.js"), "aanvraagVersies"),
    aanvraagVersie: lui(() => import("./aanvraagVersie.js"), "aanvraagVersie"),
    versieverschil: lui(() => import("./versieverschil.js"), "versieverschil"),
  },
  { routes: INDIENING_ROUTES, leesLidmaatschappen },
);
