// Route of the health check: public, no token, no database. In a file of its own so
// the gezondheid Lambda bundles only this route, not the whole table.
import { GezondheidSchema } from "../lib/algemeen.js";
import type { Route } from "../lib/route.js";

export const GEZONDHEID_ROUTES = [
  {
    methode: "GET",
    pad: "/api/gezondheid",
    functie: "gezondheid",
    operatie: "gezondheid",
    rollen: "publiek",
    samenvatting: "Gezondheidscontrole: antwoordt zonder token en zonder database",
    antwoord: GezondheidSchema,
  },
] as const satisfies readonly Route[];
