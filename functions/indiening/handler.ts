// The indiening Lambda — the aanbieder's side of docs/regels.md §4 (create, edit, submit)
// and reading a case and its versions within the caller's scope (§1). One file per operation;
// this file only wires them to the route table.
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { aanvraagVersie } from "./aanvraagVersie.js";
import { aanvraagVersies } from "./aanvraagVersies.js";
import { dienAanvraagIn } from "./dienAanvraagIn.js";
import { leesAanvraag } from "./leesAanvraag.js";
import { maakAanvraag } from "./maakAanvraag.js";
import { mijnAanvragen } from "./mijnAanvragen.js";
import { INDIENING_ROUTES } from "./routes.js";
import { versieverschil } from "./versieverschil.js";
import { wijzigAanvraag } from "./wijzigAanvraag.js";

export const handler = maakLambda(
  "indiening",
  {
    maakAanvraag,
    mijnAanvragen,
    leesAanvraag,
    wijzigAanvraag,
    dienAanvraagIn,
    aanvraagVersies,
    aanvraagVersie,
    versieverschil,
  },
  { routes: INDIENING_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
