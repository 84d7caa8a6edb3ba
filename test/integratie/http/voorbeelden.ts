// One example request per operation of the route table, for the authorisation matrix
// (matrix.ts). Add an entry with every new route: tsc refuses this file until you do. Set up
// what the request needs inside `verzoek` (unique ids per call: test files run in parallel).
import type { Voorbeelden } from "./matrix.js";
import { AUDIT_VOORBEELDEN } from "./voorbeelden/audit.js";
import { BANK_VOORBEELDEN } from "./voorbeelden/bank.js";
import { BEOORDELING_VOORBEELDEN } from "./voorbeelden/beoordeling.js";
import { DOCUMENTEN_VOORBEELDEN } from "./voorbeelden/documenten.js";
import { HERINNERINGEN_VOORBEELDEN } from "./voorbeelden/herinneringen.js";
import { HERSCHIKKING_VOORBEELDEN } from "./voorbeelden/herschikking.js";
import { INDIENING_VOORBEELDEN } from "./voorbeelden/indiening.js";
import { NACALCULATIE_VOORBEELDEN } from "./voorbeelden/nacalculatie.js";
import { PARAMETERS_VOORBEELDEN } from "./voorbeelden/parameters.js";
import { RAPPORTAGE_VOORBEELDEN } from "./voorbeelden/rapportage.js";
import { REALISATIE_VOORBEELDEN } from "./voorbeelden/realisatie.js";
import { STUKKEN_VOORBEELDEN } from "./voorbeelden/stukken.js";
import { VOORSCHOT_VOORBEELDEN } from "./voorbeelden/voorschot.js";

// Each functie keeps its examples in voorbeelden/<functie>.ts; the matrix test fails for an
// operation without one.
export const VOORBEELDEN: Voorbeelden = {
  gezondheid: { tenantgebonden: false, verzoek: () => ({ pad: "/api/gezondheid" }) },
  openapiDocument: { tenantgebonden: false, verzoek: () => ({ pad: "/api/openapi.json" }) },
  mij: { tenantgebonden: false, verzoek: () => ({ pad: "/api/mij" }) },
  ...INDIENING_VOORBEELDEN,
  ...DOCUMENTEN_VOORBEELDEN,
  ...BEOORDELING_VOORBEELDEN,
  ...VOORSCHOT_VOORBEELDEN,
  ...REALISATIE_VOORBEELDEN,
  ...HERSCHIKKING_VOORBEELDEN,
  ...NACALCULATIE_VOORBEELDEN,
  ...PARAMETERS_VOORBEELDEN,
  ...AUDIT_VOORBEELDEN,
  ...RAPPORTAGE_VOORBEELDEN,
  ...STUKKEN_VOORBEELDEN,
  ...HERINNERINGEN_VOORBEELDEN,
  ...BANK_VOORBEELDEN,
} as Voorbeelden;
