// docs/regels.md §2 and §3.1: every version of a year's parameters, oldest first — version 1 is the
// shipped one (or the 2020 values carried to the year), later ones as landelijk-beheer entered
// them. Decisions store the versie they were taken under, so the list explains each of them.
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { ingevoerdeVersies } from "../data/parameters.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { parametersJson } from "./weergave.js";

export const parameterversies: Operatie<RouteVan<"parameterversies">> = async (v) => {
  const jaar = v.params.jaar;
  const ingevoerd = await ingevoerdeVersies(jaar);
  const versies = [
    {
      bron: "standaard" as const,
      ingevoerdOp: null,
      ingevoerdDoor: null,
      parameters: parametersVoor(jaar),
    },
    ...ingevoerd.map((i) => ({
      bron: "ingevoerd" as const,
      ingevoerdOp: i.ingevoerdOp,
      ingevoerdDoor: i.ingevoerdDoor,
      parameters: parametersVoor(jaar, [i.parameters]),
    })),
  ];
  return {
    body: {
      jaar,
      inGebruik: parametersVoor(
        jaar,
        ingevoerd.map((i) => i.parameters),
      ).versie,
      versies: versies.map((x) => ({ ...x, parameters: parametersJson(x.parameters) })),
    },
  };
};
