// Issue #3: the herschikking Lambda — the November herschikking's proposal and decision
// (DOMAIN.md §8). Each operation lives in its own file; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { herschikkingBesluiten } from "./herschikkingBesluiten.js";
import { herschikkingsvoorstel } from "./herschikkingsvoorstel.js";
import { HERSCHIKKING_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "herschikking",
  {
    herschikkingsvoorstel,
    herschikkingBesluiten,
  },
  { routes: HERSCHIKKING_ROUTES, leesLidmaatschappen },
);
