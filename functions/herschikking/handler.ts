// Issue #3: the herschikking Lambda — the November herschikking's proposal, its approval by a
// second user and the aanbieder's view and response (DOMAIN.md §8, §15.2). Each operation lives
// in its own file; this file only wires them to the route table.
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { herschikkingGoedkeuren } from "./herschikkingGoedkeuren.js";
import { herschikkingHeropenen } from "./herschikkingHeropenen.js";
import { herschikkingReageren, herschikkingRegel } from "./herschikkingRegel.js";
import { herschikkingsvoorstel } from "./herschikkingsvoorstel.js";
import { herschikkingVoorstellen } from "./herschikkingVoorstellen.js";
import { HERSCHIKKING_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "herschikking",
  {
    herschikkingsvoorstel,
    herschikkingVoorstellen,
    herschikkingGoedkeuren,
    herschikkingHeropenen,
    herschikkingRegel,
    herschikkingReageren,
  },
  { routes: HERSCHIKKING_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
