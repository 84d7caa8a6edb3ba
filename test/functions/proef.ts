// Unit tests of the middleware: a route table of its own, so every middleware path can be
// reached (the real table has no body routes yet), with test doubles as operations.
import { z } from "zod";
import { maakHandler } from "#functions/lib/handler.js";
import { GemaakteWeigering, nietGevonden } from "#functions/lib/probleem.js";
import type { Verzoek } from "#functions/lib/verzoek.js";
import { ALLE_ROLLEN, type Route } from "#functions/routes.js";
import { event, lidmaatschappenUit } from "./hulp.js";

// A route table of its own, so every middleware path can be reached (the real table has no body
// routes yet). The functie name is borrowed; the operations are test doubles.
export const ROUTES: Route[] = [
  {
    methode: "POST",
    pad: "/api/proef/{zaakId}",
    functie: "indiening",
    operatie: "opslaan",
    rollen: ["aanbieder"],
    samenvatting: "proef",
    params: z.object({ zaakId: z.string().regex(/^z-\d+$/, { error: "geen zaak-id" }) }),
    query: z.object({ jaar: z.coerce.number().int().min(2019).optional() }),
    body: z.object({
      naam: z.string().min(1),
      regels: z.array(z.object({ fte: z.string().regex(/^\d+\.\d{2}$/) })),
    }),
  },
  {
    methode: "GET",
    pad: "/api/proef/publiek",
    functie: "indiening",
    operatie: "publiek",
    rollen: "publiek",
    samenvatting: "proef",
  },
  {
    methode: "GET",
    pad: "/api/proef/fout",
    functie: "indiening",
    operatie: "fout",
    rollen: ALLE_ROLLEN,
    samenvatting: "proef",
  },
  {
    methode: "GET",
    pad: "/api/proef/weg",
    functie: "indiening",
    operatie: "weg",
    rollen: ALLE_ROLLEN,
    samenvatting: "proef",
  },
  {
    methode: "GET",
    pad: "/api/proef/niemand",
    functie: "indiening",
    operatie: "niemand",
    rollen: [],
    samenvatting: "proef",
  },
  {
    methode: "GET",
    pad: "/api/proef/gemaakt",
    functie: "indiening",
    operatie: "gemaakt",
    rollen: ALLE_ROLLEN,
    samenvatting: "proef",
  },
  {
    methode: "GET",
    pad: "/api/proef/csv",
    functie: "indiening",
    operatie: "csv",
    rollen: ALLE_ROLLEN,
    samenvatting: "proef",
  },
];

export const ontvangen: Verzoek[] = [];
export const operaties = {
  opslaan: (v: Verzoek) => {
    ontvangen.push(v);
    return { status: 201, body: { ok: true }, headers: { Location: "/api/proef/z-1" } };
  },
  publiek: (v: Verzoek) => ({ body: { nu: v.nu.toISOString(), gebruiker: v.gebruiker ?? null } }),
  fout: () => {
    throw new Error("geheim: verbinding met tabel-xyz mislukt");
  },
  weg: () => {
    throw nietGevonden("aanvraag");
  },
  niemand: () => ({ body: {} }),
  gemaakt: () => {
    throw new GemaakteWeigering(
      { statusCode: 502, headers: { "content-type": "text/plain" }, body: "elders mis" },
      "de andere API antwoordde niet",
    );
  },
  csv: () => ({ body: "a;b\n1;2\n", headers: { "content-type": "text/csv; charset=utf-8" } }),
};

export const data = lidmaatschappenUit({
  "sub-aanbieder": [{ rol: "aanbieder", aanbiederId: "a-1" }],
  "sub-landelijk": [{ rol: "landelijk-beheer" }],
});
export const handler = maakHandler("indiening", operaties as never, {
  routes: ROUTES,
  leesLidmaatschappen: data.lees,
});

export const aanbieder = { sub: "sub-aanbieder", email: "a@example.test" };
export const opslaan = (o: Parameters<typeof event>[1] = {}) =>
  handler(
    event("POST /api/proef/{zaakId}", {
      params: { zaakId: "z-1" },
      claims: aanbieder,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ naam: "plan", regels: [{ fte: "1.50" }] }),
      ...o,
    }),
  );
