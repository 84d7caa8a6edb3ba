// docs/regels.md §5, toekenning constraint 2, over HTTP: before the aanvraag window closes (31 Dec t−1)
// a toekenning above the reservering is refused until zorgkantoor-beheer has released the regional
// margin — with a reason, audited, once, only for its own zorgkantoor — and accepted after it.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { leesKader } from "#functions/data/kaders.js";
import { zorgkantoorPk } from "#functions/data/sleutels.js";
import { metApi, uniek, zaakIn, zorgVoorZorgkantoor } from "../fixture/index.js";
import { gebruiker, type TestGebruiker } from "../http/api.js";
import { verzoeker } from "./verzoeken.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const zonderKader = uniek("zk");
let beoordelaar: TestGebruiker;
let beheer: TestGebruiker;
let beheerElders: TestGebruiker;
let beheerZonderKader: TestGebruiker;

beforeAll(async () => {
  await zorgVoorZorgkantoor(zonderKader);
  [beoordelaar, beheer, beheerElders, beheerZonderKader] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: uniek("zk") }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zonderKader }]),
  ]);
});

const { als, post } = verzoeker(() => gw);
const VOOR_SLUITING = "2019-12-10T10:00:00+01:00";
const vrijgave = (zk: string, jaar = 2020) => `/api/kaders/${jaar}/${zk}/margevrijgave`;

describe("regionale ruimte boven de reservering vrijgeven (§5, beperking 2)", () => {
  it("weigert vóór sluiting boven de reservering, tot zorgkantoor-beheer de ruimte vrijgeeft", async () => {
    // Reservering 110.000 (opzet); 2 fte vragen 170.000 personeel + 30.000 overige aan.
    const z = await zaakIn("in_beoordeling", { ...scope, jaar: 2020, fte: 2 });
    const toekenning = async () =>
      als(beoordelaar, `/api/aanvragen/${z.id}/toekenning`, {
        methode: "POST",
        op: VOOR_SLUITING,
        body: {
          versie: (await leesAanvraag(z.id))!.versie,
          personeel: "170000.00",
          overige: "30000.00",
          motivering: "Toegekend zoals aangevraagd.",
        },
      });
    let r = await toekenning();
    expect(r.status).toBe(422);
    expect(r.body!.overtredingen).toEqual([
      expect.objectContaining({ code: "BOVEN_RESERVERING_VOOR_SLUITING" }),
    ]);

    const kaders = await als(beheer, "/api/kaders/2020");
    expect(kaders.body!.kaders).toEqual([
      expect.objectContaining({ zorgkantoorId: scope.zorgkantoorId, margeVrijgegeven: null }),
    ]);

    // Only zorgkantoor-beheer of this zorgkantoor, and only with a reason; nothing changes else.
    const reden = "Regio heeft ruimte: twee aanbieders vroegen minder dan gereserveerd.";
    r = await post(beoordelaar, vrijgave(scope.zorgkantoorId), { reden }, VOOR_SLUITING);
    expect(r.status).toBe(403);
    expect(r.body!.detail).toContain("zorgkantoor-beheer");
    r = await post(beheerElders, vrijgave(scope.zorgkantoorId), { reden }, VOOR_SLUITING);
    expect(r.status).toBe(404);
    r = await post(beheer, vrijgave(scope.zorgkantoorId), { reden: "  " }, VOOR_SLUITING);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "reden" });
    expect(r.body!.detail).toContain("reden");
    expect((await leesKader(scope.zorgkantoorId, 2020))!.margeVrijgegeven).toBeUndefined();
    expect(
      (await leesAudit(zorgkantoorPk(scope.zorgkantoorId))).map((a) => a.gebeurtenis),
    ).not.toContain("marge_vrijgegeven");

    r = await post(beheer, vrijgave(scope.zorgkantoorId), { reden }, VOOR_SLUITING);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      zorgkantoorId: scope.zorgkantoorId,
      jaar: 2020,
      margeVrijgegeven: { door: beheer.sub, reden, op: "2019-12-10T09:00:00.000Z" },
    });
    const audit = (await leesAudit(zorgkantoorPk(scope.zorgkantoorId), "zorgkantoor")).find(
      (a) => a.gebeurtenis === "marge_vrijgegeven",
    );
    expect(audit).toMatchObject({
      wie: { sub: beheer.sub, rol: "zorgkantoor-beheer" },
      reden,
      na: { jaar: 2020, margeVrijgegeven: true },
    });

    // Once: a release cannot be repeated (nor taken back).
    r = await post(beheer, vrijgave(scope.zorgkantoorId), { reden }, VOOR_SLUITING);
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: "MARGE_AL_VRIJGEGEVEN" });

    r = await toekenning();
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ voorstel: { totaal: "200000.00" } });
  });

  it("na sluiting van de aanvraagperiode is de reservering geen grens: 422 op jaar", async () => {
    // The default clock of these requests is 15-01-2020: the period of 2020 has closed.
    const r = await post(beheer, vrijgave(scope.zorgkantoorId, 2020), { reden: "Ruimte." });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "AANVRAAGPERIODE_GESLOTEN", veld: "jaar" });
    expect(r.body!.detail).toContain("31-12-2019");
  });

  it("zonder regionaal kader valt er niets vrij te geven: 422 op jaar", async () => {
    const r = await post(beheerZonderKader, vrijgave(zonderKader, 2041), { reden: "Ruimte." });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "KADER_ONTBREEKT", veld: "jaar" });
  });
});
