// Hardening, docs/regels.md §12: every change leaves an audit record — generated from the route table,
// so a new write route cannot forget it. For each write route (POST/PUT/PATCH/DELETE), its
// authorisation-matrix example (../http/voorbeelden.ts) runs once as an allowed caller of the own
// organisation; the request's correlation id must then be on an audit record that says who
// (sub and role), when, what (event) and the change (before and/or after). A route that changes
// nothing (a preview) is listed below with the reason. The file has a table of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import type { Rol } from "#shared/rollen.js";
import { vraag } from "../http/api.js";
import { auditRecords, type EigenTabel, eigenTabel, SCHRIJFROUTES } from "../http/schrijfroutes.js";
import { VOORBEELDEN } from "../http/voorbeelden.js";

/** Write routes that store nothing, so leave no audit record — with the reason. */
const GEEN_WIJZIGING: Readonly<Record<string, string>> = {
  "POST /api/aanvragen/{aanvraagId}/jaarverslag/voorbeeld":
    "een voorbeeld van de nacalculatie met een jaarverslag in wording; slaat niets op",
  "POST /api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/controle":
    "toetst een herschikkingsvoorstel aan §8; slaat niets op",
  "POST /api/zorgkantoren/{zorgkantoorId}/voorschot/maandrun":
    "het voorbeeld is een proefrun (proef: true), die niets opslaat; een echte run schrijft per opdracht een auditrecord met het correlatie-id van het verzoek",
};

let t: EigenTabel;

beforeAll(async () => {
  t = await eigenTabel("audit");
}, 60_000);
afterAll(async () => {
  await t?.gw.stop();
  sluitClients();
});

const auditMet = async (correlatieId: string) =>
  (await auditRecords(t.tabelNaam)).filter((a) => a.correlatieId === correlatieId);

describe("elke wijziging laat een auditrecord na (§12), uit de routetabel", () => {
  it.each(SCHRIJFROUTES.map((r) => ({ naam: `${r.methode} ${r.pad}`, route: r })))(
    "$naam",
    async ({ naam, route }) => {
      const rol = (route.rollen as readonly Rol[])[0]!;
      const wie = t.bellers.get(rol)!;
      const req = await VOORBEELDEN[route.operatie].verzoek({ beller: rol, zaak: t.eigen });
      const r = await vraag(t.gw, req.pad, {
        methode: route.methode,
        token: wie.idToken,
        query: req.query,
        body: req.body,
        headers: req.headers,
      });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      const records = await auditMet(String(r.headers.get("x-correlation-id")));
      if (naam in GEEN_WIJZIGING) {
        expect(records, GEEN_WIJZIGING[naam]).toEqual([]);
        return;
      }
      expect(records.length, `${naam}: geen auditrecord`).toBeGreaterThan(0);
      for (const a of records) {
        // Who, named by the e-mail address of the ID token (§12).
        expect(a.wie, naam).toEqual({ sub: wie.sub, rol, email: wie.email });
        expect(typeof a.wanneer).toBe("string");
        expect(typeof a.gebeurtenis).toBe("string");
        expect(a.voor !== undefined || a.na !== undefined, `${naam}: voor of na`).toBe(true);
      }
    },
  );
});
