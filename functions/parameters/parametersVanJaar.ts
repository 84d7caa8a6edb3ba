// docs/regels.md §3.1: the parameters in force for a year — the newest entered version, else the
// shipped one (2019, 2020), else the 2020 values carried to that year.
import { parametersInGebruik } from "../data/parameters.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { parametersJson } from "./weergave.js";

export const parametersVanJaar: Operatie<RouteVan<"parametersVanJaar">> = async (v) => ({
  body: parametersJson(await parametersInGebruik(v.params.jaar)),
});
