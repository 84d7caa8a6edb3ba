// Issue #3: the parameters Lambda — the year parameters of DOMAIN.md §3.1 (versioned, §2) and the
// regional kaders of §5.3. One file per operation; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { PARAMETERS_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "parameters",
  {
    parametersVanJaar: lui(() => import("./parametersVanJaar.js"), "parametersVanJaar"),
    parameterversies: lui(() => import("./parameterversies.js"), "parameterversies"),
    parametersInvoeren: lui(() => import("./parametersInvoeren.js"), "parametersInvoeren"),
    regionaleKaders: lui(() => import("./regionaleKaders.js"), "regionaleKaders"),
    kaderInstellen: lui(() => import("./kaderInstellen.js"), "kaderInstellen"),
    margeVrijgeven: lui(() => import("./margeVrijgeven.js"), "margeVrijgeven"),
  },
  { routes: PARAMETERS_ROUTES, leesLidmaatschappen },
);
