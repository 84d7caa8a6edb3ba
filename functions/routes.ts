// THE route table of the HTTP API (roles of docs/regels.md §1). One entry per operation: the
// CDK stack makes its routes and Lambdas from it, the local gateway dispatches with it, the
// OpenAPI document is generated from it and the authorisation matrix test walks it — so a route
// cannot exist in one place and be forgotten in another.
//
// Adding a route: add one entry to functions/<functie>/routes.ts (schemas next to it in
// functions/<functie>/schemas.ts; a new functie's list is spread in below), then implement the operation in functions/<functie>/handler.ts — tsc refuses the
// handler until every route of its functie has an operation. The table and its schemas import no
// Node API and no data layer: the site derives its answer types from them (tsc -p web checks it).
import { AUDIT_ROUTES } from "./audit/routes.js";
import { BANK_ROUTES } from "./bank/routes.js";
import { BEOORDELING_ROUTES } from "./beoordeling/routes.js";
import { DOCUMENTEN_ROUTES } from "./documenten/routes.js";
import { GEZONDHEID_ROUTES } from "./gezondheid/routes.js";
import { HERINNERINGEN_ROUTES } from "./herinneringen/routes.js";
import { HERSCHIKKING_ROUTES } from "./herschikking/routes.js";
import { INDIENING_ROUTES } from "./indiening/routes.js";
import { type Functie, type Route, routeSleutel } from "./lib/route.js";
import { NACALCULATIE_ROUTES } from "./nacalculatie/routes.js";
import { OPENAPI_ROUTES } from "./openapi/routes.js";
import { ORGANISATIES_ROUTES } from "./organisaties/routes.js";
import { PARAMETERS_ROUTES } from "./parameters/routes.js";
import { RAPPORTAGE_ROUTES } from "./rapportage/routes.js";
import { REALISATIE_ROUTES } from "./realisatie/routes.js";
import { STUKKEN_ROUTES } from "./stukken/routes.js";
import { VOORSCHOT_ROUTES } from "./voorschot/routes.js";

export {
  ALLE_ROLLEN,
  FUNCTIES,
  type Functie,
  METHODEN,
  type Methode,
  type Route,
  routeSleutel,
} from "./lib/route.js";

export const ROUTES = [
  ...GEZONDHEID_ROUTES,
  ...OPENAPI_ROUTES,
  ...ORGANISATIES_ROUTES,
  ...INDIENING_ROUTES,
  ...DOCUMENTEN_ROUTES,
  ...BEOORDELING_ROUTES,
  ...VOORSCHOT_ROUTES,
  ...REALISATIE_ROUTES,
  ...HERSCHIKKING_ROUTES,
  ...NACALCULATIE_ROUTES,
  ...PARAMETERS_ROUTES,
  ...AUDIT_ROUTES,
  ...RAPPORTAGE_ROUTES,
  ...STUKKEN_ROUTES,
  ...HERINNERINGEN_ROUTES,
  ...BANK_ROUTES,
] as const satisfies readonly Route[];

export type RouteUitTabel = (typeof ROUTES)[number];
export type OperatieNaam = RouteUitTabel["operatie"];
export type RouteVan<O extends OperatieNaam> = Extract<RouteUitTabel, { operatie: O }>;
export type OperatiesVan<F extends Functie> = Extract<RouteUitTabel, { functie: F }>["operatie"];

const opSleutel = new Map<string, Route>(ROUTES.map((r) => [routeSleutel(r), r]));

/** The route for an event's routeKey, if the table has it. */
export const routeVoorSleutel = (sleutel: string): Route | undefined => opSleutel.get(sleutel);

/** The routes served by one functie (one Lambda). */
export const routesVan = (functie: Functie): Route[] => ROUTES.filter((r) => r.functie === functie);

/** Names of the path parameters in a route's pad, in order: "/a/{x}/b/{y}" → ["x", "y"]. */
export const padParameters = (pad: string): string[] =>
  [...pad.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]!);
