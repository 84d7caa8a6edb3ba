// docs/regels.md §15.7 with §9.4 and §1 over HTTP: the national remainder round end to end. Two cases of
// 2083 (at two zorgkantoren) whose agreement was lowered to personeel 800.000 realise Pᵣ
// 863.918,08 on an aanvraag of 850.000, with the extra staff still employed: each claims
// min(63.918,08, 50.000) = 50.000,00, and R is ample. Before the second vaststelling a proposal is
// refused (409); landelijk A proposes, A cannot approve (403 VIER_OGEN), a claim changed since the
// proposal makes B's approval refuse (409) until A proposes again; then landelijk B approves:
// each case gets a nabetaling_besteld (oorzaak restantverdeling) and a payment order in the
// decision month, which its zorgkantoor releases in a batch with four eyes → paid. The second
// case's aanbieder has a vordering of 2080 (20.081,92) open at the same zorgkantoor when the
// decision is taken: its nabetaling settles it first (§15.4), like every new payment order.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { legAfspraakVast } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
import { aanvraagPk, parametersPk } from "#functions/data/sleutels.js";
import { Decimal } from "#shared/geld/decimal.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak } from "./opzet.js";
import { zaakMetVordering } from "./vordering.js";

// A year no other test file makes cases for: the remainder sums every case of the year.
const JAAR = 2083;
const mei = { "x-kb-klok": "2084-05-15T10:00:00+02:00" };
const september = { "x-kb-klok": "2084-09-10T10:00:00+02:00" };
const gw = metApi();
let landelijkA: TestGebruiker;
let landelijkB: TestGebruiker;

interface Partij {
  zaak: AanvraagRecord;
  beoordelaar: TestGebruiker;
  beheer1: TestGebruiker;
  beheer2: TestGebruiker;
}
let partijen: Partij[];
/** The second case's aanbieder's 2080 case at the same zorgkantoor, with a vordering open. */
let metVordering: AanvraagRecord;

const ctx = (sub: string, rol: "aanbieder" | "zorgkantoor-beheer") => ({
  wie: { sub, rol },
  nu: new Date(),
  correlatieId: uniek("test"),
});

/** A vastgesteld-ready case of JAAR: agreement lowered to 800.000, inhuur_t 400.000 (§13 E). */
async function zaakMetClaim(): Promise<Partij> {
  let r = await nacalculatieZaak(JAAR, {}, { voorschotten: true, rapport: true, overige: true });
  const lager = await legAfspraakVast(
    r,
    r.versie,
    {
      soort: "herschikking",
      personeel: new Decimal("800000.00"),
      overige: new Decimal("150000.00"),
      compensatie: new Decimal("24000.00"),
      reden: "herschikking: minder personeel afgesproken",
      voorgesteldDoor: { sub: "test-beoordelaar", rol: "beoordelaar" },
    },
    ctx("test-beheer", "zorgkantoor-beheer"),
  );
  if (!lager.ok) throw new Error(lager.weigering.melding);
  r = (await leesAanvraag(r.id))!;
  const verslag = { ...JAARVERSLAG_E, inhuur: { basis: "200000.00", jaar: "400000.00" } };
  const jv = await dienRealisatieIn(
    r,
    { jaar: JAAR, soort: "jaarverslag", nummer: 1, inhoud: verslag },
    ctx("test-aanbieder", "aanbieder"),
  );
  if (!jv.ok) throw new Error(jv.weigering.melding);
  const zaak = (await leesAanvraag(r.id))!;
  const [beoordelaar, beheer1, beheer2] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
  return { zaak, beoordelaar, beheer1, beheer2 };
}

beforeAll(async () => {
  partijen = await Promise.all([zaakMetClaim(), zaakMetClaim()]);
  [landelijkA, landelijkB] = await Promise.all([
    gebruiker([{ rol: "landelijk-beheer" }]),
    gebruiker([{ rol: "landelijk-beheer" }]),
  ]);
}, 120_000);

const versie = async (id: string) => (await leesAanvraag(id))!.versie;

async function zetInDienst(p: Partij, personeelInDienst: boolean) {
  const d = await vraag(gw, `/api/aanvragen/${p.zaak.id}/nacalculatie/personeel-in-dienst`, {
    methode: "PUT",
    token: p.beoordelaar.idToken,
    headers: mei,
    body: {
      versie: await versie(p.zaak.id),
      personeelInDienst,
      datum: "2084-05-01",
      toelichting: "Loonstroken april 2084.",
    },
  });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
}

async function stelVastMetPersoneel(p: Partij) {
  const pad = `/api/aanvragen/${p.zaak.id}`;
  const post = async (token: string, rest: string) =>
    vraag(gw, `${pad}${rest}`, {
      methode: "POST",
      token,
      headers: mei,
      body: { versie: await versie(p.zaak.id) },
    });
  expect((await post(p.beheer1.idToken, "/vaststelling/voorstel")).status).toBe(201);
  const g = await post(p.beheer2.idToken, "/vaststelling/goedkeuring");
  expect(g.status, JSON.stringify(g.body)).toBe(200);
  await zetInDienst(p, true);
}

const restantPad = `/api/landelijk/${JAAR}/restant`;
const voorstel = (token: string) =>
  vraag(gw, `${restantPad}/voorstel`, { methode: "POST", token, headers: september });
const goedkeuring = (token: string, v: number) =>
  vraag(gw, `${restantPad}/goedkeuring`, {
    methode: "POST",
    token,
    headers: september,
    body: { versie: v },
  });
const restant = async () => {
  const r = await vraag(gw, restantPad, { token: landelijkA.idToken, headers: september });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as Record<string, unknown> & {
    verdeling: Record<string, unknown> | null;
    aanbieders: { aanvraagId: string; toegekend: string; nabetaling: unknown }[];
  };
};

async function opdrachten(p: Partij, maand: string) {
  const r = await vraag(gw, `/api/zorgkantoren/${p.zaak.zorgkantoorId}/betaalopdrachten/${maand}`, {
    token: p.beheer1.idToken,
    headers: september,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body as { opdrachten: { soort: string; bedrag: string; aanvraagId: string }[] })
    .opdrachten;
}

async function geefVrij(p: Partij, maand: string) {
  const pad = `/api/zorgkantoren/${p.zaak.zorgkantoorId}/betaalopdrachten/${maand}/batches`;
  const b = await vraag(gw, pad, { methode: "POST", token: p.beheer1.idToken, headers: september });
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  const v = await vraag(gw, `${pad}/${b.body!.nummer}/vrijgave`, {
    methode: "POST",
    token: p.beheer2.idToken,
    headers: september,
    body: { versie: b.body!.versie },
  });
  expect(v.status, JSON.stringify(v.body)).toBe(200);
  return b.body!;
}

describe("de landelijke restantverdeling van begin tot eind (§15.7, §9.4)", () => {
  it("wordt geweigerd zolang niet alle afspraken zijn vastgesteld", async () => {
    await stelVastMetPersoneel(partijen[0]!);
    const r = await voorstel(landelijkA.idToken);
    expect(r.status, JSON.stringify(r.body)).toBe(409);
    expect(r.body).toMatchObject({ code: "NIET_ALLES_VASTGESTELD" });
    expect(String(r.body!.detail)).toContain("na alle vaststellingen");
    expect((await restant()).verdeling).toBeNull();
  });

  it("voorstel door A, A keurt niet zelf goed, B keurt goed: elke toekenning een nabetaling", async () => {
    await stelVastMetPersoneel(partijen[1]!);
    const v = await voorstel(landelijkA.idToken);
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    expect(v.body).toMatchObject({
      status: "voorgesteld",
      voorgesteldDoor: landelijkA.sub,
      totaalToegekend: "100000.00",
      aantalToekenningen: 2,
    });
    const eerste = v.body!.versie as number;

    const zelf = await goedkeuring(landelijkA.idToken, eerste);
    expect(zelf.status).toBe(403);
    expect(zelf.body).toMatchObject({ code: "VIER_OGEN" });

    // A claim changed after the proposal: the approval refuses; a new proposal replaces the old.
    await zetInDienst(partijen[0]!, false);
    const verouderd = await goedkeuring(landelijkB.idToken, eerste);
    expect(verouderd.status).toBe(409);
    expect(verouderd.body).toMatchObject({ code: "VOORSTEL_VEROUDERD" });
    await zetInDienst(partijen[0]!, true);
    const opnieuw = await voorstel(landelijkA.idToken);
    expect(opnieuw.status, JSON.stringify(opnieuw.body)).toBe(201);
    const versieVoorstel = opnieuw.body!.versie as number;
    expect(versieVoorstel).toBe(eerste + 1);
    expect((await goedkeuring(landelijkB.idToken, eerste)).body).toMatchObject({
      code: "CONFLICT",
    });

    // After the second vaststelling's own nabetaling is paid (an open order would settle it at
    // once), a vordering of 2080 arises for that aanbieder at the same zorgkantoor.
    await geefVrij(partijen[1]!, "2084-05");
    const { aanbiederId, zorgkantoorId } = partijen[1]!.zaak;
    metVordering = await zaakMetVordering(
      { aanbiederId, zorgkantoorId },
      new Date("2084-06-01T10:00:00+02:00"),
      2080,
    );

    const g = await goedkeuring(landelijkB.idToken, versieVoorstel);
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    expect(g.body).toMatchObject({
      status: "toegepast",
      goedgekeurdDoor: landelijkB.sub,
      voorgesteldDoor: landelijkA.sub,
      besluitOp: "2084-09-10T08:00:00.000Z",
    });
    // The retry of the same approval answers the same decision; a new proposal is refused.
    const nogmaals = await goedkeuring(landelijkB.idToken, versieVoorstel);
    expect(nogmaals.status, JSON.stringify(nogmaals.body)).toBe(200);
    expect((await voorstel(landelijkA.idToken)).body).toMatchObject({ code: "AL_BESLOTEN" });
    // Personeel in dienst now lies fixed: the allotments rest on it.
    const p0 = partijen[0]!;
    const inDienst = await vraag(
      gw,
      `/api/aanvragen/${p0.zaak.id}/nacalculatie/personeel-in-dienst`,
      {
        methode: "PUT",
        token: p0.beoordelaar.idToken,
        headers: september,
        body: {
          versie: await versie(p0.zaak.id),
          personeelInDienst: false,
          datum: "2084-09-01",
          toelichting: "Na het besluit vertrokken.",
        },
      },
    );
    expect(inDienst.status).toBe(409);
    expect(inDienst.body).toMatchObject({ code: "RESTANT_BESLOTEN" });

    for (const p of partijen) {
      const restantBoekingen = (await boekingenVanZaak(p.zaak.id)).filter(
        (b) => b.oorzaak.soort === "restantverdeling",
      );
      expect(restantBoekingen).toHaveLength(1);
      expect(restantBoekingen[0]).toMatchObject({
        soort: "nabetaling_besteld",
        oorzaak: { soort: "restantverdeling", id: `landelijk-${JAAR}` },
      });
      expect(restantBoekingen[0]!.bedrag.toFixed(2)).toBe("50000.00");
      expect(await opdrachten(p, "2084-09")).toEqual([
        expect.objectContaining({
          aanvraagId: p.zaak.id,
          soort: "restantverdeling",
          bedrag: "50000.00",
        }),
      ]);
      const audit = await leesAudit(aanvraagPk(p.zaak.id));
      expect(audit.map((a) => a.gebeurtenis)).toContain("landelijk_restant_toegekend");
    }
    // §15.4: the second allotment settled the 2080 vordering in the same transaction.
    const paar = async (id: string) =>
      (await boekingenVanZaak(id))
        .filter((b) => b.soort === "verrekening")
        .map((b) => b.bedrag.toFixed(2));
    expect(await paar(metVordering.id)).toEqual(["-20081.92"]);
    expect(await paar(partijen[1]!.zaak.id)).toEqual(["20081.92"]);
    expect(await paar(partijen[0]!.zaak.id)).toEqual([]);
    const vorderingAudit = await leesAudit(aanvraagPk(metVordering.id));
    expect(vorderingAudit.map((a) => a.gebeurtenis)).toContain("vordering_verrekend");
    const jaarAudit = (await leesAudit(parametersPk(JAAR))).map((a) => a.gebeurtenis);
    expect(jaarAudit).toEqual(
      expect.arrayContaining([
        "restantverdeling_voorgesteld",
        "restantverdeling_besloten",
        "restantverdeling_toegepast",
      ]),
    );
    const na = await restant();
    expect(na.verdeling).toMatchObject({ status: "toegepast", goedgekeurdDoor: landelijkB.sub });
    for (const a of na.aanbieders)
      expect(a).toMatchObject({
        toegekend: "50000.00",
        nabetaling: {
          bedrag: "50000.00",
          verrekend: a.aanvraagId === partijen[1]!.zaak.id ? "20081.92" : "0.00",
          status: "opgedragen",
        },
      });
  });

  it("het zorgkantoor betaalt de nabetaling in een batch met vier ogen: betaald en afgewikkeld", async () => {
    const p = partijen[0]!;
    const batch = await geefVrij(p, "2084-09");
    expect(batch).toMatchObject({ aantal: 1, totaal: "50000.00" });
    await geefVrij(p, "2084-05"); // the vaststelling's own nabetaling
    const na = await restant();
    const eigen = na.aanbieders.find((a) => a.aanvraagId === p.zaak.id);
    const ander = na.aanbieders.find((a) => a.aanvraagId === partijen[1]!.zaak.id);
    expect(eigen!.nabetaling).toEqual({ bedrag: "50000.00", verrekend: "0.00", status: "betaald" });
    expect(ander!.nabetaling).toEqual({
      bedrag: "50000.00",
      verrekend: "20081.92",
      status: "opgedragen",
    });
    const n = await vraag(gw, `/api/aanvragen/${p.zaak.id}/nacalculatie`, {
      token: p.beheer1.idToken,
      headers: september,
    });
    expect(n.body!.afwikkeling).toMatchObject({ openstaandBesteld: "0.00", afgewikkeld: true });
  });

  it("de batch betaalt van de verrekende nabetaling alleen wat openstaat", async () => {
    const p = partijen[1]!;
    const batch = await geefVrij(p, "2084-09");
    expect(batch).toMatchObject({ aantal: 1, totaal: "29918.08" });
    const ander = (await restant()).aanbieders.find((a) => a.aanvraagId === p.zaak.id);
    expect(ander!.nabetaling).toEqual({
      bedrag: "50000.00",
      verrekend: "20081.92",
      status: "betaald",
    });
  });
});
