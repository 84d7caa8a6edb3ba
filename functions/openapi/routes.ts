// Route of the OpenAPI document: public. In a file of its own like every functie's
// routes; the document itself is still made from the whole table (document.ts).
import { OpenApiDocumentSchema } from "../lib/algemeen.js";
import type { Route } from "../lib/route.js";

export const OPENAPI_ROUTES = [
  {
    methode: "GET",
    pad: "/api/openapi.json",
    functie: "openapi",
    operatie: "openapiDocument",
    rollen: "publiek",
    samenvatting: "Het OpenAPI 3.1-document van deze API, gegenereerd uit de routetabel",
    antwoord: OpenApiDocumentSchema,
  },
] as const satisfies readonly Route[];
