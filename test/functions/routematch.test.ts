import { describe, expect, it } from "vitest";
import { zoekRoute } from "#functions/lib/routematch.js";
import { type Route, routeSleutel } from "#functions/routes.js";

const r = (methode: Route["methode"], pad: Route["pad"]): Route => ({
  methode,
  pad,
  functie: "indiening",
  operatie: `${methode}${pad}`,
  rollen: "publiek",
  samenvatting: "",
});
const TABEL = [
  r("GET", "/api/aanvragen/{aanvraagId}"),
  r("PUT", "/api/aanvragen/{aanvraagId}"),
  r("GET", "/api/aanvragen/nieuw"),
  r("GET", "/api/aanvragen/{aanvraagId}/versies/{versie}"),
  r("GET", "/api/bestanden/{pad+}"),
  r("GET", "/api/bestanden/vast/{id}"),
];
const zoek = (m: string, p: string) => zoekRoute(m, p, TABEL);
const sleutel = (m: string, p: string) => {
  const z = zoek(m, p);
  return z.soort === "gevonden" ? routeSleutel(z.route) : z.soort;
};

describe("routes zoeken zoals API Gateway", () => {
  it("vindt een route met padparameters en geeft ze gedecodeerd", () => {
    expect(zoek("GET", "/api/aanvragen/a%201/versies/3")).toMatchObject({
      soort: "gevonden",
      params: { aanvraagId: "a 1", versie: "3" },
    });
  });

  it("verkiest een letterlijk segment boven een parameter", () => {
    expect(sleutel("GET", "/api/aanvragen/nieuw")).toBe("GET /api/aanvragen/nieuw");
    expect(sleutel("GET", "/api/aanvragen/a-1")).toBe("GET /api/aanvragen/{aanvraagId}");
  });

  it("verkiest een parameter boven een gulzige parameter", () => {
    expect(sleutel("GET", "/api/bestanden/vast/7")).toBe("GET /api/bestanden/vast/{id}");
    expect(zoek("GET", "/api/bestanden/a/b/c")).toMatchObject({ params: { pad: "a/b/c" } });
  });

  it("meldt een bekend pad met een andere methode, met de toegestane methoden", () => {
    expect(zoek("DELETE", "/api/aanvragen/a-1")).toEqual({
      soort: "andereMethode",
      toegestaan: ["GET", "PUT"],
    });
  });

  it("kent geen onbekend pad, geen lege parameter, geen slash aan het eind, geen kapotte escape", () => {
    expect(sleutel("GET", "/api/onbekend")).toBe("onbekend");
    expect(sleutel("GET", "/api/aanvragen/")).toBe("onbekend");
    expect(sleutel("GET", "/api/aanvragen/a-1/")).toBe("onbekend");
    expect(sleutel("GET", "/api/aanvragen/%E0%A4%A")).toBe("onbekend");
    expect(sleutel("GET", "/api/bestanden/")).toBe("onbekend");
  });

  it("zoekt standaard in de echte routetabel", () => {
    expect(zoekRoute("GET", "/api/mij")).toMatchObject({ soort: "gevonden" });
    expect(zoekRoute("POST", "/api/mij")).toEqual({ soort: "andereMethode", toegestaan: ["GET"] });
  });
});
