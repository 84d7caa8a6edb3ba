// docs/regels.md §12 over HTTP: the audit trail of a case walked through the real routes (create,
// save, submit), in order, with who/when/event/before/after; scope as §1 (another organisation →
// 404); a zorgkantoor-internal record hidden from the aanbieder; append-only (no route changes or
// deletes a record); and the notifications of the caller's organisation.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import {
  actueel,
  geaccepteerdDocument,
  metApi,
  uniek,
  volledigeInhoud,
  zorgVoorPartijen,
} from "../fixture/index.js";
import { gebruiker, type TestGebruiker, type Verzoekopties, vraag } from "../http/api.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;
let landelijk: TestGebruiker;
let vreemdeAanbieder: TestGebruiker;
let vreemdeBeoordelaar: TestGebruiker;
let aanvraagId: string;

// 15 November 2019: inside the indieningsperiode for 2020 (§3.2).
const KLOK = "2019-11-15T10:00:00+01:00";
const als = (g: TestGebruiker, o: Verzoekopties = {}): Verzoekopties => ({
  ...o,
  token: g.idToken,
  headers: { "x-kb-klok": KLOK, ...o.headers },
});

interface Regel {
  gebeurtenis: string;
  wie: { sub: string; rol: string };
  wanneer: string;
  voor?: Record<string, unknown>;
  na?: Record<string, unknown>;
  reden?: string;
}
const regels = (b: unknown) => (b as { regels: Regel[] }).regels;
const soorten = (b: unknown) => regels(b).map((r) => r.gebeurtenis);

beforeAll(async () => {
  await zorgVoorPartijen(scope, { bankrekening: false });
  [aanbieder, beoordelaar, landelijk, vreemdeAanbieder, vreemdeBeoordelaar] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "landelijk-beheer" }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: uniek("aanbieder") }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: uniek("zk") }]),
  ]);

  // The aanbieder's steps over HTTP: create the concept, save it with its kwaliteitsplan, submit.
  const gemaakt = await vraag(
    gw,
    "/api/aanvragen",
    als(aanbieder, { methode: "POST", body: { ...scope, jaar: 2020 } }),
  );
  expect(gemaakt.status, JSON.stringify(gemaakt.body)).toBe(201);
  aanvraagId = String(gemaakt.body?.id);
  await geaccepteerdDocument(await actueel(aanvraagId));
  const inhoud = volledigeInhoud(2020);
  const opgeslagen = await vraag(
    gw,
    `/api/aanvragen/${aanvraagId}/inhoud`,
    als(aanbieder, {
      methode: "PUT",
      body: { versie: (await actueel(aanvraagId)).versie, inhoud },
    }),
  );
  expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
  const ingediend = await vraag(
    gw,
    `/api/aanvragen/${aanvraagId}/indiening`,
    als(aanbieder, { methode: "POST", body: { versie: (await actueel(aanvraagId)).versie } }),
  );
  expect(ingediend.status, JSON.stringify(ingediend.body)).toBe(200);

  // A proposal awaiting the second signature (§1 four-eyes): internal to the zorgkantoor (§12).
  const r = await schrijfTransactie(
    [],
    {
      gebeurtenis: "toekenning_voorgesteld",
      onderwerp: aanvraagPk(aanvraagId),
      betrokken: scope,
      na: { bedrag: "100000.00" },
      reden: "test: voorstel",
    },
    {
      wie: { sub: beoordelaar.sub, rol: "beoordelaar" },
      nu: new Date(KLOK),
      correlatieId: uniek("t"),
    },
  );
  expect(r.ok).toBe(true);
}, 60_000);

const pad = () => `/api/aanvragen/${aanvraagId}/audit`;

/** `deel` occurs in `geheel` in this order (other records may lie between). */
const inVolgorde = (geheel: string[], deel: string[]) => {
  let i = 0;
  for (const g of geheel) if (g === deel[i]) i++;
  return i === deel.length;
};

describe("audit-spoor van een zaak (§12)", () => {
  it("toont de stappen van de zaak in volgorde, met wie, wanneer, voor en na", async () => {
    const r = await vraag(gw, pad(), als(beoordelaar));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const s = soorten(r.body);
    expect(
      inVolgorde(s, [
        "aanvraag_aangemaakt",
        "aanvraag_gewijzigd",
        "aanvraag_ingediend",
        "toekenning_voorgesteld",
      ]),
      s.join(", "),
    ).toBe(true);
    const wanneer = regels(r.body).map((x) => x.wanneer);
    expect([...wanneer].sort()).toEqual(wanneer);
    const ingediend = regels(r.body).find((x) => x.gebeurtenis === "aanvraag_ingediend")!;
    expect(ingediend.wie).toEqual({ sub: aanbieder.sub, rol: "aanbieder", email: aanbieder.email });
    expect(ingediend.wanneer).toBe(new Date(KLOK).toISOString());
    const voorstel = regels(r.body).find((x) => x.gebeurtenis === "toekenning_voorgesteld")!;
    expect(voorstel).toMatchObject({ na: { bedrag: "100000.00" }, reden: "test: voorstel" });
  });

  it("verbergt het voorstel dat op de tweede handtekening wacht voor de aanbieder, niet voor zorgkantoor en landelijk beheer", async () => {
    const a = await vraag(gw, pad(), als(aanbieder));
    expect(a.status).toBe(200);
    expect(soorten(a.body)).toContain("aanvraag_ingediend");
    expect(soorten(a.body)).not.toContain("toekenning_voorgesteld");
    const l = await vraag(gw, pad(), als(landelijk));
    expect(l.status).toBe(200);
    expect(soorten(l.body)).toContain("toekenning_voorgesteld");
  });

  it("antwoordt 404 aan een aanbieder of zorgkantoor van een andere organisatie, als voor een onbekende zaak", async () => {
    const a = await vraag(gw, pad(), als(vreemdeAanbieder));
    expect(a.status).toBe(404);
    expect((await vraag(gw, pad(), als(vreemdeBeoordelaar))).status).toBe(404);
    const onbekend = await vraag(gw, `/api/aanvragen/${uniek("aanvraag")}/audit`, als(aanbieder));
    expect(onbekend.status).toBe(404);
    // The same answer as for a missing case, apart from the request's correlation id.
    const zonderId = (b: Record<string, unknown> | null) => ({ ...b, correlatieId: undefined });
    expect(zonderId(onbekend.body)).toEqual(zonderId(a.body));
  });

  it("kent geen route die een auditregel wijzigt of verwijdert: PUT en DELETE → 405/404, niets verandert", async () => {
    const voor = await leesAudit(aanvraagPk(aanvraagId));
    for (const methode of ["PUT", "DELETE", "PATCH", "POST"]) {
      for (const g of [landelijk, beoordelaar, aanbieder]) {
        const r = await vraag(
          gw,
          pad(),
          als(g, { methode, body: methode === "DELETE" ? undefined : { regels: [] } }),
        );
        expect([404, 405], `${methode}: ${r.status}`).toContain(r.status);
      }
      const regel = await vraag(gw, `${pad()}/0`, als(landelijk, { methode }));
      expect([404, 405]).toContain(regel.status);
    }
    expect(await leesAudit(aanvraagPk(aanvraagId))).toEqual(voor);
  });
});

describe("meldingen van de eigen organisatie (§12)", () => {
  it("geeft aanbieder en zorgkantoor hun eigen meldingen, het interne voorstel alleen aan het zorgkantoor", async () => {
    const a = await vraag(gw, "/api/meldingen", als(aanbieder));
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    const vanA = (
      a.body as { meldingen: { gebeurtenis: string; partij: string; aanbiederId?: string }[] }
    ).meldingen;
    expect(vanA.map((m) => m.gebeurtenis)).toContain("aanvraag_ingediend");
    expect(vanA.map((m) => m.gebeurtenis)).not.toContain("toekenning_voorgesteld");
    expect(vanA.every((m) => m.partij === "aanbieder" && m.aanbiederId === scope.aanbiederId)).toBe(
      true,
    );

    const z = await vraag(gw, "/api/meldingen", als(beoordelaar));
    const vanZ = (z.body as { meldingen: { gebeurtenis: string }[] }).meldingen.map(
      (m) => m.gebeurtenis,
    );
    // Newest first.
    expect(vanZ.slice(0, 2)).toEqual(["toekenning_voorgesteld", "aanvraag_ingediend"]);

    const v = await vraag(gw, "/api/meldingen", als(vreemdeAanbieder));
    expect((v.body as { meldingen: unknown[] }).meldingen).toEqual([]);
  });
});

describe("audit-spoor van een zorgkantoor en van het land (§12)", () => {
  let beheer: TestGebruiker;
  let vreemdBeheer: TestGebruiker;
  const zkPad = () => `/api/zorgkantoren/${scope.zorgkantoorId}/audit`;
  beforeAll(async () => {
    [beheer, vreemdBeheer] = await Promise.all([
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: uniek("zk") }]),
    ]);
  });
  type OverzichtRegel = Regel & {
    wijzigingen: { veld: string; oud: string | null; nieuw: string | null }[];
    aantal: number;
    correlatieId: string;
  };
  const overzicht = (b: unknown) => (b as { regels: OverzichtRegel[] }).regels;

  it("zorgkantoor-beheer ziet de wijzigingen van het eigen zorgkantoor, nieuwste eerst, als regels", async () => {
    const r = await vraag(gw, zkPad(), als(beheer));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const s = overzicht(r.body).map((x) => x.gebeurtenis);
    expect(
      inVolgorde(s, ["toekenning_voorgesteld", "aanvraag_ingediend", "aanvraag_aangemaakt"]),
      s.join(),
    ).toBe(true);
    const wanneer = overzicht(r.body).map((x) => x.wanneer);
    expect([...wanneer].sort().reverse()).toEqual(wanneer);
    const gewijzigd = overzicht(r.body).find((x) => x.gebeurtenis === "aanvraag_gewijzigd")!;
    expect(gewijzigd.wijzigingen.length).toBeGreaterThan(0);
    expect(gewijzigd.wie).toEqual({ sub: aanbieder.sub, rol: "aanbieder", email: aanbieder.email });
    const voorstel = overzicht(r.body).find((x) => x.gebeurtenis === "toekenning_voorgesteld")!;
    expect(voorstel.wijzigingen).toContainEqual({ veld: "bedrag", oud: null, nieuw: "100000.00" });
  });

  it("filtert op soort, gebruiker en periode, en bladert met een cursor", async () => {
    const soort = await vraag(gw, zkPad(), als(beheer, { query: { soort: "aanvraag_ingediend" } }));
    expect(overzicht(soort.body).map((x) => x.gebeurtenis)).toEqual(["aanvraag_ingediend"]);
    const wie = await vraag(gw, zkPad(), als(beheer, { query: { gebruiker: beoordelaar.sub } }));
    expect(overzicht(wie.body).map((x) => x.gebeurtenis)).toEqual(["toekenning_voorgesteld"]);
    // (The document of the set-up is written on the real clock, in 2026.)
    const later = await vraag(
      gw,
      zkPad(),
      als(beheer, { query: { van: "2019-11-16", tot: "2019-12-31" } }),
    );
    expect(overzicht(later.body)).toEqual([]);
    const dag = await vraag(
      gw,
      zkPad(),
      als(beheer, { query: { van: "2019-11-15", tot: "2019-11-15" } }),
    );
    expect(overzicht(dag.body).length).toBeGreaterThanOrEqual(4);
    const p1 = await vraag(gw, zkPad(), als(beheer, { query: { limiet: "1" } }));
    const volgende = (p1.body as { volgende: string | null }).volgende;
    expect(volgende).toBeTruthy();
    const p2 = await vraag(gw, zkPad(), als(beheer, { query: { limiet: "1", cursor: volgende! } }));
    expect(p2.status).toBe(200);
    expect(overzicht(p2.body)[0]?.correlatieId).not.toBe(overzicht(p1.body)[0]!.correlatieId);
  });

  it("geeft een ander zorgkantoor 404 en een beoordelaar 403", async () => {
    expect((await vraag(gw, zkPad(), als(vreemdBeheer))).status).toBe(404);
    expect((await vraag(gw, zkPad(), als(beoordelaar))).status).toBe(403);
  });

  it("landelijk beheer ziet alle wijzigingen van een maand", async () => {
    const r = await vraag(
      gw,
      "/api/landelijk/audit",
      als(landelijk, { query: { maand: "2019-11", gebruiker: aanbieder.sub } }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const s = overzicht(r.body).map((x) => x.gebeurtenis);
    expect(s).toEqual(expect.arrayContaining(["aanvraag_ingediend", "aanvraag_aangemaakt"]));
    expect((await vraag(gw, "/api/landelijk/audit", als(beheer))).status).toBe(403);
  });
});
