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
 * Read beside the membership lookup: the work list and names of the aanvragen export, the names
 * of the regional overview, and the zorgkantoren, parameters and distribution of the remainder.
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
  if (!zj) return;
  if (operatie === "aanvragenExport") werklijstVooruit(zj.zorgkantoorId, zj.jaar);
  if (operatie === "aanvragenExport" || operatie === "regioOverzicht")
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
