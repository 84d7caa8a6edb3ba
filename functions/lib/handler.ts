// Issue #3: THE middy 7 stack, one factory for every Lambda. The handler dispatches on the
// event's routeKey to the operation the route table names, after: header normalisation →
// correlation id + logger → route → authentication + memberships + role (§1, deny by default) →
// JSON body → zod validation → "now" (§3.1). Errors become problem+json (afronding.ts).
import type { Logger } from "@aws-lambda-powertools/logger";
import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import { type Functie, ROUTES, type Route, routeSleutel } from "../routes.js";
import { naarHttp } from "./antwoord.js";
import type { Gebeurtenis, HttpResultaat } from "./http.js";
import { basisLogger } from "./logboek.js";
import { afronding } from "./middleware/afronding.js";
import {
  authenticatie,
  type LeesLidmaatschappen,
  leesUitDatalaag,
} from "./middleware/authenticatie.js";
import { correlatie } from "./middleware/correlatie.js";
import { jsonBody } from "./middleware/jsonbody.js";
import { klok } from "./middleware/klok.js";
import { routering } from "./middleware/routering.js";
import type { KbContext } from "./middleware/staat.js";
import { validatie } from "./middleware/validatie.js";
import type { Operatie, Operaties, Verzoek } from "./verzoek.js";

export interface HandlerOpties {
  /** Default: functions/data/lidmaatschappen.ts, loaded on the first protected request. */
  leesLidmaatschappen?: LeesLidmaatschappen;
  /** Default: the module-scope Powertools Logger (logboek.ts). */
  logger?: Logger;
  /** Default: THE route table; unit tests of the middleware pass routes of their own. */
  routes?: readonly Route[];
}

export type KbHandler = (
  event: Gebeurtenis,
  context?: Partial<KbContext>,
) => Promise<HttpResultaat>;

/** Refuses at cold start a handler whose operations do not match its routes one to one. */
function controleer(
  functie: Functie,
  operaties: Readonly<Record<string, unknown>>,
  tabel: readonly Route[],
): void {
  const routes = tabel.filter((r) => r.functie === functie);
  const zonder = routes.filter((r) => typeof operaties[r.operatie] !== "function");
  const over = Object.keys(operaties).filter((o) => !routes.some((r) => r.operatie === o));
  if (zonder.length > 0 || over.length > 0) {
    throw new Error(
      `handler ${functie}: ${[
        ...zonder.map((r) => `geen operatie voor ${routeSleutel(r)} (${r.operatie})`),
        ...over.map((o) => `operatie ${o} staat niet in de routetabel`),
      ].join("; ")}`,
    );
  }
}

export function maakHandler<F extends Functie>(
  functie: F,
  operaties: Operaties<F>,
  opties: HandlerOpties = {},
): KbHandler {
  const tabel = operaties as Readonly<Record<string, Operatie>>;
  const routes = opties.routes ?? ROUTES;
  controleer(functie, tabel, routes);
  const logger = opties.logger ?? basisLogger;

  const kern = async (_event: Gebeurtenis, context: KbContext): Promise<HttpResultaat> => {
    const s = context.kb!;
    const verzoek: Verzoek = {
      params: s.params,
      query: s.query,
      body: s.body,
      gebruiker: s.gebruiker,
      headers: _event.headers ?? {},
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
    .use(routering(functie, routes))
    .use(authenticatie(opties.leesLidmaatschappen ?? leesUitDatalaag))
    .use(jsonBody())
    .use(validatie())
    .use(klok());
  return (event, context) => h(event, (context ?? {}) as KbContext);
}
