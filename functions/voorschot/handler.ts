// The voorschot Lambda — the monthly run over HTTP, payment orders and batches with
// their export, and the schedule of one aanvraag (docs/regels.md §6, §1). The scheduled monthly run
// is schema-handler.ts. Each operation lives in its own file; this file only wires them.
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { betaalbatchExport } from "./betaalbatchExport.js";
import { betaalbatchSepaBestand } from "./betaalbatchSepa.js";
import { betaalbatchVoorstellen } from "./betaalbatchVoorstellen.js";
import { betaalbatchVrijgeven } from "./betaalbatchVrijgeven.js";
import { betaalopdrachtenVanMaand } from "./betaalopdrachtenVanMaand.js";
import { VOORSCHOT_ROUTES } from "./routes.js";
import { voorschotMaandrun } from "./voorschotMaandrun.js";
import { voorschotschema } from "./voorschotschema.js";

export const handler = maakLambda(
  "voorschot",
  {
    voorschotMaandrun,
    betaalopdrachtenVanMaand,
    betaalbatchVoorstellen,
    betaalbatchVrijgeven,
    betaalbatchExport,
    betaalbatchSepa: betaalbatchSepaBestand,
    voorschotschema,
  },
  { routes: VOORSCHOT_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
