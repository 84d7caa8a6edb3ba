// THE middy 7 stack, one factory for every Lambda. The handler dispatches on the
// event's routeKey to the operation the route table names, after: header normalisation →
// correlation id + logger → route → authentication + memberships + role (§1, deny by default) →
// JSON body → zod validation → "now" (§3.1). Errors become problem+json (afronding.ts).
//
// This module imports neither the route table nor the data layer. Each Lambda passes
// its own routes (functions/<functie>/routes.ts) and, if it has protected routes, the
// membership lookup — so a bundle carries only its own schemas, and the public Lambdas
// (gezondheid, openapi) no DynamoDB client. functions/lib/handler.ts keeps the old defaults.
import type { Logger } from "@aws-lambda-powertools/logger";
import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import { naarHttp } from "./antwoord.js";
import type { Gebeurtenis, HttpResultaat } from "./http.js";
import { basisLogger } from "./logboek.js";
import { afronding } from "./middleware/afronding.js";
import { authenticatie, type LeesLidmaatschappen } from "./middleware/authenticatie.js";
import { correlatie } from "./middleware/correlatie.js";
import { jsonBody } from "./middleware/jsonbody.js";
import { klok } from "./middleware/klok.js";
import { routering } from "./middleware/routering.js";
import type { KbContext } from "./middleware/staat.js";
import { validatie } from "./middleware/validatie.js";
import { type Functie, type Route, routeSleutel } from "./route.js";
import type { Operatie, Operaties, Verzoek } from "./verzoek.js";
import { binnenVerzoek, type VooruitLezen } from "./vooruit.js";

export interface LambdaOpties {
  /** The routes this Lambda serves (others in the list are ignored): its functie's routes.ts. */
  routes: readonly Route[];
  /** Required when one of the functie's routes is not public (functions/data/lidmaatschappen.ts). */
  leesLidmaatschappen?: LeesLidmaatschappen;
  /** Reads started beside the membership lookup (functions/data/aanvragen.ts leesAanvraagVooruit). */
  vooruit?: VooruitLezen;
  /** Default: the module-scope Powertools Logger (logboek.ts). */
  logger?: Logger;
}

export type KbHandler = (
  event: Gebeurtenis,
  context?: Partial<KbContext>,
) => Promise<HttpResultaat>;

/** What is wrong with a handler's wiring: operations vs routes one to one, a lookup if needed. */
function gebreken(
  functie: Functie,
  operaties: Readonly<Record<string, unknown>>,
  opties: LambdaOpties,
): string[] {
  const routes = opties.routes.filter((r) => r.functie === functie);
  const zonder = routes.filter((r) => typeof operaties[r.operatie] !== "function");
  const over = Object.keys(operaties).filter((o) => !routes.some((r) => r.operatie === o));
  const beschermd = routes.some((r) => r.rollen !== "publiek");
  return [
    ...zonder.map((r) => `geen operatie voor ${routeSleutel(r)} (${r.operatie})`),
    ...over.map((o) => `operatie ${o} staat niet in de routetabel`),
    ...(beschermd && !opties.leesLidmaatschappen
      ? ["beschermde routes maar geen leesLidmaatschappen"]
      : []),
  ];
}

/** A public-only Lambda never reaches this: authenticatie returns before it for "publiek". */
const geenLidmaatschappen: LeesLidmaatschappen = () => {
  throw new Error("leesLidmaatschappen ontbreekt");
};

/** Refuses at cold start a handler whose wiring is wrong (a deployment bug, never a 5xx later). */
export function maakLambda<F extends Functie>(
  functie: F,
  operaties: Operaties<F>,
  opties: LambdaOpties,
): KbHandler {
  const tabel = operaties as Readonly<Record<string, Operatie>>;
  const fouten = gebreken(functie, tabel, opties);
  if (fouten.length > 0) throw new Error(`handler ${functie}: ${fouten.join("; ")}`);
  const logger = opties.logger ?? basisLogger;

  const kern = async (event: Gebeurtenis, context: KbContext): Promise<HttpResultaat> => {
    const s = context.kb!;
    const verzoek: Verzoek = {
      params: s.params,
      query: s.query,
      body: s.body,
      gebruiker: s.gebruiker,
      headers: event.headers ?? {},
      nu: s.nu!,
      correlatieId: s.correlatieId,
      logger: s.logger,
    } as Verzoek;
    const antwoord = await tabel[s.route!.operatie]!(verzoek);
    return naarHttp(antwoord, s);
  };

  const h = middy<Gebeurtenis, HttpResultaat, Error, KbContext>(kern)
    .use(httpHeaderNormalizer())
    .use(correlatie(functie, logger))
    .use(afronding(logger))
    .use(routering(functie, opties.routes))
    .use(authenticatie(opties.leesLidmaatschappen ?? geenLidmaatschappen, opties.vooruit))
    .use(jsonBody())
    .use(validatie())
    .use(klok());
  return (event, context) => binnenVerzoek(() => h(event, (context ?? {}) as KbContext));
}
