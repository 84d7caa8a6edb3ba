// Serves the OpenAPI 3.1 document at GET /api/openapi.json (public).
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { OPENAPI_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "openapi",
  { openapiDocument: lui(() => import("./openapiDocument.js"), "openapiDocument") },
  { routes: OPENAPI_ROUTES },
);
