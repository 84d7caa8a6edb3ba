// docs/regels.md §6, §13 A over HTTP: the monthly voorschot run for January–December 2020 on a case
// signed 20-03-2020 — March pays 192.000,00 (Jan–Mar), April–December 64.000,00 each, year total
// 768.000,00 — and run twice, or twice at once, it makes no second order. Also the scheduled
// Lambda (schema-handler.ts) and the schedule of one aanvraag, scoped per aanbieder.
import { describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import { betaalopdrachtenVanAanvraag } from "#functions/data/betaalopdrachten.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { handler as geplandeRun } from "#functions/voorschot/schema-handler.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";

const gw = metApi();

const klok = (maand: number, dag = 25, jaar = 2020) =>
  `${jaar}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}T09:00:00+01:00`;

async function beheerVan(zorgkantoorId: string): Promise<TestGebruiker> {
  return gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId }]);
}

const run = (zk: string, token: string, maand: number, extra: Record<string, unknown> = {}) =>
  vraag(gw, `/api/zorgkantoren/${zk}/voorschot/maandrun`, {
    methode: "POST",
    token,
    headers: { "x-kb-klok": klok(maand) },
    body: { jaar: 2020, maand, ...extra },
  });

const bedragen = async (aanvraagId: string) =>
  (await betaalopdrachtenVanAanvraag(aanvraagId)).map((o) => [o.maand, o.bedrag, o.basisVersie]);

describe("maandelijkse voorschotrun over HTTP (§6, §13 A)", () => {
  it("betaalt in maart 192.000,00 en april t/m december 64.000,00: samen 768.000,00", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const beheer = await beheerVan(zaak.zorgkantoorId);
    const aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]);
    const uitkomsten: unknown[] = [];
    for (let maand = 1; maand <= 12; maand++) {
      const r = await run(zaak.zorgkantoorId, beheer.idToken, maand);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      uitkomsten.push((r.body!.regels as { uitkomst: string; reden?: string }[])[0]);
    }
    expect(uitkomsten.slice(0, 2)).toEqual([
      expect.objectContaining({ uitkomst: "geen", reden: "voor_eerste_betaalmaand" }),
      expect.objectContaining({ uitkomst: "geen", reden: "voor_eerste_betaalmaand" }),
    ]);
    expect(await bedragen(zaak.id)).toEqual([
      [3, "192000.00", 1],
      ...Array.from({ length: 9 }, (_, i) => [i + 4, "64000.00", 1]),
    ]);

    const schema = await vraag(gw, `/api/aanvragen/${zaak.id}/voorschot`, {
      token: aanbieder.idToken,
    });
    expect(schema.status).toBe(200);
    // §15.3: the runs order; nothing is paid until a batch with second signature releases it.
    expect(schema.body).toMatchObject({
      totaalBesteld: "768000.00",
      totaalBetaald: "0.00",
      totaalGepland: "768000.00",
      jaardoel: "768000.00",
      teVerrekenen: "0.00",
      afspraak: {
        getekendOp: "2020-03-20",
        basis: [{ vanafMaand: "2020-01", bedrag: "1024000.00", versie: 1 }],
      },
    });
    const maanden = schema.body!.maanden as {
      maand: string;
      besteld: string;
      betaald: string;
      gepland: string;
    }[];
    expect(maanden.map((m) => m.besteld)).toEqual([
      "0.00",
      "0.00",
      "192000.00",
      ...Array(9).fill("64000.00"),
    ]);
    expect(maanden.map((m) => m.gepland)).toEqual(maanden.map((m) => m.besteld));
    expect(maanden.every((m) => m.betaald === "0.00")).toBe(true);

    // The audit's "when" is the portal clock of the run (§3.1, §12).
    const audit = await leesAudit(aanvraagPk(zaak.id));
    const maart = audit.find(
      (a) =>
        a.gebeurtenis === "voorschot_betaalopdracht" && (a.na as { maand: number }).maand === 3,
    );
    expect(maart?.wanneer).toBe(new Date(klok(3)).toISOString());
    expect(maart?.wie).toEqual({
      sub: beheer.sub,
      rol: "zorgkantoor-beheer",
      email: beheer.email,
    });
  });

  it("maakt bij twee keer draaien, en twee keer tegelijk, geen tweede opdracht", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const beheer = await beheerVan(zaak.zorgkantoorId);
    const eerste = await run(zaak.zorgkantoorId, beheer.idToken, 3);
    expect(eerste.body).toMatchObject({ aantalAangemaakt: 1, totaalAangemaakt: "192000.00" });
    const tweede = await run(zaak.zorgkantoorId, beheer.idToken, 3);
    expect(tweede.body).toMatchObject({ aantalAangemaakt: 0, totaalAangemaakt: "0.00" });
    expect((tweede.body!.regels as { reden: string }[])[0]!.reden).toBe("al_besteld");

    for (const maand of [4, 5]) {
      const tegelijk = await Promise.all([
        run(zaak.zorgkantoorId, beheer.idToken, maand),
        run(zaak.zorgkantoorId, beheer.idToken, maand),
        run(zaak.zorgkantoorId, beheer.idToken, maand),
      ]);
      expect(tegelijk.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(tegelijk.reduce((n, r) => n + Number(r.body!.aantalAangemaakt), 0)).toBe(1);
    }
    expect(await bedragen(zaak.id)).toEqual([
      [3, "192000.00", 1],
      [4, "64000.00", 1],
      [5, "64000.00", 1],
    ]);
    const audit = await leesAudit(aanvraagPk(zaak.id));
    expect(audit.filter((a) => a.gebeurtenis === "voorschot_betaalopdracht")).toHaveLength(3);
  });

  it("betaalt bij runs van verschillende maanden tegelijk niet meer dan T(m)", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const beheer = await beheerVan(zaak.zorgkantoorId);
    expect((await run(zaak.zorgkantoorId, beheer.idToken, 3)).status).toBe(200);
    // April and May at once, both reading "192.000,00 paid": without the stand guard April would
    // pay 64.000,00 and May 128.000,00 — 384.000,00 > T(5) = 320.000,00.
    const [april, mei] = await Promise.all([
      run(zaak.zorgkantoorId, beheer.idToken, 4),
      run(zaak.zorgkantoorId, beheer.idToken, 5),
    ]);
    expect([april.status, mei.status]).toEqual([200, 200]);
    expect([april.body!.aantalFouten, mei.body!.aantalFouten]).toEqual([0, 0]);
    const opdrachten = await betaalopdrachtenVanAanvraag(zaak.id);
    expect(som(opdrachten.map((o) => new Decimal(o.bedrag))).toFixed(2)).toBe("320000.00");
    // June catches up to T(6) whichever of the two won.
    await run(zaak.zorgkantoorId, beheer.idToken, 6);
    const na = await betaalopdrachtenVanAanvraag(zaak.id);
    expect(som(na.map((o) => new Decimal(o.bedrag))).toFixed(2)).toBe("384000.00");
  });

  it("schrijft niets bij een proefrun en betaalt geen maand vooruit", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const beheer = await beheerVan(zaak.zorgkantoorId);
    const proef = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/voorschot/maandrun`, {
      methode: "POST",
      token: beheer.idToken,
      headers: { "x-kb-klok": klok(2, 10) },
      body: { jaar: 2020, maand: 3, proef: true },
    });
    expect(proef.status).toBe(200);
    expect(proef.body).toMatchObject({ proef: true, totaalAangemaakt: "192000.00" });
    expect((proef.body!.regels as { uitkomst: string }[])[0]!.uitkomst).toBe("zou_aanmaken");
    const vooruit = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/voorschot/maandrun`, {
      methode: "POST",
      token: beheer.idToken,
      headers: { "x-kb-klok": klok(2, 10) },
      body: { jaar: 2020, maand: 3 },
    });
    expect(vooruit.status).toBe(422);
    expect(vooruit.body).toMatchObject({ code: "MAAND_NOG_NIET_BEGONNEN", veld: "maand" });
    expect(await bedragen(zaak.id)).toEqual([]);
  });

  it("weigert een beoordelaar (403) en beheer van een ander zorgkantoor (404)", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const beoordelaar = await gebruiker([
      { rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId },
    ]);
    const ander = await beheerVan("zk-ander-test");
    expect((await run(zaak.zorgkantoorId, beoordelaar.idToken, 3)).status).toBe(403);
    const r = await run(zaak.zorgkantoorId, ander.idToken, 3);
    expect(r.status).toBe(404);
    expect(await bedragen(zaak.id)).toEqual([]);
    const fout = await run(zaak.zorgkantoorId, (await beheerVan(zaak.zorgkantoorId)).idToken, 13);
    expect(fout.status).toBe(422);
    expect(fout.body).toMatchObject({ veld: "maand" });
  });
});

describe("de geplande maandrun (EventBridge Scheduler)", () => {
  // A year of its own: the scheduled run goes over every zorgkantoor of the shared table.
  const JAAR = 2097;

  it("draait standaard de lopende maand (Amsterdam) en maakt bij herhalen niets dubbel", async () => {
    const zaak = await zaakIn("addendum_getekend", {
      jaar: JAAR,
      getekendOp: amsterdam(JAAR, 3, 20, 12, 0),
      inhoud: "voorbeeldA",
    });
    const nu = amsterdam(JAAR, 4, 1, 0, 30); // 31 March 22:30 UTC: already April in Amsterdam
    const u = await geplandeRun({}, undefined, { nu });
    expect(u).toMatchObject({ jaar: JAAR, maand: 4, aantalFouten: 0 });
    const eigen = u.regels.filter((r) => r.aanvraagId === zaak.id);
    // April on a case signed 20 March: Jan–Apr at once (T(4) = 256.000,00).
    expect(eigen).toEqual([
      expect.objectContaining({ uitkomst: "aangemaakt", bedrag: "256000.00" }),
    ]);
    const nogEens = await Promise.all([
      geplandeRun({ jaar: JAAR, maand: 4 }, undefined, { nu }),
      geplandeRun({ jaar: JAAR, maand: 4 }, undefined, { nu }),
    ]);
    expect(
      nogEens
        .flatMap((x) => x.regels)
        .filter((r) => r.aanvraagId === zaak.id && r.uitkomst === "aangemaakt"),
    ).toEqual([]);
    expect(await bedragen(zaak.id)).toEqual([[4, "256000.00", 1]]);
  });

  it("weigert een ongeldig event", async () => {
    await expect(geplandeRun({ jaar: JAAR })).rejects.toThrow(/jaar en maand samen/);
    await expect(geplandeRun({ jaar: JAAR, maand: 0 })).rejects.toThrow(/maand/);
  });
});

describe("het voorschotschema van één aanvraag (§6, §1)", () => {
  it("toont de eigen aanbieder en het zorgkantoor het schema; aanbieder B krijgt 404", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const [a, b, beoordelaar, landelijk] = await Promise.all([
      gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
      gebruiker([{ rol: "aanbieder", aanbiederId: "aanbieder-b-test" }]),
      gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
      gebruiker([{ rol: "landelijk-beheer" }]),
    ]);
    const pad = `/api/aanvragen/${zaak.id}/voorschot`;
    expect((await vraag(gw, pad, { token: a.idToken })).status).toBe(200);
    expect((await vraag(gw, pad, { token: beoordelaar.idToken })).status).toBe(200);
    expect((await vraag(gw, pad, { token: landelijk.idToken })).status).toBe(200);
    const r = await vraag(gw, pad, { token: b.idToken });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ code: "NIET_GEVONDEN" });
    const onbekend = await vraag(gw, "/api/aanvragen/bestaat-niet/voorschot", { token: a.idToken });
    expect(onbekend.status).toBe(404);
    expect(onbekend.body!.detail).toBe(r.body!.detail);
  });
});
