import { describe, expect, it } from "vitest";
import { ROUTES, routeSleutel } from "#functions/routes.js";
import { autorisatieMatrix, BELLERS, verwachting } from "../integratie/http/matrix.js";
import { VOORBEELDEN } from "../integratie/http/voorbeelden.js";

describe("de autorisatiematrix uit de routetabel (§1)", () => {
  const matrix = autorisatieMatrix(VOORBEELDEN);

  it("zet elke route met elke beller in de matrix", () => {
    for (const r of ROUTES) {
      const bellers = matrix.filter((g) => g.route === r).map((g) => g.beller);
      expect(new Set(bellers), routeSleutel(r)).toEqual(new Set(BELLERS));
    }
  });

  it("heeft voor elke operatie een voorbeeld, en geen voorbeeld zonder route", () => {
    expect(Object.keys(VOORBEELDEN).sort()).toEqual(ROUTES.map((r) => r.operatie).sort());
  });

  it("leidt de antwoorden af: 401 zonder token, 403 buiten de rollen, 404 bij een andere tenant", () => {
    const r = {
      methode: "GET",
      pad: "/api/x/{id}",
      functie: "indiening",
      operatie: "x",
      rollen: ["aanbieder", "landelijk-beheer"],
      samenvatting: "",
    } as never;
    expect(verwachting(r, "anoniem", "eigen", true)).toBe(401);
    expect(verwachting(r, "beoordelaar", "eigen", true)).toBe(403);
    expect(verwachting(r, "beoordelaar", "ander", true)).toBe(403);
    expect(verwachting(r, "aanbieder", "eigen", true)).toBe("succes");
    expect(verwachting(r, "aanbieder", "ander", true)).toBe(404);
    expect(verwachting(r, "aanbieder", "ander", false)).toBe("succes");
    expect(verwachting(r, "landelijk-beheer", "ander", true)).toBe("succes");
  });

  it("laat publieke routes voor iedereen open, ook zonder token", () => {
    for (const g of matrix.filter((g) => g.route.rollen === "publiek")) {
      expect(g.verwacht).toBe("succes");
    }
  });
});
