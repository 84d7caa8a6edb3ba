// The shape of one route of the HTTP API. Kept apart from the table itself so every
// functie can declare its own routes (functions/<functie>/routes.ts) without an import cycle.
import type { z } from "zod";
import { ROLLEN, type Rol } from "#shared/rollen.js";
import type { Routerollen } from "#shared/toegang/route.js";

/** One Lambda per functie: functions/<functie>/handler.ts exports `handler`. */
export const FUNCTIES = [
  "indiening",
  "beoordeling",
  "voorschot",
  "herschikking",
  "nacalculatie",
  "realisatie",
  "documenten",
  "organisaties",
  "parameters",
  "audit",
  "rapportage",
  "stukken",
  "herinneringen",
  "bank",
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
  /**
   * Plain JSON schema of the success body (no transforms): the OpenAPI document, the contract
   * test (test/integratie/http/contract.ts) and the site's types (web/src/scripts/lib/apiTypen.ts).
   */
  readonly antwoord?: z.ZodType;
  /** Success status for the documentation; default 200. */
  readonly status?: 200 | 201 | 202 | 204;
}

/** Every role (§1): for routes any member may call. */
export const ALLE_ROLLEN: readonly Rol[] = ROLLEN;

/**
 * API Gateway's route key, as in `event.routeKey`: "GET /api/mij". Here rather than in the table
 * (functions/routes.ts) so a Lambda's middleware can use it without bundling every route.
 */
export const routeSleutel = (r: Pick<Route, "methode" | "pad">): string => `${r.methode} ${r.pad}`;
