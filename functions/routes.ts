// THE route table of the HTTP API (issue #3; roles of DOMAIN.md §1). One entry per operation: the
// CDK stack makes its routes and Lambdas from it, the local gateway dispatches with it, the
// OpenAPI document is generated from it and the authorisation matrix test walks it — so a route
// cannot exist in one place and be forgotten in another.
//
// Adding a route: add one entry below (schemas next to the functie, e.g. functions/<functie>/
// schemas.ts), then implement the operation in functions/<functie>/handler.ts — tsc refuses the
// handler until every route of its functie has an operation.
import type { z } from "zod";
import { ROLLEN, type Rol } from "../shared/rollen.js";
import type { Routerollen } from "../shared/toegang/route.js";
import { GezondheidSchema, OpenApiDocumentSchema } from "./lib/algemeen.js";
import { MijSchema } from "./organisaties/schemas.js";

/** One Lambda per functie: functions/<functie>/handler.ts exports `handler`. */
export const FUNCTIES = [
  "indiening",
  "beoordeling",
  "voorschot",
  "herschikking",
  "nacalculatie",
  "documenten",
  "organisaties",
  "parameters",
  "audit",
  "gezondheid",
  "openapi",
] as const;
export type Functie = (typeof FUNCTIES)[number];

export const METHODEN = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Methode = (typeof METHODEN)[number];

export interface Route {
  readonly methode: Methode;
  /** API Gateway style: "/api/aanvragen/{aanvraagId}" (each {naam} is a key of `params`). */
  readonly pad: `/api/${string}`;
  readonly functie: Functie;
  /** Unique operationId; also the key of the operation in the functie's handler. */
  readonly operatie: string;
  /** Roles that may call the route (deny by default: [] is nobody), or "publiek" (no token). */
  readonly rollen: Routerollen;
  /** Dutch, one line: shown in the OpenAPI document. */
  readonly samenvatting: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Plain JSON schema of the success body (no transforms): documentation and contract tests. */
  readonly antwoord?: z.ZodType;
  /** Success status for the documentation; default 200. */
  readonly status?: 200 | 201 | 202 | 204;
}

/** Every role (§1): for routes any member may call. */
export const ALLE_ROLLEN: readonly Rol[] = ROLLEN;

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
