// Issue #5: the rapportage Lambda — documents (XLSX, and the letters as JSON for the stukken
// Lambda's PDF), the regional overview, the national totals and remainder (§9.4), and the live
// previews. It only reads (infra/rechten.ts). Each operation lives in its own file; this file
// only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { RAPPORTAGE_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "rapportage",
  {
    stukInhoud: lui(() => import("./stukInhoud.js"), "stukInhoud"),
    aanvraagXlsx: lui(() => import("./aanvraagXlsx.js"), "aanvraagXlsx"),
    budgetrondeExport: lui(() => import("./budgetrondeExport.js"), "budgetrondeExport"),
    aanvragenExport: lui(() => import("./aanvragenExport.js"), "aanvragenExport"),
    regioOverzicht: lui(() => import("./regioOverzicht.js"), "regioOverzicht"),
    landelijkeTotalen: lui(() => import("./landelijkeTotalen.js"), "landelijkeTotalen"),
    landelijkRestant: lui(() => import("./landelijkRestant.js"), "landelijkRestant"),
    jaarverslagVoorbeeld: lui(() => import("./jaarverslagVoorbeeld.js"), "jaarverslagVoorbeeld"),
    herschikkingControle: lui(() => import("./herschikkingControle.js"), "herschikkingControle"),
  },
  { routes: RAPPORTAGE_ROUTES, leesLidmaatschappen },
);
