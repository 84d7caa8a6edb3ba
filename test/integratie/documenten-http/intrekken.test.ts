// docs/regels.md §12 [portal rule] over HTTP: the aanbieder withdraws a document of its aanvraag
// before submission. The document leaves the list and cannot be downloaded, the record stays
// ("ingetrokken") with an audit record of the same request; a submitted aanvraag answers 409 and
// changes nothing; another aanbieder gets 404 and a beoordelaar 403 (the route's roles).
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { leesDocument } from "#functions/data/documenten.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import {
  geaccepteerdDocument,
  metApi,
  uniek,
  VERRE_JAREN,
  zaakIn,
  zorgVoorPartijen,
} from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let eigen: TestGebruiker;
let ander: TestGebruiker;
let beoordelaar: TestGebruiker;
let concept: AanvraagRecord;
let ingediend: AanvraagRecord;

beforeAll(async () => {
  const anderScope = { aanbiederId: uniek("aanbieder-b"), zorgkantoorId: scope.zorgkantoorId };
  await Promise.all([
    zorgVoorPartijen(scope, { bankrekening: false }),
    zorgVoorPartijen(anderScope, { bankrekening: false }),
  ]);
  [eigen, ander, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: anderScope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
  ]);
  [concept, ingediend] = await Promise.all([
    zaakIn("concept", { ...scope, jaren: VERRE_JAREN, inhoud: "leeg" }),
    zaakIn("ingediend", { ...scope, jaren: VERRE_JAREN, inhoud: "volledig" }),
  ]);
}, 60_000);

const intrekken = (g: TestGebruiker, zaakId: string, documentId: string) =>
  vraag(gw, `/api/aanvragen/${zaakId}/documenten/${documentId}/intrekking`, {
    methode: "POST",
    token: g.idToken,
  });

const lijst = async (g: TestGebruiker, zaakId: string) => {
  const r = await vraag(gw, `/api/aanvragen/${zaakId}/documenten`, { token: g.idToken });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body as { documenten: { id: string }[] }).documenten.map((d) => d.id);
};

describe("document intrekken vóór indiening (§12)", () => {
  it("als eigenaar in concept: weg uit de lijst, niet meer te downloaden, met auditrecord", async () => {
    const d = await geaccepteerdDocument(concept, "bijlage");
    expect(await lijst(eigen, concept.id)).toContain(d.id);
    const r = await intrekken(eigen, concept.id, d.id);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ id: d.id, status: "ingetrokken" });
    expect(await lijst(eigen, concept.id)).not.toContain(d.id);
    // The record stays for the audit trail, marked withdrawn.
    expect((await leesDocument(concept.id, d.id))?.status).toBe("ingetrokken");
    const download = await vraag(gw, `/api/aanvragen/${concept.id}/documenten/${d.id}/download`, {
      token: eigen.idToken,
    });
    expect(download.status).toBe(404);
    // One audit record of this very request: who, what before and after.
    const correlatieId = r.headers.get("x-correlation-id");
    const audit = (await leesAudit(aanvraagPk(concept.id))).filter(
      (a) => a.correlatieId === correlatieId,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      gebeurtenis: "document_ingetrokken",
      wie: { sub: eigen.sub, rol: "aanbieder" },
      voor: { id: d.id, status: "geaccepteerd" },
      na: { id: d.id, status: "ingetrokken" },
    });
    // A second withdrawal finds nothing.
    expect((await intrekken(eigen, concept.id, d.id)).status).toBe(404);
  });

  it("in toestand ingediend: 409 met de reden, en er verandert niets", async () => {
    const d = await geaccepteerdDocument(ingediend, "kwaliteitsplan");
    const auditVoor = await leesAudit(aanvraagPk(ingediend.id));
    const r = await intrekken(eigen, ingediend.id, d.id);
    expect(r.status, JSON.stringify(r.body)).toBe(409);
    expect(r.body).toMatchObject({ code: "AANVRAAG_NIET_WIJZIGBAAR" });
    expect(String(r.body?.detail)).toMatch(/concept is of om aanvulling is gevraagd/);
    expect(await leesDocument(ingediend.id, d.id)).toEqual(d);
    expect(await leesAudit(aanvraagPk(ingediend.id))).toEqual(auditVoor);
    expect(await lijst(eigen, ingediend.id)).toContain(d.id);
  });

  it("een andere aanbieder krijgt 404 en een beoordelaar 403; het document blijft", async () => {
    const d = await geaccepteerdDocument(concept, "kwaliteitsplan");
    expect((await intrekken(ander, concept.id, d.id)).status).toBe(404);
    expect((await intrekken(beoordelaar, concept.id, d.id)).status).toBe(403);
    expect((await leesDocument(concept.id, d.id))?.status).toBe("geaccepteerd");
    expect(await lijst(eigen, concept.id)).toContain(d.id);
  });
});
