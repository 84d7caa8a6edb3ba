// docs/regels.md §8 and §13 D over HTTP with the portal clock (x-kb-klok): four agreed aanbieders under
// one zorgkantoor with a kader of 7.500.000, fully agreed; A, B and C report their October
// realisatie (Jan–Sep, projected to the year), D reports none (P = A). The proposal gives
// A −200.000, B +150.000, C +50.000, D 0 (room 200.000 < demand 400.000, pro rata); an edited
// proposal above the approved aanvraag is refused listing the violation, nothing stored; the
// decision — a proposal by one zorgkantoor-beheer user, approved by another (§15.2 four eyes) —
// records the herschikking agreements, keeps the kader at 7.500.000 and gives the voorschot a new
// basis from December.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesKader } from "#functions/data/kaders.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { afgesproken, D, zorgkantoorMetKader } from "./opzet.js";
import { besluitMetVierOgen } from "./vierogen.js";

const gw = metApi();
let zk: string;
let zaken: AanvraagRecord[];
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
let beoordelaar: TestGebruiker;
let vreemd: TestGebruiker;

const op = (dag: string) => ({ "x-kb-klok": `${dag}T10:00:00+01:00` });

/** October window (Jan–Sep): P × 9/12 spent so far; projection × 12/9 gives P back. */
const OKTOBER: Record<string, string> = { A: "600000.00", B: "1800000.00", C: "1200000.00" };

beforeAll(async () => {
  zk = await zorgkantoorMetKader();
  zaken = [];
  for (const a of D) zaken.push(await afgesproken(zk, a));
  [beheer, beheer2, beoordelaar, vreemd] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: "een-ander-zorgkantoor" }]),
  ]);
  const aanbieders = await Promise.all(
    zaken.map((z) => gebruiker([{ rol: "aanbieder", aanbiederId: z.aanbiederId }])),
  );
  for (const [i, a] of D.entries()) {
    const kosten = OKTOBER[a.naam];
    if (!kosten) continue;
    const r = await vraag(gw, `/api/aanvragen/${zaken[i]!.id}/realisaties/oktober`, {
      methode: "PUT",
      token: aanbieders[i]!.idToken,
      headers: { "x-kb-klok": "2020-10-15T10:00:00+02:00" },
      body: {
        personeel: [{ regelId: "p1", extraFte: `${a.fte}.0`, kostenTotNu: kosten }],
        overige: [{ regelId: "o1", uitgavenTotNu: "0.00" }],
        vorigeVersie: 0,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
}, 60_000);

const pad = () => `/api/zorgkantoren/${zk}/herschikking/2020`;

interface Regel {
  aanvraagId: string;
  versie: number;
  afspraak: string;
  aangevraagd: string;
  prognose: string;
  prognoseBron: string;
  nieuweAfspraak: string;
  mutatie: string;
}

async function voorstel(token: string) {
  const r = await vraag(gw, pad(), { token, headers: op("2020-11-10") });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as {
    regels: Regel[];
    ruimte: string;
    naarRato: boolean;
    totaalAfspraken: string;
    kader: string;
  };
}

const regelVan = (regels: Regel[], i: number) => regels.find((r) => r.aanvraagId === zaken[i]!.id)!;

describe("herschikking over HTTP (§8, §13 D)", () => {
  it("stelt de herschikking van §13 D voor uit de afspraken, aanvragen en oktoberprognoses", async () => {
    const v = await voorstel(beoordelaar.idToken);
    expect(v.kader).toBe("7500000.00");
    expect(v.ruimte).toBe("200000.00");
    expect(v.naarRato).toBe(true);
    expect(v.totaalAfspraken).toBe("7500000.00");
    const mutaties = D.map((_, i) => regelVan(v.regels, i).mutatie);
    expect(mutaties).toEqual(["-200000.00", "150000.00", "50000.00", "0.00"]);
    expect(regelVan(v.regels, 1)).toMatchObject({
      afspraak: "2000000.00",
      aangevraagd: "2300000.00",
      prognose: "2400000.00",
      prognoseBron: "oktober",
    });
    expect(regelVan(v.regels, 3)).toMatchObject({
      prognose: "3000000.00",
      prognoseBron: "afspraak",
    });
  });

  it("geeft A, Q en P per categorie voor het scherm; P per categorie alleen uit oktober", async () => {
    const v = await voorstel(beoordelaar.idToken);
    const perCategorie = (i: number) =>
      (regelVan(v.regels, i) as Regel & { perCategorie: unknown }).perCategorie;
    // B: A 1.700.000 + 300.000, Q 20 fte × 85.000 + 600.000; October: 1.800.000 × 12/9, overige 0.
    expect(perCategorie(1)).toEqual({
      personeel: { afspraak: "1700000.00", aangevraagd: "1700000.00", prognose: "2400000.00" },
      overige: { afspraak: "300000.00", aangevraagd: "600000.00", prognose: "0.00" },
    });
    // D: no October realisatie, so no projection per category (P = A only as a total).
    expect(perCategorie(3)).toEqual({
      personeel: { afspraak: "2550000.00", aangevraagd: "2550000.00", prognose: null },
      overige: { afspraak: "450000.00", aangevraagd: "450000.00", prognose: null },
    });
  });

  it("geeft een ander zorgkantoor 404 en laat een beoordelaar niet besluiten (403)", async () => {
    expect((await vraag(gw, pad(), { token: vreemd.idToken })).status).toBe(404);
    // §15.2: neither half of the decision is a beoordelaar's.
    for (const stap of ["voorstel", "goedkeuring"]) {
      const r = await vraag(gw, `${pad()}/${stap}`, {
        methode: "POST",
        token: beoordelaar.idToken,
        body: stap === "voorstel" ? { voorstel: [] } : { versie: 1 },
      });
      expect(r.status).toBe(403);
    }
  });

  it("weigert een gewijzigd voorstel boven de goedgekeurde aanvraag met alle overtredingen (422), niets opgeslagen", async () => {
    const v = await voorstel(beheer.idToken);
    const bedragen = ["800000.00", "2400000.00", "1300000.00", "3000000.00"];
    const regels = D.map((_, i) => {
      const r = regelVan(v.regels, i);
      return { aanvraagId: r.aanvraagId, versie: r.versie, nieuweAfspraak: bedragen[i]! };
    });
    const r = await vraag(gw, `${pad()}/voorstel`, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-11-20"),
      body: { voorstel: regels, reden: "herschikking november 2020" },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body?.code).toBe("HERSCHIKKING_VOLDOET_NIET");
    const overtredingen = r.body?.overtredingen as { code: string; veld: string }[];
    expect(overtredingen).toEqual([
      expect.objectContaining({
        code: "AFSPRAAK_BOVEN_AANVRAAG",
        veld: "voorstel[1].nieuweAfspraak",
      }),
    ]);
    expect((await leesAfspraken(zaken[1]!.id)).length).toBe(1);
    expect((await leesKader(zk, 2020))!.afgesproken.toFixed(2)).toBe("7500000.00");
  });

  it("legt het voorstel vast: afspraken per aanvraag als herschikking, kader blijft 7.500.000", async () => {
    const v = await voorstel(beheer.idToken);
    const body = {
      voorstel: v.regels.map((x) => ({
        aanvraagId: x.aanvraagId,
        versie: x.versie,
        nieuweAfspraak: x.nieuweAfspraak,
      })),
      reden: "herschikking november 2020",
    };
    // §15.2 four eyes: the proposer cannot approve their own proposal; nothing changes.
    const vastgelegd = await vraag(gw, `${pad()}/voorstel`, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-11-20"),
      body,
    });
    expect(vastgelegd.status, JSON.stringify(vastgelegd.body)).toBe(201);
    const zelf = await vraag(gw, `${pad()}/goedkeuring`, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-11-20"),
      body: { versie: vastgelegd.body!.versie },
    });
    expect(zelf.status).toBe(403);
    expect(zelf.body).toMatchObject({ code: "VIER_OGEN" });
    expect(zelf.body!.detail).toMatch(/andere medewerker/);
    expect((await leesAfspraken(zaken[0]!.id)).length).toBe(1);
    // The proposal is on the page for the other user, who may approve it.
    const pagina = await vraag(gw, pad(), { token: beheer2.idToken, headers: op("2020-11-20") });
    expect(pagina.body!.vastgelegd).toMatchObject({ doorU: false, reden: body.reden });
    const r = await besluitMetVierOgen(gw, pad(), {
      voorsteller: beheer.idToken,
      goedkeurder: beheer2.idToken,
      headers: op("2020-11-20"),
      body,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: "toegepast" });
    expect(r.body).toMatchObject({ afgesproken: "7500000.00", regionaalKader: "7500000.00" });
    expect(r.body!.gewijzigd as unknown[]).toHaveLength(3);
    const kader = (await leesKader(zk, 2020))!;
    expect(kader.afgesproken.toFixed(2)).toBe("7500000.00");
    const verwacht = ["800000.00", "2150000.00", "1550000.00", "3000000.00"];
    for (const [i, z] of zaken.entries()) {
      const historie = await leesAfspraken(z.id);
      expect(historie.at(-1)!.totaal).toBe(verwacht[i]);
      expect(historie.at(-1)!.soort).toBe(i === 3 ? "initieel" : "herschikking");
    }
    // §6: the voorschot basis follows the new agreement from December.
    const b = (await leesAanvraag(zaken[1]!.id))!;
    const basis = b.overig.voorschot!.basis;
    expect(basis.at(-1)).toMatchObject({ vanafMaand: "2020-12", bedrag: "2150000.00" });
    // A new proposal starts from the decided agreements: nothing left to move.
    const na = await voorstel(beheer.idToken);
    expect(na.totaalAfspraken).toBe("7500000.00");
  });
});
