// Issue #3: the voorschot Lambda — the monthly run over HTTP, payment orders and batches with
// their export, and the schedule of one aanvraag (DOMAIN.md §6, §1). The scheduled monthly run
// is schema-handler.ts. Each operation lives in its own file; this file only wires them.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { VOORSCHOT_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "voorschot",
  {
    voorschotMaandrun: lui(() => import("./voorschotMaandrun.js"), "voorschotMaandrun"),
    betaalopdrachtenVanMaand: lui(
      () => import("./betaalopdrachtenVanMaand.js"),
      "betaalopdrachtenVanMaand",
    ),
    betaalbatchVoorstellen: lui(
      () => import("./betaalbatchVoorstellen.js"),
      "betaalbatchVoorstellen",
    ),
    betaalbatchVrijgeven: lui(() => import("./betaalbatchVrijgeven.js"), "betaalbatchVrijgeven"),
    betaalbatchExport: lui(() => import("./betaalbatchExport.js"), "betaalbatchExport"),
    voorschotschema: lui(() => import("./voorschotschema.js"), "voorschotschema"),
  },
  { routes: VOORSCHOT_ROUTES, leesLidmaatschappen },
);
