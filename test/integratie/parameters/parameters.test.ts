// docs/regels.md §3.1 and §2 over HTTP: the parameters in force per year, new versions entered by
// landelijk-beheer (numbered by the server, concurrent entries → one 409), and the regional
// kaders of §5.3 never together above the national amount.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import {
  ingevoerdeVersies,
  parametersInGebruik,
  voerParametersIn,
} from "#functions/data/parameters.js";
import { parametersPk } from "#functions/data/sleutels.js";
import { veldNaam } from "#shared/veldnamen.js";
import { metApi, uniek, zorgVoorZorgkantoor } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { zelfdeParameters } from "../http/voorbeelden/parameters.js";

const gw = metApi();
let beheer: TestGebruiker;
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;
const zk = uniek("zk");

// Years no other test file writes parameters or kaders for (the matrix uses 2091–2100); each
// test takes its own so the files can run in parallel.
const jaren = [2031, 2032, 2033, 2034, 2035, 2036, 2037, 2028];

beforeAll(async () => {
  await zorgVoorZorgkantoor(zk);
  [beheer, aanbieder, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "landelijk-beheer" }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: uniek("aanbieder") }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zk }]),
  ]);
});

const als = (g: TestGebruiker, pad: string, methode = "GET", body?: unknown) =>
  vraag(gw, pad, { methode, body, token: g.idToken });

describe("jaarparameters (§3.1, §2)", () => {
  it("geeft voor 2020 de waarden van §3.1", async () => {
    const r = await als(aanbieder, "/api/parameters/2020");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      jaar: 2020,
      versie: 1,
      landelijkBudget: "1100000000.00",
      compensatie: "125000000.00",
      beschikbaarPersoneelOverig: "975000000.00",
      richtlijnPersoneel: "0.85",
      reserveringspercentage: "0.11",
      voorschotpercentage: "0.75",
      basisjaar: 2018,
    });
    const r2019 = await als(beoordelaar, "/api/parameters/2019");
    expect(r2019.body).toMatchObject({ landelijkBudget: "600000000.00", compensatie: "0.00" });
  });

  it("neemt voor een later jaar zonder ingevoerde versie de waarden van 2020 over", async () => {
    const r = await als(aanbieder, `/api/parameters/${jaren[0]}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      jaar: jaren[0],
      versie: 1,
      landelijkBudget: "1100000000.00",
      voorschotpercentage: "0.75",
    });
  });

  it("landelijk-beheer voert een nieuwe versie in: die geldt, en de versies tonen beide", async () => {
    const jaar = jaren[1]!;
    const nieuw = {
      ...zelfdeParameters(jaar),
      landelijkBudget: "1200000000.00",
      compensatie: "100000000.00",
      beschikbaarPersoneelOverig: "1100000000.00",
      voorschotpercentage: "0.80",
    };
    const r = await als(beheer, `/api/parameters/${jaar}`, "PUT", nieuw);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ bron: "ingevoerd", parameters: { versie: 2 } });

    const g = await als(aanbieder, `/api/parameters/${jaar}`);
    expect(g.body).toMatchObject({
      versie: 2,
      landelijkBudget: "1200000000.00",
      voorschotpercentage: "0.8",
    });
    // Handlers that compute read the same version through the data layer.
    expect((await parametersInGebruik(jaar)).voorschotpercentage.toString()).toBe("0.8");

    const v = await als(beoordelaar, `/api/parameters/${jaar}/versies`);
    expect(v.status).toBe(200);
    const versies = v.body as {
      inGebruik: number;
      versies: { bron: string; parameters: { versie: number; landelijkBudget: string } }[];
    };
    expect(versies.inGebruik).toBe(2);
    expect(
      versies.versies.map((x) => [x.bron, x.parameters.versie, x.parameters.landelijkBudget]),
    ).toEqual([
      ["standaard", 1, "1100000000.00"],
      ["ingevoerd", 2, "1200000000.00"],
    ]);

    // Audited with before and after (§12).
    const audit = await leesAudit(parametersPk(jaar));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      gebeurtenis: "parameters_gewijzigd",
      wie: { sub: beheer.sub, rol: "landelijk-beheer" },
      voor: { versie: 1, landelijkBudget: "1100000000.00" },
      na: { versie: 2, landelijkBudget: "1200000000.00" },
    });
  });

  it("weigert een aanbieder die parameters invoert (403) en verandert niets", async () => {
    const jaar = jaren[2]!;
    const r = await als(aanbieder, `/api/parameters/${jaar}`, "PUT", zelfdeParameters(jaar));
    expect(r.status).toBe(403);
    const v = await als(beheer, `/api/parameters/${jaar}/versies`);
    expect((v.body as { versies: unknown[] }).versies).toHaveLength(1);
  });

  it("van twee gelijktijdige invoeringen van hetzelfde versienummer slaagt er één, de andere krijgt 409", async () => {
    // Deterministic race at the data layer: both read "newest = 1" and both write versie 2.
    const jaar = jaren[3]!;
    const versie2 = (voorschotpercentage: string) => ({
      ...zelfdeParameters(jaar),
      voorschotpercentage,
      versie: 2,
    });
    const ctx = {
      wie: { sub: beheer.sub, rol: "landelijk-beheer" as const },
      nu: new Date(),
      correlatieId: uniek("t"),
    };
    const uitkomsten = await Promise.all([
      voerParametersIn(versie2("0.75"), { ...zelfdeParameters(jaar), versie: 1 }, ctx),
      voerParametersIn(versie2("0.70"), { ...zelfdeParameters(jaar), versie: 1 }, ctx),
    ]);
    expect(uitkomsten.filter((u) => u.ok)).toHaveLength(1);
    const weigering = uitkomsten.find((u) => !u.ok);
    expect(weigering).toMatchObject({ ok: false, weigering: { status: 409, code: "CONFLICT" } });
    expect(await ingevoerdeVersies(jaar)).toHaveLength(1);
    expect(await leesAudit(parametersPk(jaar))).toHaveLength(1);
  });

  it("gelijktijdige invoeringen over HTTP: nooit twee keer hetzelfde versienummer, een verliezer krijgt 409", async () => {
    const jaar = jaren[6]!;
    const antwoorden = await Promise.all(
      ["0.71", "0.72", "0.73", "0.74"].map((p) =>
        als(beheer, `/api/parameters/${jaar}`, "PUT", {
          ...zelfdeParameters(jaar),
          voorschotpercentage: p,
        }),
      ),
    );
    for (const a of antwoorden) expect([201, 409], JSON.stringify(a.body)).toContain(a.status);
    for (const a of antwoorden.filter((x) => x.status === 409))
      expect(a.headers.get("content-type")).toMatch(/problem\+json/);
    const gelukt = antwoorden.filter((a) => a.status === 201);
    const nummers = gelukt.map(
      (a) => (a.body as { parameters: { versie: number } }).parameters.versie,
    );
    // Each success got its own number, 2, 3, … without gaps; the stored versions are exactly those.
    expect([...nummers].sort((a, b) => a - b)).toEqual(nummers.map((_, i) => i + 2));
    const v = await als(beheer, `/api/parameters/${jaar}/versies`);
    expect((v.body as { versies: unknown[] }).versies).toHaveLength(1 + gelukt.length);
    expect(await leesAudit(parametersPk(jaar))).toHaveLength(gelukt.length);
  });

  it("weigert een onjuiste inhoud met 422 en noemt het veld; er verandert niets", async () => {
    const jaar = jaren[4]!;
    const gevallen: [unknown, string][] = [
      [{ ...zelfdeParameters(jaar), voorschotpercentage: "1.5" }, "voorschotpercentage"],
      [{ ...zelfdeParameters(jaar), landelijkBudget: "veel" }, "landelijkBudget"],
      [{ ...zelfdeParameters(jaar), jaar: jaar + 1 }, "jaar"],
      [{ ...zelfdeParameters(jaar), compensatie: "1.00" }, "beschikbaarPersoneelOverig"],
      [
        { ...zelfdeParameters(jaar), loonkostenBand: { min: "90000.00", max: "80000.00" } },
        "loonkostenBand.max",
      ],
      // §3.1: values that make a rule meaningless (shared/parameters/controle.ts).
      [
        { ...zelfdeParameters(jaar), gewichten: { ...zelfdeParameters(jaar).gewichten, VV5: "0" } },
        "gewichten.VV5",
      ],
      [
        {
          ...zelfdeParameters(jaar),
          gewichten: { ...zelfdeParameters(jaar).gewichten, VV9b: "-1.60" },
        },
        "gewichten.VV9b",
      ],
      [{ ...zelfdeParameters(jaar), reserveringspercentage: "0" }, "reserveringspercentage"],
      [{ ...zelfdeParameters(jaar), voorschotpercentage: "0.00" }, "voorschotpercentage"],
      [{ ...zelfdeParameters(jaar), richtlijnPersoneel: "0" }, "richtlijnPersoneel"],
      [{ ...zelfdeParameters(jaar), productieAfwijkingSignaal: "0" }, "productieAfwijkingSignaal"],
      // Strict input: an unknown field is refused by name, not dropped; amounts have a maximum.
      [{ ...zelfdeParameters(jaar), geheim: "x".repeat(10_000) }, "geheim"],
      [
        { ...zelfdeParameters(jaar), loonkostenBand: { min: "1.00", max: "2.00", extra: "1" } },
        "loonkostenBand.extra",
      ],
      [{ ...zelfdeParameters(jaar), landelijkBudget: "9".repeat(40) }, "landelijkBudget"],
    ];
    for (const [body, veld] of gevallen) {
      const r = await als(beheer, `/api/parameters/${jaar}`, "PUT", body);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.body).toMatchObject({ veld });
      // The field by its Dutch label on screen; the path itself is in `veld` (above).
      expect(String(r.body?.detail)).toMatch(new RegExp(`^${veldNaam(veld)}: `));
    }
    const v = await als(beheer, `/api/parameters/${jaar}/versies`);
    expect((v.body as { versies: unknown[] }).versies).toHaveLength(1);
  });
});

describe("regionale kaders (§5.3)", () => {
  it("stelt kaders in tot het landelijke budget; daarboven 422 met het veld; de zorgkantoor ziet het eigen kader", async () => {
    const jaar = jaren[5]!;
    const ander = uniek("zk");
    await zorgVoorZorgkantoor(ander);
    const eerste = await als(beheer, `/api/kaders/${jaar}/${zk}`, "PUT", {
      bedrag: "1000000000.00",
    });
    expect(eerste.status, JSON.stringify(eerste.body)).toBe(200);
    expect(eerste.body).toMatchObject({
      kader: "1000000000.00",
      ruimte: "1000000000.00",
      versie: 1,
    });

    const teveel = await als(beheer, `/api/kaders/${jaar}/${ander}`, "PUT", {
      bedrag: "100000000.01",
    });
    expect(teveel.status, JSON.stringify(teveel.body)).toBe(422);
    expect(teveel.body).toMatchObject({ code: "KADERS_BOVEN_LANDELIJK", veld: "bedrag" });

    const past = await als(beheer, `/api/kaders/${jaar}/${ander}`, "PUT", {
      bedrag: "100000000.00",
    });
    expect(past.status, JSON.stringify(past.body)).toBe(200);

    // Raising the first one by a cent would exceed the national amount too.
    const hoger = await als(beheer, `/api/kaders/${jaar}/${zk}`, "PUT", {
      bedrag: "1000000000.01",
      versie: 1,
    });
    expect(hoger.status).toBe(422);

    const alle = await als(beheer, `/api/kaders/${jaar}`);
    expect(alle.body).toMatchObject({ landelijkBudget: "1100000000.00" });
    expect((alle.body as { kaders: unknown[] }).kaders).toHaveLength(2);
    const eigen = await als(beoordelaar, `/api/kaders/${jaar}`);
    expect(eigen.status).toBe(200);
    expect(
      (eigen.body as { kaders: { zorgkantoorId: string }[] }).kaders.map((k) => k.zorgkantoorId),
    ).toEqual([zk]);

    expect((await als(aanbieder, `/api/kaders/${jaar}`)).status).toBe(403);
    expect(
      (await als(beoordelaar, `/api/kaders/${jaar}/${zk}`, "PUT", { bedrag: "1.00" })).status,
    ).toBe(403);
    // An unknown zorgkantoor is not given a kader.
    expect(
      (await als(beheer, `/api/kaders/${jaar}/${uniek("zk")}`, "PUT", { bedrag: "1.00" })).status,
    ).toBe(404);
    // A lower national budget that the kaders already set would exceed is refused.
    const lager = await als(beheer, `/api/parameters/${jaar}`, "PUT", {
      ...zelfdeParameters(jaar),
      landelijkBudget: "1000000000.00",
      beschikbaarPersoneelOverig: "875000000.00",
    });
    expect(lager.status, JSON.stringify(lager.body)).toBe(422);
    expect(lager.body).toMatchObject({ veld: "landelijkBudget" });
  });

  it("een hoger landelijk budget geeft de regionale kaders meer ruimte; de teller volgt elke versie", async () => {
    const jaar = jaren[7]!;
    const [b, c] = [uniek("zk"), uniek("zk")];
    await Promise.all([zorgVoorZorgkantoor(b), zorgVoorZorgkantoor(c)]);
    const kader = (id: string, bedrag: string) =>
      als(beheer, `/api/kaders/${jaar}/${id}`, "PUT", { bedrag });
    const budget = (landelijkBudget: string, beschikbaarPersoneelOverig: string) =>
      als(beheer, `/api/parameters/${jaar}`, "PUT", {
        ...zelfdeParameters(jaar),
        landelijkBudget,
        beschikbaarPersoneelOverig,
      });
    expect((await kader(zk, "1000000000.00")).status).toBe(200); // the counter starts at 1,1 mld
    expect((await kader(b, "150000000.00")).status).toBe(422);

    let r = await budget("1200000000.00", "1075000000.00");
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    r = await kader(b, "150000000.00");
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await kader(c, "50000000.01")).status).toBe(422);

    // Lower again, still above the kaders (1,15 mld): the room shrinks with it.
    r = await budget("1160000000.00", "1035000000.00");
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await kader(c, "10000000.01")).status).toBe(422);
    r = await kader(c, "10000000.00");
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // Below the kaders now set (1,16 mld): refused, nothing written.
    r = await budget("1159999999.99", "1034999999.99");
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "landelijkBudget" });
    expect((await ingevoerdeVersies(jaar)).map((v) => v.parameters.versie)).toEqual([2, 3]);
  });
});
