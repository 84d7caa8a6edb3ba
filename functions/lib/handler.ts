// The handler factory with the defaults of the whole portal — THE route table and the
// data layer's membership lookup. Handy for tests and a new functie's first handler; a deployed
// Lambda uses maakLambda (lambda.ts) with its own routes and lookup, because importing the table
// here bundles every functie's schemas.
import type { Logger } from "@aws-lambda-powertools/logger";
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { type Functie, ROUTES, type Route } from "../routes.js";
import { type KbHandler, maakLambda } from "./lambda.js";
import type { LeesLidmaatschappen } from "./middleware/authenticatie.js";
import type { Operaties } from "./verzoek.js";

export type { KbHandler } from "./lambda.js";

export interface HandlerOpties {
  /** Default: functions/data/lidmaatschappen.ts. */
  leesLidmaatschappen?: LeesLidmaatschappen;
  /** Default: the module-scope Powertools Logger (logboek.ts). */
  logger?: Logger;
  /** Default: THE route table; unit tests of the middleware pass routes of their own. */
  routes?: readonly Route[];
}

export function maakHandler<F extends Functie>(
  functie: F,
  operaties: Operaties<F>,
  opties: HandlerOpties = {},
): KbHandler {
  return maakLambda(functie, operaties, {
    routes: opties.routes ?? ROUTES,
    leesLidmaatschappen: opties.leesLidmaatschappen ?? leesLidmaatschappen,
    vooruit: leesAanvraagVooruit,
    logger: opties.logger,
  });
}
