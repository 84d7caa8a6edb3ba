// The authorisation matrix (docs/regels.md §1): every route of the table × every caller
// (each role, and no token) × own and other tenant, with the answer the API must give. Generated
// from the route table, so a new route is in the matrix the moment it is added — and its
// example request (voorbeelden.ts) is required by tsc before the matrix test can run.
import { type OperatieNaam, ROUTES, type RouteUitTabel } from "#functions/routes.js";
import { ROLLEN, type Rol } from "#shared/rollen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";

export type Beller = Rol | "anoniem";
export const BELLERS: readonly Beller[] = [...ROLLEN, "anoniem"];

/** Whose object the request addresses: the caller's own organisation, or another one. */
export type Tenant = "eigen" | "ander";

/** "succes" is any 2xx; the rest are the exact refusals of §1. */
export type Verwachting = "succes" | 401 | 403 | 404;

export interface VoorbeeldVerzoek {
  /** The concrete path, e.g. /api/aanvragen/aanvraag-123. */
  readonly pad: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** E.g. the portal clock (x-kb-klok) for a route that is only open in a window. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface MatrixContext {
  readonly beller: Beller;
  /** The organisations of the object (the caller's own, or another tenant's). */
  readonly zaak: Zaakscope;
}

export interface Voorbeeld {
  /**
   * The route addresses an object of one aanbieder/zorgkantoor: a caller of another tenant gets
   * 404, as for a missing object (§1). landelijk-beheer has no tenant: it sees every object.
   */
  readonly tenantgebonden: boolean;
  /** A request that succeeds for an allowed caller (set up what it needs, with fresh ids). */
  readonly verzoek: (ctx: MatrixContext) => VoorbeeldVerzoek | Promise<VoorbeeldVerzoek>;
}

/** One example per operation: a new route without one fails tsc. */
export type Voorbeelden = { readonly [O in OperatieNaam]: Voorbeeld };

export interface Geval {
  readonly route: RouteUitTabel;
  readonly beller: Beller;
  readonly tenant: Tenant;
  readonly verwacht: Verwachting;
}

/** The answer §1 demands for one caller on one route. */
export function verwachting(
  route: RouteUitTabel,
  beller: Beller,
  tenant: Tenant,
  tenantgebonden: boolean,
): Verwachting {
  if (route.rollen === "publiek") return "succes";
  if (beller === "anoniem") return 401;
  if (!(route.rollen as readonly Rol[]).includes(beller)) return 403;
  if (tenantgebonden && tenant === "ander" && beller !== "landelijk-beheer") return 404;
  return "succes";
}

/** Every route × every caller × (own, other tenant where the route is tenant-bound). */
export function autorisatieMatrix(
  voorbeelden: Voorbeelden,
  routes: readonly RouteUitTabel[] = ROUTES,
): Geval[] {
  return routes.flatMap((route) => {
    const v = voorbeelden[route.operatie as OperatieNaam];
    if (!v) throw new Error(`geen voorbeeld voor operatie ${route.operatie}`);
    const tenants: Tenant[] = v.tenantgebonden ? ["eigen", "ander"] : ["eigen"];
    return BELLERS.flatMap((beller) =>
      tenants.map((tenant) => ({
        route,
        beller,
        tenant,
        verwacht: verwachting(route, beller, tenant, v.tenantgebonden),
      })),
    );
  });
}

export const gevalNaam = (g: Geval): string =>
  `${g.route.methode} ${g.route.pad} als ${g.beller} (${g.tenant}) → ${g.verwacht}`;
