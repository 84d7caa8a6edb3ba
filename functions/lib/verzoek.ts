// What an operation sees and returns. The middleware stack (handler.ts) turns an
// API Gateway v2 event into a typed Verzoek — parsed params/query/body, the authenticated user
// with the memberships the server holds (§1), "now" (§3.1) — and the Antwoord back into HTTP.
import type { Logger } from "@aws-lambda-powertools/logger";
import type { z } from "zod";
import type { Rol } from "#shared/rollen.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";
import type { Schrijfcontext } from "../data/transactie.js";
import type { Functie, OperatiesVan, Route, RouteVan } from "../routes.js";

export interface Gebruiker {
  /** Cognito user id (claim `sub`). */
  readonly sub: string;
  /** Claim `email` (ID tokens carry it; access tokens do not): null when absent. */
  readonly email: string | null;
  /** Loaded from DynamoDB on every request; never taken from the token (§1). */
  readonly lidmaatschappen: readonly Lidmaatschap[];
}

type Uit<R, K extends "params" | "query" | "body"> = R extends {
  readonly [P in K]: infer S extends z.ZodType;
}
  ? z.output<S>
  : undefined;

export interface Verzoek<R extends Route = Route> {
  readonly params: Uit<R, "params">;
  readonly query: Uit<R, "query">;
  readonly body: Uit<R, "body">;
  /** Absent on public routes (no authorizer there, as in AWS). */
  readonly gebruiker: R extends { readonly rollen: "publiek" } ? undefined : Gebruiker;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** "Now" for every rule of this request (§3.1): real time unless the clock is set (klok.ts). */
  readonly nu: Date;
  readonly correlatieId: string;
  /** Structured JSON logger with the correlation id on every line. */
  readonly logger: Logger;
}

type Body<R> = R extends { readonly antwoord: infer S extends z.ZodType } ? z.input<S> : unknown;

export interface Antwoord<R extends Route = Route> {
  /** Default 200 (204 sends no body). */
  readonly status?: number;
  /**
   * JSON by default. A string with a content-type header is sent as is (CSV); a Uint8Array is
   * sent base64-encoded (XLSX, PDF) — set its content-type header.
   */
  readonly body?: Body<R> | string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Operatie<R extends Route = Route> = (
  verzoek: Verzoek<R>,
) => Promise<Antwoord<R>> | Antwoord<R>;

/** Exactly one operation per route of the functie: a new route fails tsc until implemented. */
export type Operaties<F extends Functie> = {
  readonly [O in OperatiesVan<F>]: Operatie<RouteVan<O>>;
};

/** What every audited write carries (§12): who, in which role, "now" (§3.1) and the correlation id. */
export const schrijfcontext = (
  v: { readonly gebruiker: Gebruiker; readonly nu: Date; readonly correlatieId: string },
  rol: Rol,
): Schrijfcontext => ({
  wie: { sub: v.gebruiker.sub, rol, ...(v.gebruiker.email && { email: v.gebruiker.email }) },
  nu: v.nu,
  correlatieId: v.correlatieId,
});
