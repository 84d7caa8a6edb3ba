// Routes of the realisatie Lambda (issue #3): entries of the one route table (functions/routes.ts).
import type { Route } from "../lib/route.js";

export const REALISATIE_ROUTES = [] as const satisfies readonly Route[];
