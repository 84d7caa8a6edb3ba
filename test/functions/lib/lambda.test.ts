// The lean handler factory. Each Lambda passes its own routes and, only when it has
// protected routes, the membership lookup; the wiring is checked at cold start.
import { describe, expect, it } from "vitest";
import { GEZONDHEID_ROUTES } from "#functions/gezondheid/routes.js";
import { maakLambda } from "#functions/lib/lambda.js";
import { ORGANISATIES_ROUTES } from "#functions/organisaties/routes.js";
import { ROUTES } from "#functions/routes.js";
import { event, json, lidmaatschappenUit } from "../hulp.js";

const gezondheid = { gezondheid: () => ({ body: { status: "ok" as const } }) };
const mij = { mij: () => ({ body: { sub: "s", email: null, lidmaatschappen: [] } }) };

describe("de handlerfabriek per Lambda", () => {
  it("bedient een publieke functie zonder lidmaatschappen te kunnen lezen", async () => {
    const h = maakLambda("gezondheid", gezondheid, { routes: GEZONDHEID_ROUTES });
    const r = await h(event("GET /api/gezondheid"));
    expect(r.statusCode).toBe(200);
    expect(json(r)).toEqual({ status: "ok" });
  });

  it("weigert bij de koude start een functie met beschermde routes zonder leesLidmaatschappen", () => {
    expect(() => maakLambda("organisaties", mij, { routes: ORGANISATIES_ROUTES })).toThrow(
      "handler organisaties: beschermde routes maar geen leesLidmaatschappen",
    );
  });

  it("weigert bij de koude start een route zonder operatie, ook in de eigen lijst", () => {
    expect(() => maakLambda("organisaties", {} as never, { routes: ORGANISATIES_ROUTES })).toThrow(
      "geen operatie voor GET /api/mij (mij)",
    );
  });

  it("bedient alleen de eigen routes, ook als de hele tabel wordt meegegeven", async () => {
    const data = lidmaatschappenUit({ s: [{ rol: "landelijk-beheer" }] });
    const h = maakLambda("organisaties", mij, { routes: ROUTES, leesLidmaatschappen: data.lees });
    const eigen = await h(event("GET /api/mij", { claims: { sub: "s" } }));
    expect(eigen.statusCode).toBe(200);
    const ander = await h(event("GET /api/gezondheid"));
    expect(ander.statusCode).toBe(404);
    expect(json(ander).code).toBe("ROUTE_ONBEKEND");
  });

  it("leest de lidmaatschappen met de meegegeven functie", async () => {
    const data = lidmaatschappenUit({ s: [{ rol: "aanbieder", aanbiederId: "a-1" }] });
    const h = maakLambda("organisaties", mij, {
      routes: ORGANISATIES_ROUTES,
      leesLidmaatschappen: data.lees,
    });
    expect((await h(event("GET /api/mij", { claims: { sub: "s" } }))).statusCode).toBe(200);
    expect(data.aanroepen).toEqual(["s"]);
  });
});
