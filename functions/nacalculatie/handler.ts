// Issue #3: the nacalculatie Lambda — the computed nacalculatie, the zorgkantoor's judgement of the
// overige lines, and the vaststelling with four eyes (DOMAIN.md §9, §1). Each operation lives in
// its own file; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { NACALCULATIE_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "nacalculatie",
  {
    nacalculatieBerekenen: lui(() => import("./nacalculatieBerekenen.js"), "nacalculatieBerekenen"),
    overigeBeoordelen: lui(() => import("./overigeBeoordelen.js"), "overigeBeoordelen"),
    vaststellingVoorstellen: lui(
      () => import("./vaststellingVoorstellen.js"),
      "vaststellingVoorstellen",
    ),
    vaststellingGoedkeuren: lui(
      () => import("./vaststellingGoedkeuren.js"),
      "vaststellingGoedkeuren",
    ),
  },
  { routes: NACALCULATIE_ROUTES, leesLidmaatschappen },
);
