// docs/regels.md §1 and over HTTP: bad bodies answer 422 naming the field and change nothing,
// concurrent edits of one versie give one 409, and another aanbieder's case answers 404.
import { beforeAll, describe, expect, it } from "vitest";
import { actueel, metApi, uniek, volledigeInhoud, zorgVoorPartijen } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, type Verzoekopties, vraag } from "../http/api.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let aanbieder: TestGebruiker;

// 15 November 2019: inside the indieningsperiode for 2020 (§3.2).
const KLOK = "2019-11-15T10:00:00+01:00";
const als = (g: TestGebruiker, o: Verzoekopties = {}): Verzoekopties => ({
  ...o,
  token: g.idToken,
  headers: { "x-kb-klok": KLOK, ...o.headers },
});

beforeAll(async () => {
  await zorgVoorPartijen(scope, { bankrekening: false });
  aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]);
});

const json = (b: unknown) => b as { id: string };

describe("ongeldige verzoeken en andermans zaken (§1)", () => {
  let id: string;
  beforeAll(async () => {
    const eigen = { aanbiederId: scope.aanbiederId, zorgkantoorId: uniek("zk") };
    await zorgVoorPartijen(eigen, { bankrekening: false });
    id = json(
      (
        await vraag(
          gw,
          "/api/aanvragen",
          als(aanbieder, { methode: "POST", body: { ...eigen, jaar: 2020 } }),
        )
      ).body,
    ).id;
  });

  it.each([
    [
      "een jaar als tekst",
      "/api/aanvragen",
      "POST",
      { aanbiederId: "a", zorgkantoorId: "z", jaar: "2020" },
      "jaar",
    ],
    [
      "een jaar vóór 2019",
      "/api/aanvragen",
      "POST",
      { aanbiederId: "a", zorgkantoorId: "z", jaar: 2018 },
      "jaar",
    ],
    [
      "een onbekend veld",
      "/api/aanvragen",
      "POST",
      { aanbiederId: "a", zorgkantoorId: "z", jaar: 2020, x: 1 },
      "(invoer)",
    ],
  ])("weigert bij aanmaken %s met 422 en het veld", async (_n, pad, methode, body, veld) => {
    const r = await vraag(gw, pad, als(aanbieder, { methode, body }));
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "ONGELDIGE_INVOER" });
    if (veld !== "(invoer)") expect(r.body).toMatchObject({ veld });
  });

  it("weigert een ongeldige inhoud met 422 en het pad van het veld; er verandert niets", async () => {
    const inhoud = volledigeInhoud(2020);
    (inhoud.begroting![0]!.personeel![0]! as { fte: string }).fte = "-1";
    const r = await vraag(
      gw,
      `/api/aanvragen/${id}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: 1, inhoud } }),
    );
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "inhoud.begroting[0].personeel[0].fte" });
    const docs = await vraag(
      gw,
      `/api/aanvragen/${id}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: 1, inhoud: { documenten: [] } } }),
    );
    expect(docs.status).toBe(422);
    expect(docs.body).toMatchObject({ veld: "inhoud.documenten" });
    const zonderVersie = await vraag(
      gw,
      `/api/aanvragen/${id}/indiening`,
      als(aanbieder, { methode: "POST", body: {} }),
    );
    expect(zonderVersie.status).toBe(422);
    expect(zonderVersie.body).toMatchObject({ veld: "versie" });
    expect(
      (await vraag(gw, `/api/aanvragen/${id}/versies/abc`, als(aanbieder))).body,
    ).toMatchObject({ veld: "nummer" });
    expect(
      (await vraag(gw, `/api/aanvragen/${id}/verschil`, als(aanbieder, { query: { van: "1" } })))
        .body,
    ).toMatchObject({ veld: "naar" });
    expect(await actueel(id)).toMatchObject({ versie: 1, toestand: "concept" });
  });

  it("laat van twee gelijktijdige wijzigingen op dezelfde versie er één slagen; de ander krijgt 409", async () => {
    const z = await actueel(id);
    const wijzig = () =>
      vraag(
        gw,
        `/api/aanvragen/${id}/inhoud`,
        als(aanbieder, {
          methode: "PUT",
          body: { versie: z.versie, inhoud: volledigeInhoud(2020) },
        }),
      );
    const statussen = (await Promise.all([wijzig(), wijzig()])).map((r) => r.status).sort();
    expect(statussen).toEqual([200, 409]);
    expect(await actueel(id)).toMatchObject({ versie: z.versie + 1 });
  });

  it("maakt geen aanvraag voor een andere aanbieder (404) of een onbekend zorgkantoor (422)", async () => {
    const ander = await vraag(
      gw,
      "/api/aanvragen",
      als(aanbieder, {
        methode: "POST",
        body: { aanbiederId: uniek("ander"), zorgkantoorId: scope.zorgkantoorId, jaar: 2020 },
      }),
    );
    expect(ander.status).toBe(404);
    const onbekend = await vraag(
      gw,
      "/api/aanvragen",
      als(aanbieder, {
        methode: "POST",
        body: { aanbiederId: scope.aanbiederId, zorgkantoorId: uniek("zk"), jaar: 2022 },
      }),
    );
    expect(onbekend.status).toBe(422);
    expect(onbekend.body).toMatchObject({ code: "ONBEKEND_ZORGKANTOOR", veld: "zorgkantoorId" });
  });

  it("laat aanbieder B de zaak van aanbieder A niet zien of wijzigen (404)", async () => {
    const anderScope = { aanbiederId: uniek("aanbieder-b"), zorgkantoorId: scope.zorgkantoorId };
    await zorgVoorPartijen(anderScope, { bankrekening: false });
    const b = await gebruiker([{ rol: "aanbieder", aanbiederId: anderScope.aanbiederId }]);
    for (const pad of [
      `/api/aanvragen/${id}`,
      `/api/aanvragen/${id}/versies`,
      `/api/aanvragen/${id}/versies/1`,
    ])
      expect((await vraag(gw, pad, als(b))).status).toBe(404);
    const w = await vraag(
      gw,
      `/api/aanvragen/${id}/inhoud`,
      als(b, { methode: "PUT", body: { versie: 1, inhoud: {} } }),
    );
    expect(w.status).toBe(404);
    expect((await vraag(gw, "/api/aanvragen", als(b))).body).toEqual({ aanvragen: [] });
    expect(
      (await vraag(gw, "/api/aanvragen", als(b, { query: { aanbiederId: scope.aanbiederId } })))
        .status,
    ).toBe(404);
  });
});
