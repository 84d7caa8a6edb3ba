// The rapportage Lambda — documents (XLSX, and the letters as JSON for the stukken
// Lambda's PDF), the regional overview, the national totals and remainder (§9.4), and the live
// previews. It only reads (infra/rechten.ts). Each operation lives in its own file; this file
// only wires them to the route table.
import { aanbiederslijstVooruit } from "../data/aanbiederslijst.js";
import { leesAanvraagVooruit, werklijstVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { parametersVooruit } from "../data/parameters.js";
import { restantverdelingVooruit } from "../data/restantverdeling.js";
import { zorgkantorenVooruit } from "../data/zorgkantoren.js";
import { maakLambda } from "../lib/lambda.js";
import { type VooruitLezen, zorgkantoorJaarUit } from "../lib/vooruit.js";
import { aanvraagXlsx } from "./aanvraagXlsx.js";
import { aanvragenExport } from "./aanvragenExport.js";
import { budgetrondeExport } from "./budgetrondeExport.js";
import { herschikkingControle } from "./herschikkingControle.js";
import { jaarverslagVoorbeeld } from "./jaarverslagVoorbeeld.js";
import { landelijkeTotalen } from "./landelijkeTotalen.js";
import { landelijkRestant } from "./landelijkRestant.js";
import { regioOverzicht } from "./regioOverzicht.js";
import { RAPPORTAGE_ROUTES } from "./routes.js";
import { stukInhoud } from "./stukInhoud.js";

/**
 * The aanvragen export lists the work list with names, the national remainder starts from the
 * zorgkantoren, the year's parameters and its distribution: read beside the membership lookup.
 */
const vooruit: VooruitLezen = (params, operatie) => {
  leesAanvraagVooruit(params, operatie);
  if (operatie === "landelijkRestant" && /^20\d{2}$/.test(params.jaar ?? "")) {
    const jaar = Number(params.jaar);
    zorgkantorenVooruit();
    parametersVooruit(jaar);
    restantverdelingVooruit(jaar);
  }
  const zj = zorgkantoorJaarUit(params);
  if (!zj || operatie !== "aanvragenExport") return;
  werklijstVooruit(zj.zorgkantoorId, zj.jaar);
  aanbiederslijstVooruit(zj.zorgkantoorId);
};

export const handler = maakLambda(
  "rapportage",
  {
    stukInhoud,
    aanvraagXlsx,
    budgetrondeExport,
    aanvragenExport,
    regioOverzicht,
    landelijkeTotalen,
    landelijkRestant,
    jaarverslagVoorbeeld,
    herschikkingControle,
  },
  { routes: RAPPORTAGE_ROUTES, leesLidmaatschappen, vooruit },
);
