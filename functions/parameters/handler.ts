// Issue #3: the parameters Lambda — the year parameters of DOMAIN.md §3.1 (versioned, §2) and the
// regional kaders of §5.3. One file per operation; this file only wires them to the route table.
import { maakHandler } from "../lib/handler.js";
import { kaderInstellen } from "./kaderInstellen.js";
import { parametersInvoeren } from "./parametersInvoeren.js";
import { parametersVanJaar } from "./parametersVanJaar.js";
import { parameterversies } from "./parameterversies.js";
import { regionaleKaders } from "./regionaleKaders.js";

export const handler = maakHandler("parameters", {
  parametersVanJaar,
  parameterversies,
  parametersInvoeren,
  regionaleKaders,
  kaderInstellen,
});
