// Routes of the organisaties Lambda (docs/regels.md §1). In a file of their own so the
// Lambda bundles only its own routes and schemas, not the whole table.

import { MijSchema } from "../lib/mijschema.js";
import { ALLE_ROLLEN, type Route } from "../lib/route.js";

export const ORGANISATIES_ROUTES = [
  {
    methode: "GET",
    pad: "/api/mij",
    functie: "organisaties",
    operatie: "mij",
    rollen: ALLE_ROLLEN,
    samenvatting: "Wie ben ik: de ingelogde gebruiker en zijn lidmaatschappen (§1)",
    antwoord: MijSchema,
  },
] as const satisfies readonly Route[];
