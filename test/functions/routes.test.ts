import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FUNCTIES,
  padParameters,
  ROUTES,
  routeSleutel,
  routesVan,
  routeVoorSleutel,
} from "#functions/routes.js";
import { ROLLEN } from "#shared/rollen.js";

const ROOT = join(import.meta.dirname, "../..");

describe("de routetabel", () => {
  it("heeft elke routesleutel en elk operationId één keer", () => {
    const sleutels = ROUTES.map(routeSleutel);
    expect(new Set(sleutels).size).toBe(sleutels.length);
    const ops = ROUTES.map((r) => r.operatie);
    expect(new Set(ops).size).toBe(ops.length);
  });

  it("zet elke route onder /api/ met een bekende functie en bekende rollen", () => {
    for (const r of ROUTES) {
      expect(r.pad).toMatch(/^\/api\/[^?#]*[^/]$/);
      expect(FUNCTIES).toContain(r.functie);
      if (r.rollen !== "publiek") for (const rol of r.rollen) expect(ROLLEN).toContain(rol);
      expect(r.samenvatting.length).toBeGreaterThan(0);
    }
  });

  it("laat alleen de gezondheidscontrole en het OpenAPI-document zonder token toe", () => {
    expect(
      ROUTES.filter((r) => r.rollen === "publiek")
        .map(routeSleutel)
        .sort(),
    ).toEqual(["GET /api/gezondheid", "GET /api/openapi.json"]);
  });

  it("geeft elke padparameter een schema, en geen schema zonder padparameter", () => {
    for (const r of ROUTES) {
      const inPad = padParameters(r.pad).sort();
      const inSchema =
        "params" in r && r.params ? Object.keys((r.params as { shape: object }).shape).sort() : [];
      expect(inSchema, routeSleutel(r)).toEqual(inPad);
    }
  });

  it("heeft voor elke functie met routes een handler", () => {
    for (const f of new Set(ROUTES.map((r) => r.functie))) {
      expect(existsSync(join(ROOT, "functions", f, "handler.ts")), f).toBe(true);
    }
  });

  it("vindt een route op zijn sleutel en de routes per functie", () => {
    expect(routeVoorSleutel("GET /api/mij")?.operatie).toBe("mij");
    expect(routeVoorSleutel("POST /api/mij")).toBeUndefined();
    expect(routesVan("organisaties").map((r) => r.operatie)).toContain("mij");
  });

  it("leest padparameters uit een pad, ook een gulzige", () => {
    expect(padParameters("/api/a/{x}/b/{y}")).toEqual(["x", "y"]);
    expect(padParameters("/api/bestanden/{pad+}")).toEqual(["pad"]);
    expect(padParameters("/api/mij")).toEqual([]);
  });
});
