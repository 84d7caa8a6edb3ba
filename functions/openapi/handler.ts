// Issue #3: serves the OpenAPI 3.1 document at GET /api/openapi.json (public). Generated once per
// Lambda instance from the route table: it only changes with a deployment.
import { maakHandler } from "../lib/handler.js";
import { maakOpenApiDocument } from "./document.js";

let document: Record<string, unknown> | undefined;

export const handler = maakHandler("openapi", {
  openapiDocument: () => {
    document ??= { ...maakOpenApiDocument() };
    return { body: document };
  },
});
