// docs/regels.md §15.6 over HTTP: a herziening of a vaststelling. The §13 E case is vastgesteld at
// 892.918,08 and its nabetaling of 124.918,08 paid (batch, four eyes). The accountant corrects
// technologie (o2) to 80.000,00 realised: the herziening (reason, four eyes) lays down version 2
// at 882.918,08 and, the nabetaling being paid, raises a vordering of 10.000,00; the letter names
// old and new amounts and the reason; version 1 stays readable. A second herziening to 85.000,00
// lowers that open vordering by a correctie entry of 5.000,00.
import { describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { Decimal } from "#shared/geld/decimal.js";
import { reconcilieert } from "#shared/grootboek/saldo.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { download, pdfTekst } from "../rapportage/opzet.js";
import { nacalculatieZaak } from "./opzet.js";

const gw = metApi();
const mei = { "x-kb-klok": "2021-05-15T10:00:00+02:00" };
const juni = { "x-kb-klok": "2021-06-10T10:00:00+02:00" };

const versie = async (id: string) => (await leesAanvraag(id))!.versie;

interface Zaak {
  id: string;
  zorgkantoorId: string;
  beheer1: TestGebruiker;
  beheer2: TestGebruiker;
}

async function zaak(): Promise<Zaak> {
  const z = await nacalculatieZaak(2020);
  const [beheer1, beheer2] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: z.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: z.zorgkantoorId }]),
  ]);
  return { id: z.id, zorgkantoorId: z.zorgkantoorId, beheer1, beheer2 };
}

const post = async (z: Zaak, pad: string, token: string, body: object, headers = mei) =>
  vraag(gw, `/api/aanvragen/${z.id}/vaststelling/${pad}`, {
    methode: "POST",
    token,
    headers,
    body: { versie: await versie(z.id), ...body },
  });

async function stelVastEnBetaalNa(z: Zaak) {
  expect((await post(z, "voorstel", z.beheer1.idToken, {})).status).toBe(201);
  const g = await post(z, "goedkeuring", z.beheer2.idToken, {});
  expect(g.status, JSON.stringify(g.body)).toBe(200);
  const pad = `/api/zorgkantoren/${z.zorgkantoorId}/betaalopdrachten/2021-05/batches`;
  const b = await vraag(gw, pad, { methode: "POST", token: z.beheer1.idToken, headers: mei });
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  const v = await vraag(gw, `${pad}/${b.body!.nummer}/vrijgave`, {
    methode: "POST",
    token: z.beheer2.idToken,
    headers: mei,
    body: { versie: b.body!.versie },
  });
  expect(v.status, JSON.stringify(v.body)).toBe(200);
}

const correctie = (gerealiseerd: string) => ({
  overige: [{ id: "o2", gerealiseerd, conform: true, reden: "correctie van de accountant" }],
});

const nacalculatie = async (z: Zaak) =>
  (await vraag(gw, `/api/aanvragen/${z.id}/nacalculatie`, { token: z.beheer1.idToken })).body!;

describe("herziening van een vaststelling (§15.6)", () => {
  it("corrigeert een overige regel met vier ogen, boekt de vordering, schrijft de brief en bewaart de eerdere versie", async () => {
    const z = await zaak();
    // Only after a vaststelling.
    const te = await post(z, "herziening/voorstel", z.beheer1.idToken, {
      reden: "correctie",
      correcties: correctie("80000.00"),
    });
    expect(te.status, JSON.stringify(te.body)).toBe(409);
    expect(JSON.stringify(te.body)).toContain("nog niet vastgesteld");

    await stelVastEnBetaalNa(z);
    const reden = "Het accountantsrapport is gecorrigeerd: technologie 80.000,00 besteed";
    const v = await post(
      z,
      "herziening/voorstel",
      z.beheer1.idToken,
      { reden, correcties: correctie("80000.00") },
      juni,
    );
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const voorstel = v.body!.voorstel as { uitkomst: { vastgesteld: string } };
    expect(voorstel.uitkomst.vastgesteld).toBe("882918.08");

    const zelf = await post(z, "herziening/goedkeuring", z.beheer1.idToken, {}, juni);
    expect(zelf.status).toBe(403);
    expect(zelf.body!.code).toBe("VIER_OGEN");

    const g = await post(z, "herziening/goedkeuring", z.beheer2.idToken, {}, juni);
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    expect(g.body!.vaststelling).toMatchObject({
      versie: 2,
      vastgesteld: "882918.08",
      terugvordering: "10000.00",
      nabetaling: "0.00",
      vervaldatum: "2021-07-10",
      herziening: { reden, vorigVastgesteld: "892918.08", gecorrigeerd: "0.00" },
    });

    // Audited in the same transaction: before/after and the reason.
    const herzien = (await leesAudit(aanvraagPk(z.id))).find(
      (a) => a.gebeurtenis === "vaststelling_herzien",
    );
    expect(herzien?.reden).toContain(reden);
    expect(herzien?.voor).toMatchObject({ vaststelling: { vastgesteld: "892918.08" } });
    expect(herzien?.na).toMatchObject({ vaststelling: { vastgesteld: "882918.08", versie: 2 } });

    // Ledger: the vordering of the herziening; the case reconciles with the new vastgesteld.
    const boekingen = await boekingenVanZaak(z.id);
    const geboekt = boekingen.filter((b) => b.oorzaak.soort === "herziening");
    expect(geboekt.map((b) => [b.soort, b.bedrag.toFixed(2)])).toEqual([
      ["vordering_opgelegd", "-10000.00"],
    ]);
    const rec = reconcilieert(new Decimal("882918.08"), boekingen);
    expect(rec.ok && rec.waarde.klopt).toBe(true);

    // The agreement history holds both vaststelling versions; the earlier one stays readable.
    const soorten = (await leesAfspraken(z.id)).map((a) => [a.soort, a.totaal]);
    expect(soorten.slice(-2)).toEqual([
      ["vaststelling", "892918.08"],
      ["vaststelling", "882918.08"],
    ]);
    const n = await nacalculatie(z);
    expect(n.vaststelling).toMatchObject({ versie: 2, vastgesteld: "882918.08" });
    expect(n.eerdereVaststellingen).toMatchObject([
      { vastgesteld: "892918.08", nabetaling: "124918.08" },
    ]);
    expect(n.afwikkeling).toMatchObject({ vorderingOpen: "10000.00", afgewikkeld: false });
    expect((n.overige as { id: string }[]).find((o) => o.id === "o2")).toMatchObject({
      gerealiseerd: "80000.00",
    });

    // The letter: the version in force, the reason, old and new amounts, what is reclaimed.
    const brief = await download(gw, `/api/aanvragen/${z.id}/pdf/vaststelling`, z.beheer1.idToken);
    expect(brief.status).toBe(200);
    const tekst = (await pdfTekst(brief.bytes)).tekst;
    for (const t of [
      "Herziening vaststelling kwaliteitsbudget 2020",
      "Herziening (versie 2)",
      "Reden: Het accountantsrapport is gecorrigeerd",
      "€ 892.918,08",
      "€ 882.918,08",
      "Het zorgkantoor vordert € 10.000,00 van u terug; te betalen uiterlijk 10-07-2021.",
    ])
      expect(tekst).toContain(t);

    // A second herziening lowers the open vordering with a correctie entry.
    expect(
      (
        await post(
          z,
          "herziening/voorstel",
          z.beheer2.idToken,
          { reden: "bezwaar gegrond", correcties: correctie("85000.00") },
          juni,
        )
      ).status,
    ).toBe(201);
    const g3 = await post(z, "herziening/goedkeuring", z.beheer1.idToken, {}, juni);
    expect(g3.status, JSON.stringify(g3.body)).toBe(200);
    expect(g3.body!.vaststelling).toMatchObject({ versie: 3, vastgesteld: "887918.08" });
    const na = await boekingenVanZaak(z.id);
    expect(
      na.filter((b) => b.soort === "correctie").map((b) => [b.oorzaak.soort, b.bedrag.toFixed(2)]),
    ).toEqual([["herziening", "5000.00"]]);
    const rec3 = reconcilieert(new Decimal("887918.08"), na);
    expect(rec3.ok && rec3.waarde.klopt).toBe(true);
    expect((await nacalculatie(z)).eerdereVaststellingen).toHaveLength(2);
  });

  it("weigert een lege reden met 422 die 'reden' noemt, en verandert niets", async () => {
    const z = await zaak();
    await stelVastEnBetaalNa(z);
    const voor = await leesAanvraag(z.id);
    const boekingen = (await boekingenVanZaak(z.id)).length;
    const r = await post(z, "herziening/voorstel", z.beheer1.idToken, {
      reden: "   ",
      correcties: correctie("80000.00"),
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "reden" });
    expect(r.body!.detail).toMatch(/^Reden: de reden van de herziening mag niet leeg zijn/);
    const na = await leesAanvraag(z.id);
    expect(na!.versie).toBe(voor!.versie);
    expect(na!.overig.herzieningsvoorstel).toBeUndefined();
    expect(na!.overig.vaststelling).toEqual(voor!.overig.vaststelling);
    expect(await boekingenVanZaak(z.id)).toHaveLength(boekingen);
    const g = await post(z, "herziening/goedkeuring", z.beheer2.idToken, {});
    expect(g.status).toBe(409);
  });

  it("corrigeert een geldcijfer van het jaarverslag uit het accountantsrapport; een onbekende regel is 422", async () => {
    const z = await zaak();
    await stelVastEnBetaalNa(z);
    const onbekend = await post(z, "herziening/voorstel", z.beheer1.idToken, {
      reden: "correctie",
      correcties: { overige: [{ id: "o9", gerealiseerd: "1.00", conform: true }] },
    });
    expect(onbekend.status).toBe(422);
    expect(onbekend.body).toMatchObject({ veld: "correcties.overige.0.id" });
    // Lower werkgeverslasten: eligible personeel can only go down (never above the agreement).
    const v = await post(z, "herziening/voorstel", z.beheer1.idToken, {
      reden: "accountant: werkgeverslasten lager",
      correcties: { jaarverslag: { werkgeverslasten: "1000000.00" } },
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const g = await post(z, "herziening/goedkeuring", z.beheer2.idToken, {});
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    const nieuw = g.body!.vaststelling as { vastgesteld: string; herziening: object };
    expect(new Decimal(nieuw.vastgesteld).lt("892918.08")).toBe(true);
    expect(nieuw.herziening).toMatchObject({ jaarverslag: { werkgeverslasten: "1000000.00" } });
    const rec = reconcilieert(new Decimal(nieuw.vastgesteld), await boekingenVanZaak(z.id));
    expect(rec.ok && rec.waarde.klopt).toBe(true);
  });
});
