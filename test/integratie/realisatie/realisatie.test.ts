// docs/regels.md §7, §3.2, §6 over HTTP with the portal clock (x-kb-klok): a tussentijdse realisatie
// in May is accepted; in June the May window is locked (422, nothing stored) until
// zorgkantoor-beheer reopens it with a reason; the July window is not open yet. The zorgkantoor
// confirms the realisatie and the next monthly run pays on the new basis. Also the year report
// (1 January – 31 March t+1) and the scope of another aanbieder (404).
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { betaalopdrachtenVanAanvraag } from "#functions/data/betaalopdrachten.js";
import { leesRealisaties } from "#functions/data/realisaties.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";

const gw = metApi();
let zaak: AanvraagRecord;
let a: TestGebruiker;
let b: TestGebruiker;
let beheer: TestGebruiker;

beforeAll(async () => {
  zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
  [a, b, beheer] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: "aanbieder-b-realisatie" }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
});

const op = (dag: string) => ({ "x-kb-klok": `${dag}T10:00:00+02:00` });

/** Jan–Apr: 250.000 personeel (projection 750.000); overige 20.000 + 40.000 (proj. 60.000, 120.000). */
const MEI = {
  personeel: [{ regelId: "p1", extraFte: "8.5", kostenTotNu: "250000.00" }],
  overige: [
    { regelId: "o1", uitgavenTotNu: "20000.00" },
    { regelId: "o2", uitgavenTotNu: "40000.00" },
  ],
};

const meld = (venster: string, dag: string, vorigeVersie: number, token = a.idToken) =>
  vraag(gw, `/api/aanvragen/${zaak.id}/realisaties/${venster}`, {
    methode: "PUT",
    token,
    headers: op(dag),
    body: { ...MEI, vorigeVersie },
  });

const overzicht = async (dag: string) => {
  const r = await vraag(gw, `/api/aanvragen/${zaak.id}/realisaties`, {
    token: a.idToken,
    headers: op(dag),
  });
  expect(r.status).toBe(200);
  return r.body!.vensters as { soort: string; status: string; versies: number }[];
};

const run = (maand: number, dag: string) =>
  vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/voorschot/maandrun`, {
    methode: "POST",
    token: beheer.idToken,
    headers: op(dag),
    body: { jaar: 2020, maand },
  });

describe("tussentijdse realisatie in zijn venster (§7, §3.2)", () => {
  it("neemt in mei de realisatie aan, met projectie en aangepaste voorschotbasis", async () => {
    const r = await meld("mei", "2020-05-12", 0);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ soort: "mei", versie: 1, jaar: 2020 });
    expect(r.body!.berekening).toMatchObject({
      maandenGedekt: 4,
      projectiePersoneel: "750000.00",
      subsidiabelPersoneel: "750000.00",
      subsidiabelOverige: "150000.00",
      compensatie: "24000.00",
      afspraak: "1024000.00",
      aangepasteBasis: "924000.00",
      vanafMaand: "2020-06",
    });
    expect((await overzicht("2020-05-12")).find((v) => v.soort === "mei")).toMatchObject({
      status: "open",
      versies: 1,
    });
  });

  it("weigert in juni (venster gesloten, niets opgeslagen) tot beheer het heropent; juli is nog niet open", async () => {
    const dicht = await meld("mei", "2020-06-15", 1);
    expect(dicht.status).toBe(422);
    expect(dicht.body).toMatchObject({ code: "VENSTER_GESLOTEN", veld: "venster" });
    expect(String(dicht.body!.detail)).toContain("31-05-2020");
    const juli = await meld("juli", "2020-06-15", 0);
    expect(juli.status).toBe(422);
    expect(juli.body).toMatchObject({ code: "VENSTER_NOG_NIET_OPEN" });
    expect(String(juli.body!.detail)).toMatch(/^venster nog niet open: .*01-07-2020/);
    expect((await leesRealisaties(zaak.id)).map((x) => [x.soort, x.nummer])).toEqual([["mei", 1]]);

    // Only zorgkantoor-beheer reopens, with a reason (§3.2).
    const doorAanbieder = await vraag(gw, `/api/aanvragen/${zaak.id}/vensters/mei/heropening`, {
      methode: "POST",
      token: a.idToken,
      headers: op("2020-06-15"),
      body: { reden: "graag", uiterlijk: "2020-06-30" },
    });
    expect(doorAanbieder.status).toBe(403);
    const zonderReden = await vraag(gw, `/api/aanvragen/${zaak.id}/vensters/mei/heropening`, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-06-15"),
      body: { reden: " ", uiterlijk: "2020-06-30" },
    });
    expect(zonderReden.status).toBe(422);
    expect(zonderReden.body).toMatchObject({ veld: "reden" });
    const heropend = await vraag(gw, `/api/aanvragen/${zaak.id}/vensters/mei/heropening`, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-06-15"),
      body: { reden: "personeelsadministratie was te laat", uiterlijk: "2020-06-30" },
    });
    expect(heropend.status, JSON.stringify(heropend.body)).toBe(200);
    expect(heropend.body).toMatchObject({ soort: "mei", status: "heropend", versie: 1 });
    const audit = await leesAudit(aanvraagPk(zaak.id));
    expect(audit.find((x) => x.gebeurtenis === "venster_heropend")).toMatchObject({
      reden: "personeelsadministratie was te laat",
      wie: { sub: beheer.sub, rol: "zorgkantoor-beheer" },
    });

    const verouderd = await meld("mei", "2020-06-16", 0);
    expect(verouderd.status).toBe(409);
    const weer = await meld("mei", "2020-06-16", 1);
    expect(weer.status, JSON.stringify(weer.body)).toBe(201);
    expect(weer.body).toMatchObject({ versie: 2 });
    expect((await overzicht("2020-06-16")).find((v) => v.soort === "mei")).toMatchObject({
      status: "heropend",
      versies: 2,
    });
    expect((await meld("mei", "2020-07-01", 2)).status).toBe(422);
  });

  it("verwerkt een bevestigde realisatie als nieuwe voorschotbasis in de volgende maandrun (§6)", async () => {
    for (const [maand, dag] of [
      [3, "2020-03-25"],
      [4, "2020-04-25"],
      [5, "2020-05-25"],
    ] as const)
      expect((await run(maand, dag)).status).toBe(200);
    const pad = `/api/aanvragen/${zaak.id}/realisaties/mei/bevestiging`;
    const oud = await vraag(gw, pad, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-06-20"),
      body: { realisatieVersie: 1 },
    });
    expect(oud.status).toBe(409);
    const doorAanbieder = await vraag(gw, pad, {
      methode: "POST",
      token: a.idToken,
      body: { realisatieVersie: 2 },
    });
    expect(doorAanbieder.status).toBe(403);
    const bevestigd = await vraag(gw, pad, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-06-20"),
      body: { realisatieVersie: 2 },
    });
    expect(bevestigd.status, JSON.stringify(bevestigd.body)).toBe(200);
    expect(bevestigd.body).toMatchObject({
      basisVersie: 2,
      vanafMaand: "2020-06",
      bedrag: "924000.00",
      basis: [
        { vanafMaand: "2020-01", bedrag: "1024000.00", versie: 1 },
        { vanafMaand: "2020-06", bedrag: "924000.00", versie: 2 },
      ],
    });
    const dubbel = await vraag(gw, pad, {
      methode: "POST",
      token: beheer.idToken,
      headers: op("2020-06-20"),
      body: { realisatieVersie: 2 },
    });
    expect(dubbel.status).toBe(409);
    expect(dubbel.body).toMatchObject({ code: "AL_BEVESTIGD" });

    // June: T(6) = 0,75 × 924.000 × 6/12 = 346.500,00; paid 320.000,00 → 26.500,00 on basis v2.
    expect((await run(6, "2020-06-25")).body).toMatchObject({ totaalAangemaakt: "26500.00" });
    const opdrachten = await betaalopdrachtenVanAanvraag(zaak.id);
    expect(opdrachten.map((o) => [o.maand, o.bedrag, o.basisVersie])).toEqual([
      [3, "192000.00", 1],
      [4, "64000.00", 1],
      [5, "64000.00", 1],
      [6, "26500.00", 2],
    ]);
    const schema = await vraag(gw, `/api/aanvragen/${zaak.id}/voorschot`, { token: a.idToken });
    // §15.3: ordered by the runs; no batch released them, so nothing is paid yet.
    expect(schema.body).toMatchObject({
      jaardoel: "693000.00",
      totaalBesteld: "346500.00",
      totaalBetaald: "0.00",
    });
    const vensters = (
      await vraag(gw, `/api/aanvragen/${zaak.id}/realisaties`, { token: a.idToken })
    ).body!.vensters as { soort: string; bevestigd: unknown }[];
    expect(vensters.find((v) => v.soort === "mei")!.bevestigd).toMatchObject({
      realisatieVersie: 2,
      basisVersie: 2,
      bedrag: "924000.00",
    });
  });

  it("geeft aanbieder B 404 op de realisatie en het schema van aanbieder A", async () => {
    const lezen = await vraag(gw, `/api/aanvragen/${zaak.id}/realisaties`, { token: b.idToken });
    expect(lezen.status).toBe(404);
    const melden = await meld("mei", "2020-05-12", 2, b.idToken);
    expect(melden.status).toBe(404);
    const schema = await vraag(gw, `/api/aanvragen/${zaak.id}/voorschot`, { token: b.idToken });
    expect(schema.status).toBe(404);
  });

  it("weigert ongeldige invoer met het veld, zonder iets op te slaan", async () => {
    const voor = (await leesRealisaties(zaak.id)).length;
    const r = await vraag(gw, `/api/aanvragen/${zaak.id}/realisaties/mei`, {
      methode: "PUT",
      token: a.idToken,
      headers: op("2020-05-12"),
      body: {
        ...MEI,
        personeel: [{ regelId: "p1", extraFte: "1", kostenTotNu: "-5" }],
        vorigeVersie: 2,
      },
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "personeel[0].kostenTotNu" });
    const venster = await meld("augustus", "2020-05-12", 2);
    expect(venster.status).toBe(422);
    expect((await leesRealisaties(zaak.id)).length).toBe(voor);
  });
});

describe("realisatie gehele jaar (jaarverslag, §7)", () => {
  const VERSLAG = {
    svLoon: { basis: "6000000.00", jaar: "7056000.00" },
    svDagen: { basis: 50000, jaar: 56000 },
    werkgeverslasten: "2116800.00",
    inhuur: { basis: "200000.00", jaar: "260000.00" },
    omzet: { basis: "9000000.00", jaar: "9300000.00" },
    clientdagen: {
      basis: { VV4: 7300, VV5: 14600, VV6: 10950, VV7: 3650, VV8: 0, VV9b: 0, VV10: 0 },
      jaar: { VV4: 5475, VV5: 14600, VV6: 12775, VV7: 4380, VV8: 0, VV9b: 0, VV10: 0 },
    },
    overige: [
      { regelId: "o1", gerealiseerd: "55000.00" },
      { regelId: "o2", gerealiseerd: "95000.00" },
    ],
  };
  const dien = (dag: string, vorigeVersie: number) =>
    vraag(gw, `/api/aanvragen/${zaak.id}/jaarverslag`, {
      methode: "PUT",
      token: a.idToken,
      headers: op(dag),
      body: { verslag: VERSLAG, vorigeVersie },
    });

  it("neemt het jaarverslag aan van 1 januari tot en met 31 maart t+1", async () => {
    const vroeg = await dien("2020-12-15", 0);
    expect(vroeg.status).toBe(422);
    expect(String(vroeg.body!.detail)).toContain("01-01-2021");
    const r = await dien("2021-02-01", 0);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      soort: "jaarverslag",
      versie: 1,
      berekening: null,
      inhoud: { svDagen: { basis: 50000, jaar: 56000 }, werkgeverslasten: "2116800.00" },
    });
    const laat = await dien("2021-04-01", 1);
    expect(laat.status).toBe(422);
    expect(laat.body).toMatchObject({ code: "VENSTER_GESLOTEN" });
  });
});
