// Issue #3: serves the OpenAPI 3.1 document at GET /api/openapi.json (public). Generated once per
// Lambda instance from the route table: it only changes with a deployment.
import { maakLambda } from "../lib/lambda.js";
import { maakOpenApiDocument } from "./document.js";
import { OPENAPI_ROUTES } from "./routes.js";

let document: Record<string, unknown> | undefined;

export const handler = maakLambda(
  "openapi",
  {
    openapiDocument: () => {
      document ??= { ...maakOpenApiDocument() };
      return { body: document };
    },
  },
  { routes: OPENAPI_ROUTES },
);
