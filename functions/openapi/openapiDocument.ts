// The OpenAPI 3.1 document, generated once per Lambda instance from the route table (it
// only changes with a deployment). Its own module so that the whole table with every functie's
// schemas loads with the first request for the document, not at cold start.
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { maakOpenApiDocument } from "./document.js";

let document: Record<string, unknown> | undefined;

export const openapiDocument: Operatie<RouteVan<"openapiDocument">> = () => {
  document ??= { ...maakOpenApiDocument() };
  return { body: document };
};
