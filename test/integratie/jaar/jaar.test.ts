// The whole year 2020 over HTTP, as the users do it, with the portal clock (x-kb-klok) at each
// step's realistic date (Europe/Amsterdam): the aanbieder submits with a PDF (§4), the zorgkantoor
// asks for aanvulling and the aanbieder submits a new version (§4.3), a beoordelaar proposes the
// toekenning and a zorgkantoor-beheer user approves it (§5, §1), both sign the addendum, the monthly
// voorschot job runs January–December (§6, §13 A), realisatie in its windows and refused outside
// them (§7, §3.2), the herschikking proposal and decision (§8), the year report, the nacalculatie
// and the vaststelling with four eyes (§9, §13 E). Amounts are §13's, to the cent.
//
// Choices: the May realisatie is accepted but not confirmed, so the voorschot basis stays
// 1.024.000,00 (§13 A holds); the October projection equals the agreement (P = A = Q = 1.000.000
// excl. compensatie), so the herschikking proposes mutatie 0,00 and the agreement stays
// 1.024.000,00 — which keeps §13 E exact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { betaalopdrachtenVanAanvraag } from "#functions/data/betaalopdrachten.js";
import { sluitClients } from "#functions/data/clients.js";
import type { TestGebruiker, Verzoekopties } from "../http/api.js";
import { JAARVERSLAG_E } from "../nacalculatie/opzet.js";
import {
  inhoud as inhoudVan,
  MEI,
  OKTOBER,
  type Wandeling,
  wandeling,
  winter,
  zomer,
} from "./wandeling.js";

// The gateway, the parties and their users come from wandeling.ts (shared with the walks to
// afgewikkeld along the terugvordering and the verrekening).
let w: Wandeling;
let scope: Wandeling["scope"];
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;
let landelijk: TestGebruiker;
let id = "";

beforeAll(async () => {
  w = await wandeling("jaar");
  ({ scope, aanbieder, beoordelaar, beheer1, beheer2, landelijk } = w);
}, 60_000);
afterAll(async () => {
  await w?.gw.stop();
  sluitClients();
});

/** A request as `wie` at `op` (an ISO instant with offset, Amsterdam time). */
const als = (wie: TestGebruiker, pad: string, op: string, o: Verzoekopties = {}) =>
  w.als(wie, pad, op, o);
const post = (wie: TestGebruiker, pad: string, op: string, body?: unknown) =>
  w.post(wie, pad, op, body);
const put = (wie: TestGebruiker, pad: string, op: string, body: unknown) =>
  w.put(wie, pad, op, body);
const zaak = (rest = "") => `/api/aanvragen/${id}${rest}`;
const versie = async () => (await leesAanvraag(id))!.versie;
const bedragen = async () =>
  (await betaalopdrachtenVanAanvraag(id)).map((o) => [o.maand, o.bedrag, o.basisVersie]);

/** §13 A's begroting: 10 fte × 85.000 = 850.000 personeel; scholing + technologie 90.000. */
const inhoud = (scholing: string) => inhoudVan(2020, scholing);

/** Upload a real PDF through the presigned POST and confirm it (§12). */
const upload = (soort: string, naam: string, op: string) => w.upload(id, soort, naam, op);

const maandrun = (maand: number, op: string) =>
  post(beheer1, `/api/zorgkantoren/${scope.zorgkantoorId}/voorschot/maandrun`, op, {
    jaar: 2020,
    maand,
  });
/** §6, §15.3: the run orders; one zorgkantoor-beheer user proposes the batch, another releases it (paid). */
const run = async (maand: number, op: string, totaal: string) => {
  const r = await maandrun(maand, op);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body, `maand ${maand}`).toMatchObject({ totaalAangemaakt: totaal, aantalFouten: 0 });
  if (totaal === "0.00") return; // nothing ordered: no batch to pay
  const batches = `/api/zorgkantoren/${scope.zorgkantoorId}/betaalopdrachten/2020-${String(maand).padStart(2, "0")}/batches`;
  const b = await post(beheer1, batches, op);
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  expect(b.body).toMatchObject({ totaal: totaal, status: "voorgesteld" });
  const v = await post(beheer2, `${batches}/${b.body!.nummer}/vrijgave`, op, {
    versie: b.body!.versie,
  });
  expect(v.status, JSON.stringify(v.body)).toBe(200);
};
const dag2 = (maand: number) =>
  (maand >= 4 && maand <= 10 ? zomer : winter)(`2020-${String(maand).padStart(2, "0")}-02`);

describe("het hele jaar 2020 over HTTP (§4–§9, §13)", () => {
  it("landelijk-beheer stelt het regionale kader in", async () => {
    const r = await put(
      landelijk,
      `/api/kaders/2020/${scope.zorgkantoorId}`,
      winter("2019-10-01"),
      { bedrag: "1024000.00" },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ kader: "1024000.00", afgesproken: "0.00" });
  });

  it("de aanbieder dient op 15-10-2019 in met het kwaliteitsplan als PDF", async () => {
    const op = zomer("2019-10-15");
    const gemaakt = await post(aanbieder, "/api/aanvragen", op, { ...scope, jaar: 2020 });
    expect(gemaakt.status, JSON.stringify(gemaakt.body)).toBe(201);
    id = gemaakt.body!.id as string;
    const bewaard = await put(aanbieder, zaak("/inhoud"), op, {
      versie: gemaakt.body!.versie,
      inhoud: inhoud("50000.00"),
    });
    expect(bewaard.status, JSON.stringify(bewaard.body)).toBe(200);
    // Without the plan: refused with the finding, nothing changed.
    const zonder = await post(aanbieder, zaak("/indiening"), op, { versie: await versie() });
    expect(zonder.status).toBe(422);
    expect(JSON.stringify(zonder.body)).toContain("KWALITEITSPLAN_ONTBREEKT");
    await upload("kwaliteitsplan", "Kwaliteitsplan 2020.pdf", op);
    const ingediend = await post(aanbieder, zaak("/indiening"), op, { versie: await versie() });
    expect(ingediend.status, JSON.stringify(ingediend.body)).toBe(200);
    expect(ingediend.body).toMatchObject({
      toestand: "ingediend",
      ontvangenOp: "2019-10-15T08:00:00.000Z",
      huidigeVersie: { nummer: 1, status: "ingediend" },
    });
  });

  it("het zorgkantoor vraagt op 05-11-2019 om aanvulling; de aanbieder dient op 20-11 versie 2 in", async () => {
    const op = winter("2019-11-05");
    let r = await post(beoordelaar, zaak("/in-behandeling"), op, { versie: await versie() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    r = await post(beoordelaar, zaak("/aanvulling"), op, {
      versie: await versie(),
      reden: "De scholing is te krap begroot voor alle verzorgenden; graag aanvullen.",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "aanvulling_gevraagd" });

    const later = winter("2019-11-20");
    r = await put(aanbieder, zaak("/inhoud"), later, {
      versie: await versie(),
      inhoud: inhoud("60000.00"),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ laatsteVersie: 2, huidigeVersie: { nummer: 2 } });
    r = await post(aanbieder, zaak("/indiening"), later, { versie: await versie() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "ingediend" });
    const verschil = await als(aanbieder, zaak("/verschil"), later, {
      query: { van: "1", naar: "2" },
    });
    expect(verschil.body).toMatchObject({
      verschillen: [{ pad: "begroting[0].overige[0].bedrag", voor: "50000.00", na: "60000.00" }],
    });
  });

  it("de voorschotrun van januari en februari betaalt nog niets: er is geen afspraak", async () => {
    await run(1, winter("2020-01-02"), "0.00");
    await run(2, winter("2020-02-03"), "0.00");
    expect(await bedragen()).toEqual([]);
  });

  it("de beoordelaar stelt op 10-02-2020 de toekenning voor; een beheerder keurt goed (vier ogen)", async () => {
    const op = winter("2020-02-10");
    let r = await post(beoordelaar, zaak("/in-behandeling"), op, { versie: await versie() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    r = await post(beoordelaar, zaak("/toekenning"), op, {
      versie: await versie(),
      personeel: "850000.00",
      overige: "150000.00",
      compensatie: "24000.00",
      motivering: "Toegekend zoals aangevraagd, met de compensatiecomponent.",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      voorstel: { totaal: "1024000.00", voorgesteldDoor: { sub: beoordelaar.sub } },
    });
    r = await post(beoordelaar, zaak("/toekenning/goedkeuring"), op, { versie: await versie() });
    expect(r.status).toBe(403);
    r = await post(beheer1, zaak("/toekenning/goedkeuring"), winter("2020-02-12"), {
      versie: await versie(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      toestand: "goedgekeurd",
      afspraak: { soort: "initieel", totaal: "1024000.00", compensatie: "24000.00" },
    });
    const kader = await als(beheer1, "/api/kaders/2020", op);
    expect(
      (kader.body!.kaders as { zorgkantoorId: string }[]).find(
        (k) => k.zorgkantoorId === scope.zorgkantoorId,
      ),
    ).toMatchObject({ kader: "1024000.00", afgesproken: "1024000.00", ruimte: "0.00" });
  });

  it("beide partijen tekenen het addendum (18 en 20-03-2020); de afspraak wordt vastgelegd", async () => {
    let r = await post(aanbieder, zaak("/addendum/handtekening"), winter("2020-03-18"), {
      versie: await versie(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "goedgekeurd", getekendOp: null });
    r = await post(beheer2, zaak("/addendum/handtekening"), winter("2020-03-20"), {
      versie: await versie(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "addendum_getekend", getekendOp: "2020-03-20" });
    r = await post(beheer1, zaak("/vastlegging"), winter("2020-03-20"), { versie: await versie() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "vastgelegd" });
  });

  it("de maandrun betaalt in maart 192.000,00 (januari–maart) en april en mei 64.000,00 (§13 A)", async () => {
    await run(3, winter("2020-03-25"), "192000.00");
    await run(3, winter("2020-03-26"), "0.00"); // again: no second order (§6)
    await run(4, dag2(4), "64000.00");
    await run(5, dag2(5), "64000.00");
  });

  it("neemt de realisatie in mei aan; in juni is het meivenster dicht en juli nog niet open", async () => {
    const r = await put(aanbieder, zaak("/realisaties/mei"), zomer("2020-05-12"), {
      ...MEI,
      vorigeVersie: 0,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body!.berekening).toMatchObject({
      maandenGedekt: 4,
      projectiePersoneel: "750000.00",
      afspraak: "1024000.00",
      aangepasteBasis: "924000.00",
    });
    await run(6, dag2(6), "64000.00"); // not confirmed: the basis stays 1.024.000,00
    const dicht = await put(aanbieder, zaak("/realisaties/mei"), zomer("2020-06-15"), {
      ...MEI,
      vorigeVersie: 1,
    });
    expect(dicht.status).toBe(422);
    expect(dicht.body).toMatchObject({ code: "VENSTER_GESLOTEN", veld: "venster" });
    const juli = await put(aanbieder, zaak("/realisaties/juli"), zomer("2020-06-15"), {
      ...MEI,
      vorigeVersie: 0,
    });
    expect(juli.status).toBe(422);
    expect(juli.body).toMatchObject({ code: "VENSTER_NOG_NIET_OPEN" });
    for (const maand of [7, 8, 9, 10]) await run(maand, dag2(maand), "64000.00");
  });

  it("neemt de oktoberrealisatie aan: projectie gelijk aan de afspraak", async () => {
    const r = await put(aanbieder, zaak("/realisaties/oktober"), zomer("2020-10-15"), {
      ...OKTOBER,
      vorigeVersie: 0,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body!.berekening).toMatchObject({
      maandenGedekt: 9,
      projectiePersoneel: "850000.00",
      subsidiabelOverige: "150000.00",
      afspraak: "1024000.00",
    });
  });

  it("herschikking op 01-11-2020: voorstel mutatie 0,00, besluit (vier ogen) laat de afspraak 1.024.000,00", async () => {
    const op = winter("2020-11-01");
    const pad = `/api/zorgkantoren/${scope.zorgkantoorId}/herschikking/2020`;
    const v = await als(beoordelaar, pad, op);
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    // Regional kader 1.024.000 fully agreed; compensatie lies outside what is redistributed.
    expect(v.body).toMatchObject({
      regionaalKader: "1024000.00",
      kader: "1000000.00",
      ruimte: "0.00",
      naarRato: false,
      totaalAfspraken: "1000000.00",
    });
    const regels = v.body!.regels as Record<string, unknown>[];
    expect(regels).toEqual([
      expect.objectContaining({
        aanvraagId: id,
        afspraak: "1000000.00",
        aangevraagd: "1000000.00",
        prognose: "1000000.00",
        prognoseBron: "oktober",
        mutatie: "0.00",
        nieuweAfspraak: "1000000.00",
      }),
    ]);
    // §15.2 four eyes: beheer1 lays the proposal down, beheer2 approves it.
    const voorstel = await post(beheer1, `${pad}/voorstel`, op, {
      voorstel: regels.map((x) => ({
        aanvraagId: x.aanvraagId,
        versie: x.versie,
        nieuweAfspraak: x.nieuweAfspraak,
      })),
      reden: "herschikking november 2020",
    });
    expect(voorstel.status, JSON.stringify(voorstel.body)).toBe(201);
    const besluit = await post(beheer2, `${pad}/goedkeuring`, op, {
      versie: voorstel.body!.versie,
    });
    expect(besluit.status, JSON.stringify(besluit.body)).toBe(200);
    expect(besluit.body).toMatchObject({ afgesproken: "1024000.00", gewijzigd: [] });
    expect((await leesAfspraken(id)).map((a) => [a.soort, a.totaal])).toEqual([
      ["initieel", "1024000.00"],
    ]);
    await run(11, dag2(11), "64000.00");
    await run(12, dag2(12), "64000.00");
    expect(await bedragen()).toEqual([
      [3, "192000.00", 1],
      ...Array.from({ length: 9 }, (_, i) => [i + 4, "64000.00", 1]),
    ]);
    const schema = await als(aanbieder, zaak("/voorschot"), winter("2020-12-02"));
    expect(schema.body).toMatchObject({
      totaalBesteld: "768000.00",
      totaalBetaald: "768000.00",
      jaardoel: "768000.00",
    });
  });

  it("jaarverslag (01-02-2021), nacalculatie en vaststelling met vier ogen (15-05-2021): §13 E", async () => {
    const jv = await put(aanbieder, zaak("/jaarverslag"), winter("2021-02-01"), {
      verslag: JAARVERSLAG_E,
      vorigeVersie: 0,
    });
    expect(jv.status, JSON.stringify(jv.body)).toBe(201);
    const ov = await put(beoordelaar, zaak("/nacalculatie/overige"), winter("2021-02-15"), {
      versie: await versie(),
      // §15.1: the amounts are in the year report; the zorgkantoor judges both lines conform.
      regels: [
        { id: "o1", conform: true },
        { id: "o2", conform: true },
      ],
    });
    expect(ov.status, JSON.stringify(ov.body)).toBe(200);
    const op = zomer("2021-05-15");
    const zonder = await post(beheer1, zaak("/vaststelling/voorstel"), op, {
      versie: await versie(),
    });
    expect(zonder.status).toBe(422);
    expect(zonder.body).toMatchObject({ code: "RAPPORT_ACCOUNTANT_ONTBREEKT" });
    await upload(
      "rapport_feitelijke_bevindingen",
      "Rapport feitelijke bevindingen.pdf",
      zomer("2021-04-20"),
    );
    const n = await als(aanbieder, zaak("/nacalculatie"), op);
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    expect(n.body!.berekening).toMatchObject({
      personeelGerealiseerd: "723918.08",
      personeelVergoedbaar: "723918.08",
      overigeVergoedbaar: "145000.00",
      compensatie: "24000.00",
      vastgesteld: "892918.08",
      betaaldeVoorschotten: "768000.00",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
    });
    const voorstel = await post(beheer1, zaak("/vaststelling/voorstel"), op, {
      versie: await versie(),
    });
    expect(voorstel.status, JSON.stringify(voorstel.body)).toBe(201);
    const zelf = await post(beheer1, zaak("/vaststelling/goedkeuring"), op, {
      versie: await versie(),
    });
    expect(zelf.status).toBe(403);
    const r = await post(beheer2, zaak("/vaststelling/goedkeuring"), op, {
      versie: await versie(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.vaststelling).toMatchObject({
      vastgesteld: "892918.08",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      terugvordering: "0.00",
      voorgesteldDoor: beheer1.sub,
      goedgekeurdDoor: beheer2.sub,
    });
    expect((await leesAfspraken(id)).map((a) => [a.soort, a.totaal])).toEqual([
      ["initieel", "1024000.00"],
      ["vaststelling", "892918.08"],
    ]);
  });

  it("de nabetaling (mei 2021) gaat in een batch met vier ogen; daarna is de zaak afgewikkeld (§15.4)", async () => {
    const op = zomer("2021-05-20");
    const stand = async () => (await als(aanbieder, zaak("/nacalculatie"), op)).body!.afwikkeling;
    expect(await stand()).toEqual({
      betaald: "768000.00",
      openstaandBesteld: "124918.08",
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: false,
    });
    const batches = `/api/zorgkantoren/${scope.zorgkantoorId}/betaalopdrachten/2021-05/batches`;
    const b = await post(beheer1, batches, op);
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect(b.body).toMatchObject({ aantal: 1, totaal: "124918.08" });
    const v = await post(beheer2, `${batches}/${b.body!.nummer}/vrijgave`, op, {
      versie: b.body!.versie,
    });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    expect(await stand()).toEqual({
      betaald: "892918.08",
      openstaandBesteld: "0.00",
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: true,
    });
  });
});
