// Issue #3: one example request per operation of the route table, for the authorisation matrix
// (matrix.ts). Add an entry with every new route: tsc refuses this file until you do. Set up
// what the request needs inside `verzoek` (unique ids per call: test files run in parallel).
import type { Voorbeelden } from "./matrix.js";

export const VOORBEELDEN: Voorbeelden = {
  gezondheid: { tenantgebonden: false, verzoek: () => ({ pad: "/api/gezondheid" }) },
  openapiDocument: { tenantgebonden: false, verzoek: () => ({ pad: "/api/openapi.json" }) },
  mij: { tenantgebonden: false, verzoek: () => ({ pad: "/api/mij" }) },
};
