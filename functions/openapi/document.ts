// The OpenAPI 3.1 document, generated from the route table's zod schemas (zod-openapi),
// so the documentation cannot drift from what the handlers validate. Protected routes carry the
// Cognito bearer token and the roles (§1) as `x-rollen`; public routes carry no security.
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathItemObject,
  type ZodOpenApiResponsesObject,
} from "zod-openapi";
import pakket from "../../package.json" with { type: "json" };
import { ProbleemSchema } from "../lib/algemeen.js";
import { type Methode, ROUTES, type Route } from "../routes.js";

const PROBLEEM_INHOUD = { "application/problem+json": { schema: ProbleemSchema } };

const probleem = (beschrijving: string) => ({
  description: beschrijving,
  content: PROBLEEM_INHOUD,
});

function antwoorden(r: Route): ZodOpenApiResponsesObject {
  const status = String(r.status ?? 200);
  const succes =
    r.status === 204 || !r.antwoord
      ? { description: "Gelukt" }
      : { description: "Gelukt", content: { "application/json": { schema: r.antwoord } } };
  const metInvoer = r.params || r.query || r.body;
  return {
    [status]: succes,
    ...(r.rollen === "publiek"
      ? {}
      : {
          "401": probleem("Geen of een ongeldig token"),
          "403": probleem("De gebruiker heeft geen lidmaatschap in een van de rollen"),
        }),
    ...(r.params ? { "404": probleem("Bestaat niet, of valt buiten uw bereik (§1)") } : {}),
    ...(r.body
      ? {
          "413": probleem(
            "Te groot: het verzoek boven 10 MB (API Gateway), of wat het opslaat boven 400 KB per DynamoDB-item",
          ),
          "415": probleem("Geen application/json"),
        }
      : {}),
    ...(metInvoer ? { "422": probleem("Ongeldige invoer; `veld` noemt het veld") } : {}),
    "500": probleem("Interne fout (altijd een bug); noem het correlatie-id"),
  };
}

function operatie(r: Route): ZodOpenApiOperationObject {
  return {
    operationId: r.operatie,
    summary: r.samenvatting,
    tags: [r.functie],
    ...(r.rollen === "publiek" ? {} : { security: [{ cognito: [] }], "x-rollen": [...r.rollen] }),
    // zod-openapi fails on an explicit `undefined` part, so only the parts a route has are given.
    ...(r.params || r.query
      ? {
          requestParams: {
            ...(r.params ? { path: r.params } : {}),
            ...(r.query ? { query: r.query } : {}),
          },
        }
      : {}),
    ...(r.body
      ? { requestBody: { required: true, content: { "application/json": { schema: r.body } } } }
      : {}),
    responses: antwoorden(r),
  };
}

const kleineLetters = (m: Methode) =>
  m.toLowerCase() as Lowercase<Methode> & keyof ZodOpenApiPathItemObject;

/** The document for these routes (default: the whole table). */
export function maakOpenApiDocument(routes: readonly Route[] = ROUTES) {
  const paths: Record<string, ZodOpenApiPathItemObject> = {};
  for (const r of routes) {
    const item: ZodOpenApiPathItemObject = paths[r.pad] ?? {};
    item[kleineLetters(r.methode)] = operatie(r);
    paths[r.pad] = item;
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Kwaliteitsbudget Verpleeghuiszorg — API",
      version: pakket.version,
      description:
        "Aanvraag, beoordeling, voorschot, herschikking en nacalculatie van het kwaliteitsbudget. " +
        "Fouten zijn application/problem+json met een stabiele `code` en een Nederlandse `detail`.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        cognito: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "ID-token van Amazon Cognito (lokaal: cognito-local)",
        },
      },
    },
    paths,
  });
}
