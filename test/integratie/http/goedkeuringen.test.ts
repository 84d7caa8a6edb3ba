// §1 four eyes over HTTP: the one list of what waits for a second signature at a zorgkantoor, in
// any year — who proposed (a name, never an id), the amounts against what was asked, whether the
// caller may sign and why not — and sending a toekenning proposal back with a reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { stelBetaalbatchVoor } from "#functions/data/betaalbatches.js";
import { sluitClients } from "#functions/data/clients.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import type { Gateway } from "#lokaal/gateway.js";
import { uniek, zaakIn, zorgVoorAanbieder, zorgVoorZorgkantoor } from "../fixture/index.js";
import { nacalculatieZaak } from "../nacalculatie/opzet.js";
import { gebruiker, lidmaatschapIn, startApi, type TestGebruiker, vraag } from "./api.js";

let gw: Gateway;
const zk = uniek("zk-gk");
const aanbiederId = uniek("aanbieder-gk");
let beoordelaar: TestGebruiker;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
let vreemd: TestGebruiker;
const zaken: Record<string, { id: string; versie: number }> = {};

interface Item {
  soort: string;
  aanvraagId: string | null;
  aanbiederNaam: string | null;
  jaar: number;
  voorgesteldDoor: string;
  voorgesteldOp: string;
  motivering: string;
  bedragen: { omschrijving: string; voorgesteld: string; tegenover: string | null }[];
  totaal: string;
  magGoedkeuren: boolean;
  reden: string | null;
  terugsturen: string | null;
  brief: string | null;
  goedkeuring: string;
}

const lijst = async (g: TestGebruiker, z = zk) => {
  const r = await vraag(gw, `/api/zorgkantoren/${z}/goedkeuringen`, { token: g.idToken });
  return { status: r.status, items: (r.body?.items ?? []) as Item[], body: r.body };
};

async function stelVoor(door: TestGebruiker, jaar: number, sleutel: string): Promise<void> {
  const z = await zaakIn("in_beoordeling", { aanbiederId, zorgkantoorId: zk, jaar });
  const r = await vraag(gw, `/api/aanvragen/${z.id}/toekenning`, {
    methode: "POST",
    token: door.idToken,
    body: {
      versie: z.versie,
      personeel: "85000.00",
      overige: "15000.00",
      motivering: `Voorstel ${sleutel}: de overige kosten zijn deels onderbouwd.`,
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  zaken[sleutel] = { id: z.id, versie: r.body!.versie as number };
}

beforeAll(async () => {
  gw = await startApi();
  await zorgVoorZorgkantoor(zk);
  await zorgVoorAanbieder(aanbiederId, { naam: "Zorggroep De Goedkeuring", productie: true });
  const scope = { aanbiederId, zorgkantoorId: zk };
  [beoordelaar, beheer, beheer2, vreemd] = await Promise.all([
    gebruiker([lidmaatschapIn("beoordelaar", scope)]),
    gebruiker([lidmaatschapIn("zorgkantoor-beheer", scope)]),
    gebruiker([lidmaatschapIn("zorgkantoor-beheer", scope)]),
    gebruiker([lidmaatschapIn("zorgkantoor-beheer", { aanbiederId, zorgkantoorId: uniek("zk") })]),
  ]);
  await stelVoor(beoordelaar, 2020, "a2020");
  await stelVoor(beoordelaar, 2021, "a2021");
  await stelVoor(beheer, 2022, "eigen");
  await stelVoor(beoordelaar, 2023, "terug");
  // §9.3: a vaststelling proposed over HTTP waits in the same list.
  const n = await nacalculatieZaak(2024, scope);
  const r = await vraag(gw, `/api/aanvragen/${n.id}/vaststelling/voorstel`, {
    methode: "POST",
    token: beoordelaar.idToken,
    body: { versie: (await leesAanvraag(n.id))!.versie },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  zaken.vaststelling = { id: n.id, versie: r.body!.versie as number };
}, 180_000);
afterAll(async () => {
  await gw?.stop();
  sluitClients();
});

describe("de lijst van wat op een tweede handtekening wacht (§1)", () => {
  it("toont elk jaar, met wie voorstelde, wanneer, de bedragen tegenover de aanvraag en de motivering", async () => {
    const { status, items, body } = await lijst(beheer);
    expect(status).toBe(200);
    const jaren = items
      .filter((i) => i.aanbiederNaam === "Zorggroep De Goedkeuring")
      .map((i) => i.jaar);
    expect(jaren).toEqual(expect.arrayContaining([2020, 2021, 2022, 2023]));
    const a = items.find((i) => i.aanvraagId === zaken.a2020!.id)!;
    expect(a.soort).toBe("toekenning");
    expect(a.voorgesteldDoor).toBe(beoordelaar.email);
    expect(Number.isNaN(Date.parse(a.voorgesteldOp))).toBe(false);
    expect(a.motivering).toContain("Voorstel a2020");
    expect(a.bedragen.find((b) => b.omschrijving === "Personeel")).toMatchObject({
      voorgesteld: "85000.00",
    });
    expect(a.bedragen.find((b) => b.omschrijving === "Personeel")!.tegenover).toMatch(
      /^\d+\.\d\d$/,
    );
    expect(a.bedragen.find((b) => b.omschrijving === "Overige kosten")!.voorgesteld).toBe(
      "15000.00",
    );
    expect(a.magGoedkeuren).toBe(true);
    expect(a.reden).toBeNull();
    expect(a.brief).toBe(`/api/aanvragen/${a.aanvraagId}/pdf/beoordelingsbrief`);
    // Never a raw user id in the answer.
    expect(JSON.stringify(body)).not.toContain(beoordelaar.sub);
  });

  it("toont een voorgestelde vaststelling tegenover de afspraak, met de vaststellingsbrief", async () => {
    const { items } = await lijst(beheer2);
    const v = items.find((i) => i.aanvraagId === zaken.vaststelling!.id)!;
    expect(v).toMatchObject({ soort: "vaststelling", jaar: 2024, magGoedkeuren: true });
    expect(v.voorgesteldDoor).toBe(beoordelaar.email);
    expect(v.bedragen.map((b) => b.omschrijving)).toEqual(
      expect.arrayContaining(["Personeel", "Overige kosten", "Compensatie"]),
    );
    expect(v.bedragen.find((b) => b.omschrijving === "Personeel")!.tegenover).toMatch(
      /^\d+\.\d\d$/,
    );
    expect(v.brief).toBe(`/api/aanvragen/${v.aanvraagId}/pdf/vaststelling`);
    expect(v.goedkeuring).toBe(`/api/aanvragen/${v.aanvraagId}/vaststelling/goedkeuring`);
  });

  it("toont een voorgestelde betaalbatch en haalt haar weg bij de vrijgave (§15.3)", async () => {
    const ctx = {
      wie: { sub: beheer.sub, rol: "zorgkantoor-beheer" as const, email: beheer.email },
      nu: new Date(),
      correlatieId: uniek("t"),
    };
    const b = await stelBetaalbatchVoor(zk, 2019, 12, 1, [], ctx);
    expect(b.ok).toBe(true);
    const v = (await lijst(beheer2)).items.find((i) => i.soort === "betaalbatch")!;
    expect(v).toMatchObject({
      jaar: 2019,
      aanvraagId: null,
      aanbiederNaam: null,
      brief: null,
      voorgesteldDoor: beheer.email,
      magGoedkeuren: true,
      goedkeuring: `/api/zorgkantoren/${zk}/betaalopdrachten/2019-12/batches/1/vrijgave`,
    });
    expect((await lijst(beheer)).items.find((i) => i.soort === "betaalbatch")!.magGoedkeuren).toBe(
      false,
    );
    const r = await vraag(gw, v.goedkeuring, {
      methode: "POST",
      token: beheer2.idToken,
      body: { versie: 1 },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await lijst(beheer2)).items.some((i) => i.soort === "betaalbatch")).toBe(false);
  });

  it("zegt de voorsteller dat hij niet zelf tekent, en weigert zijn goedkeuring (403)", async () => {
    const { items } = await lijst(beheer);
    const eigen = items.find((i) => i.aanvraagId === zaken.eigen!.id)!;
    expect(eigen.magGoedkeuren).toBe(false);
    expect(eigen.reden).toMatch(/U stelde dit zelf voor/);
    expect(eigen.terugsturen).toBeNull();
    const r = await vraag(gw, eigen.goedkeuring, {
      methode: "POST",
      token: beheer.idToken,
      body: { versie: zaken.eigen!.versie },
    });
    expect(r.status).toBe(403);
    expect(
      (await lijst(beheer2)).items.find((i) => i.aanvraagId === zaken.eigen!.id)?.magGoedkeuren,
    ).toBe(true);
  });

  it("toont de beoordelaar de lijst alleen-lezen, met wie moet tekenen", async () => {
    const { status, items } = await lijst(beoordelaar);
    expect(status).toBe(200);
    const a = items.find((i) => i.aanvraagId === zaken.a2021!.id)!;
    expect(a.magGoedkeuren).toBe(false);
    expect(a.reden).toBeTruthy();
  });

  it("antwoordt 404 buiten de eigen scope", async () => {
    expect((await lijst(vreemd)).status).toBe(404);
  });

  it("haalt een goedgekeurd voorstel uit de lijst", async () => {
    const r = await vraag(gw, `/api/aanvragen/${zaken.a2021!.id}/toekenning/goedkeuring`, {
      methode: "POST",
      token: beheer.idToken,
      body: { versie: zaken.a2021!.versie },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await lijst(beheer)).items.map((i) => i.aanvraagId)).not.toContain(zaken.a2021!.id);
  });
});

describe("terugsturen met een reden (§1)", () => {
  const pad = () => `/api/aanvragen/${zaken.terug!.id}/toekenning/terugsturen`;

  it("vraagt een reden (422 op reden) en verandert dan niets", async () => {
    for (const body of [
      { versie: zaken.terug!.versie },
      { versie: zaken.terug!.versie, reden: "  " },
    ]) {
      const r = await vraag(gw, pad(), { methode: "POST", token: beheer.idToken, body });
      expect(r.status).toBe(422);
      expect(JSON.stringify(r.body)).toMatch(/reden/);
    }
    const z = await leesAanvraag(zaken.terug!.id);
    expect(z!.versie).toBe(zaken.terug!.versie);
    expect(z!.overig.toekenningsvoorstel).toBeDefined();
    expect((await lijst(beheer)).items.map((i) => i.aanvraagId)).toContain(zaken.terug!.id);
  });

  it("mag niet door de beoordelaar (403) en niets verandert", async () => {
    const r = await vraag(gw, pad(), {
      methode: "POST",
      token: beoordelaar.idToken,
      body: { versie: zaken.terug!.versie, reden: "zelf terug" },
    });
    expect(r.status).toBe(403);
    expect((await leesAanvraag(zaken.terug!.id))!.versie).toBe(zaken.terug!.versie);
  });

  it("stuurt terug: het voorstel verdwijnt, de aanvraag blijft in beoordeling, met auditrecord", async () => {
    const reden = "De motivering onderbouwt de lagere overige kosten niet.";
    const r = await vraag(gw, pad(), {
      methode: "POST",
      token: beheer.idToken,
      body: { versie: zaken.terug!.versie, reden },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "in_beoordeling" });
    const z = await leesAanvraag(zaken.terug!.id);
    expect(z!.overig.toekenningsvoorstel).toBeUndefined();
    expect((await lijst(beheer)).items.map((i) => i.aanvraagId)).not.toContain(zaken.terug!.id);
    const audit = await leesAudit(aanvraagPk(zaken.terug!.id));
    const t = audit.find((a) => a.gebeurtenis === "toekenning_teruggestuurd");
    expect(t).toMatchObject({ reden, wie: { sub: beheer.sub, rol: "zorgkantoor-beheer" } });
  });
});
