// THE route table of the HTTP API (issue #3; roles of DOMAIN.md §1). One entry per operation: the
// CDK stack makes its routes and Lambdas from it, the local gateway dispatches with it, the
// OpenAPI document is generated from it and the authorisation matrix test walks it — so a route
// cannot exist in one place and be forgotten in another.
//
// Adding a route: add one entry to functions/<functie>/routes.ts (schemas next to it in
// functions/<functie>/schemas.ts; a new functie's list is spread in below), then implement the operation in functions/<functie>/handler.ts — tsc refuses the
// handler until every route of its functie has an operation.
import { AUDIT_ROUTES } from "./audit/routes.js";
import { BEOORDELING_ROUTES } from "./beoordeling/routes.js";
import { DOCUMENTEN_ROUTES } from "./documenten/routes.js";
import { HERSCHIKKING_ROUTES } from "./herschikking/routes.js";
import { INDIENING_ROUTES } from "./indiening/routes.js";
import { GezondheidSchema, OpenApiDocumentSchema } from "./lib/algemeen.js";
import { ALLE_ROLLEN, type Functie, type Route } from "./lib/route.js";
import { NACALCULATIE_ROUTES } from "./nacalculatie/routes.js";
import { MijSchema } from "./organisaties/schemas.js";
import { PARAMETERS_ROUTES } from "./parameters/routes.js";
import { REALISATIE_ROUTES } from "./realisatie/routes.js";
import { VOORSCHOT_ROUTES } from "./voorschot/routes.js";

export {
  ALLE_ROLLEN,
  FUNCTIES,
  type Functie,
  METHODEN,
  type Methode,
  type Route,
} from "./lib/route.js";

export const ROUTES = [
  {
    methode: "GET",
    pad: "/api/gezondheid",
    functie: "gezondheid",
    operatie: "gezondheid",
    rollen: "publiek",
    samenvatting: "Gezondheidscontrole: antwoordt zonder token en zonder database",
    antwoord: GezondheidSchema,
  },
  {
    methode: "GET",
    pad: "/api/openapi.json",
    functie: "openapi",
    operatie: "openapiDocument",
    rollen: "publiek",
    samenvatting: "Het OpenAPI 3.1-document van deze API, gegenereerd uit de routetabel",
    antwoord: OpenApiDocumentSchema,
  },
  {
    methode: "GET",
    pad: "/api/mij",
    functie: "organisaties",
    operatie: "mij",
    rollen: ALLE_ROLLEN,
    samenvatting: "Wie ben ik: de ingelogde gebruiker en zijn lidmaatschappen (§1)",
    antwoord: MijSchema,
  },
  ...INDIENING_ROUTES,
  ...DOCUMENTEN_ROUTES,
  ...BEOORDELING_ROUTES,
  ...VOORSCHOT_ROUTES,
  ...REALISATIE_ROUTES,
  ...HERSCHIKKING_ROUTES,
  ...NACALCULATIE_ROUTES,
  ...PARAMETERS_ROUTES,
  ...AUDIT_ROUTES,
] as const satisfies readonly Route[];

export type RouteUitTabel = (typeof ROUTES)[number];
export type OperatieNaam = RouteUitTabel["operatie"];
export type RouteVan<O extends OperatieNaam> = Extract<RouteUitTabel, { operatie: O }>;
export type OperatiesVan<F extends Functie> = Extract<RouteUitTabel, { functie: F }>["operatie"];

/** API Gateway's route key, as in `event.routeKey`: "GET /api/mij". */
export const routeSleutel = (r: Pick<Route, "methode" | "pad">): string => `${r.methode} ${r.pad}`;

const opSleutel = new Map<string, Route>(ROUTES.map((r) => [routeSleutel(r), r]));

/** The route for an event's routeKey, if the table has it. */
export const routeVoorSleutel = (sleutel: string): Route | undefined => opSleutel.get(sleutel);

/** The routes served by one functie (one Lambda). */
export const routesVan = (functie: Functie): Route[] => ROUTES.filter((r) => r.functie === functie);

/** Names of the path parameters in a route's pad, in order: "/a/{x}/b/{y}" → ["x", "y"]. */
export const padParameters = (pad: string): string[] =>
  [...pad.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]!);
