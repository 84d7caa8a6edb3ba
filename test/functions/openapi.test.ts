import { describe, expect, it } from "vitest";
import { z } from "zod";
import { maakOpenApiDocument } from "#functions/openapi/document.js";
import { handler } from "#functions/openapi/handler.js";
import { ROUTES, type Route, routeSleutel } from "#functions/routes.js";
import { event, json } from "./hulp.js";

type Operatie = { operationId?: string; security?: unknown[]; "x-rollen"?: string[] };
const document = maakOpenApiDocument();
const paden = document.paths as Record<string, Record<string, Operatie>>;

describe("het OpenAPI-document, gegenereerd uit de routetabel", () => {
  it("is OpenAPI 3.1 met het Cognito-token als beveiligingsschema", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components?.securitySchemes).toHaveProperty("cognito");
  });

  it("bevat elke route met methode, pad, operationId en beveiliging", () => {
    for (const r of ROUTES) {
      const op = paden[r.pad]?.[r.methode.toLowerCase()];
      expect(op, routeSleutel(r)).toBeDefined();
      expect(op!.operationId).toBe(r.operatie);
      if (r.rollen === "publiek") {
        expect(op!.security ?? [], routeSleutel(r)).toEqual([]);
      } else {
        expect(op!.security).toEqual([{ cognito: [] }]);
        expect(op!["x-rollen"]).toEqual([...r.rollen]);
      }
    }
  });

  it("bevat geen pad of methode die niet in de routetabel staat", () => {
    const inTabel = new Set(ROUTES.map(routeSleutel));
    for (const [pad, item] of Object.entries(paden)) {
      for (const methode of Object.keys(item)) {
        expect(inTabel.has(`${methode.toUpperCase()} ${pad}`), `${methode} ${pad}`).toBe(true);
      }
    }
  });

  it("documenteert een route met alleen padparameters, alleen query of beide", () => {
    const routes: Route[] = [
      {
        methode: "GET",
        pad: "/api/a/{id}",
        functie: "audit",
        operatie: "alleenPad",
        rollen: ["aanbieder"],
        samenvatting: "a",
        params: z.object({ id: z.string() }),
      },
      {
        methode: "GET",
        pad: "/api/b",
        functie: "audit",
        operatie: "alleenQuery",
        rollen: ["aanbieder"],
        samenvatting: "b",
        query: z.object({ jaar: z.string() }),
      },
      {
        methode: "GET",
        pad: "/api/c/{id}",
        functie: "audit",
        operatie: "beide",
        rollen: ["aanbieder"],
        samenvatting: "c",
        params: z.object({ id: z.string() }),
        query: z.object({ jaar: z.string() }),
      },
    ];
    const doc = maakOpenApiDocument(routes);
    const namen = (pad: string) =>
      (doc.paths?.[pad]?.get?.parameters ?? []).map((p) =>
        "name" in p ? `${p.in}:${p.name}` : "",
      );
    expect(namen("/api/a/{id}")).toEqual(["path:id"]);
    expect(namen("/api/b")).toEqual(["query:jaar"]);
    expect(namen("/api/c/{id}")).toEqual(["path:id", "query:jaar"]);
  });

  it("beschrijft fouten als application/problem+json", () => {
    const mij = paden["/api/mij"]!.get as unknown as {
      responses: Record<string, { content?: object }>;
    };
    expect(Object.keys(mij.responses)).toEqual(
      expect.arrayContaining(["200", "401", "403", "500"]),
    );
    expect(mij.responses["401"]!.content).toHaveProperty("application/problem+json");
  });

  it("wordt geserveerd op GET /api/openapi.json, zonder token", async () => {
    const r = await handler(event("GET /api/openapi.json"));
    expect(r.statusCode).toBe(200);
    expect(json(r)).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
