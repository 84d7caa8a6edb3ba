// One Lambda per functie serves several routes; API Gateway names the matched route in
// `event.routeKey` ("GET /api/mij"). The route table decides which operation runs, with which
// roles and schemas. A route key this functie does not serve is answered as unknown (404).

import { HttpProbleem } from "../probleem.js";
import { type Functie, type Route, routeSleutel } from "../route.js";
import { type KbMiddleware, staatVan } from "./staat.js";

/** `routes`: the route table (unit tests may pass their own); only this functie's are served. */
export function routering(functie: Functie, routes: readonly Route[]): KbMiddleware {
  const eigen = routes.filter((r) => r.functie === functie);
  const opSleutel = new Map(eigen.map((r) => [routeSleutel(r), r]));
  return {
    name: "routering",
    before(request) {
      const route = opSleutel.get(request.event.routeKey);
      if (!route) {
        throw new HttpProbleem(404, "ROUTE_ONBEKEND", "Deze URL en methode kent de API niet");
      }
      staatVan(request).route = route;
    },
  };
}
