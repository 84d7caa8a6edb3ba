// The parameters Lambda — the year parameters of docs/regels.md §3.1 (versioned, §2) and the
// regional kaders of §5.3. One file per operation; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { kaderInstellen } from "./kaderInstellen.js";
import { margeVrijgeven } from "./margeVrijgeven.js";
import { parametersInvoeren } from "./parametersInvoeren.js";
import { parametersVanJaar } from "./parametersVanJaar.js";
import { parameterversies } from "./parameterversies.js";
import { regionaleKaders } from "./regionaleKaders.js";
import { PARAMETERS_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "parameters",
  {
    parametersVanJaar,
    parameterversies,
    parametersInvoeren,
    regionaleKaders,
    kaderInstellen,
    margeVrijgeven,
  },
  { routes: PARAMETERS_ROUTES, leesLidmaatschappen },
);
