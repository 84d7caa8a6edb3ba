// docs/regels.md §9 and §13 E over HTTP with the portal clock (x-kb-klok): an agreed case (§13 A
// agreement: personeel 850.000, overige scholing 60.000 and technologie 90.000, compensatie 24.000)
// whose voorschotten paid total 768.000,00. The aanbieder files the §13 E year report with the
// realised overige per line (55.000 and 95.000); the zorgkantoor judges each line (not conform
// needs a reason) and may correct an amount from the accountant's report, with a reason;
// the nacalculatie gives vastgesteld 892.918,08 and a nabetaling of 124.918,08. The vaststelling
// needs the accountant's report (422 without it) and four eyes: the proposer cannot approve (403),
// a second zorgkantoor-beheer user can, and the agreement gets its vaststelling version.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak, voegRapportToe } from "./opzet.js";

const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let ander: TestGebruiker;
let beoordelaar: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;

const klok = { "x-kb-klok": "2021-02-15T10:00:00+01:00" };

beforeAll(async () => {
  zaak = await nacalculatieZaak(2020, {}, { voorschotten: true });
  [aanbieder, ander, beoordelaar, beheer1, beheer2] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: "aanbieder-elders-nacalculatie" }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
}, 60_000);

const pad = (rest = "") => `/api/aanvragen/${zaak.id}${rest}`;
const versie = async () => (await leesAanvraag(zaak.id))!.versie;
const lees = (token: string) => vraag(gw, pad("/nacalculatie"), { token, headers: klok });
const overige = async (token: string, regels: unknown[]) =>
  vraag(gw, pad("/nacalculatie/overige"), {
    methode: "PUT",
    token,
    headers: klok,
    body: { versie: await versie(), regels },
  });

interface Berekening {
  personeelVergoedbaar: string;
  overigeVergoedbaar: string;
  vastgesteld: string;
  saldo: string;
  saldoSoort: string;
  nabetaling: string;
  betaaldeVoorschotten: string;
}

describe("nacalculatie en vaststelling over HTTP (§9, §13 E)", () => {
  it("de aanbieder dient het jaarverslag van §13 E in, met de overige per regel; alleen het rapport ontbreekt nog", async () => {
    const dien = (verslag: unknown) =>
      vraag(gw, pad("/jaarverslag"), {
        methode: "PUT",
        token: aanbieder.idToken,
        headers: klok,
        body: { verslag, vorigeVersie: 0 },
      });
    // §15.6: a line of the agreement left out is named; a line not in the agreement is refused.
    const mist = await dien({ ...JAARVERSLAG_E, overige: [JAARVERSLAG_E.overige[0]] });
    expect(mist.status, JSON.stringify(mist.body)).toBe(422);
    expect(mist.body).toMatchObject({ code: "OVERIGE_REGEL_ONTBREEKT", veld: "verslag.overige" });
    expect(String(mist.body!.detail)).toContain("Leefcirkels");
    const onbekend = await dien({
      ...JAARVERSLAG_E,
      overige: [...JAARVERSLAG_E.overige, { regelId: "o9", gerealiseerd: "1.00" }],
    });
    expect(onbekend.status).toBe(422);
    expect(onbekend.body).toMatchObject({
      code: "ONBEKENDE_REGEL",
      veld: "verslag.overige[2].regelId",
    });
    const leeg = await dien({
      ...JAARVERSLAG_E,
      overige: [JAARVERSLAG_E.overige[0], { regelId: "o2", gerealiseerd: "" }],
    });
    expect(leeg.status).toBe(422);
    expect(leeg.body).toMatchObject({ veld: "verslag.overige[1].gerealiseerd" });
    expect((await lees(aanbieder.idToken)).body!.jaarverslagVersie).toBeNull();

    const r = await dien(JAARVERSLAG_E);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const n = await lees(aanbieder.idToken);
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    expect(n.body).toMatchObject({ jaarverslagVersie: 1, betaaldeVoorschotten: "768000.00" });
    expect(n.body!.ontbreekt).toEqual([expect.stringContaining("rapportFeitelijkeBevindingen")]);
    expect(n.body!.overige).toEqual([
      expect.objectContaining({ id: "o1", gemeld: "55000.00", correctie: null, conform: true }),
      expect.objectContaining({ id: "o2", gemeld: "95000.00", vergoedbaar: "90000.00" }),
    ]);
  });

  it("een regel niet conform besteed (met reden) telt niet mee; conform telt min(gerealiseerd, afgesproken)", async () => {
    let r = await overige(beoordelaar.idToken, [
      { id: "o1" },
      { id: "o2", conform: false, reden: "niet in het kwaliteitsplan" },
    ]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((r.body!.berekening as Berekening).overigeVergoedbaar).toBe("55000.00");
    r = await overige(beoordelaar.idToken, [{ id: "o2", conform: true }]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((r.body!.berekening as Berekening).overigeVergoedbaar).toBe("145000.00");
    // A reason is required for "not conform"; an unknown line is refused; the aanbieder may not judge.
    r = await overige(beoordelaar.idToken, [{ id: "o2", conform: false }]);
    expect(r.status).toBe(422);
    expect(r.body!.veld).toBe("regels[0].reden");
    r = await overige(beoordelaar.idToken, [{ id: "o9" }]);
    expect(r.status).toBe(422);
    expect(r.body!.veld).toBe("regels[0].id");
    expect((await overige(aanbieder.idToken, [{ id: "o1" }])).status).toBe(403);
  });

  it("het zorgkantoor corrigeert een gemeld bedrag uit het accountantsrapport, met reden en in de audit; begrensd per regel", async () => {
    const v = await versie();
    let r = await overige(beoordelaar.idToken, [{ id: "o1", correctie: { bedrag: "50000.00" } }]);
    expect(r.status).toBe(422);
    expect(r.body!.veld).toBe("regels[0].correctie.reden");
    r = await overige(beoordelaar.idToken, [
      { id: "o1", correctie: { bedrag: "50000.00", reden: "  " } },
    ]);
    expect(r.status).toBe(422);
    expect(r.body!.veld).toBe("regels[0].correctie.reden");
    expect(await versie()).toBe(v);

    const reden = "accountant: 5.000 scholing viel in 2021";
    r = await overige(beoordelaar.idToken, [
      { id: "o1", correctie: { bedrag: "50000.00", reden } },
    ]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.overige).toEqual([
      expect.objectContaining({
        id: "o1",
        afgesproken: "60000.00",
        gemeld: "55000.00",
        correctie: { bedrag: "50000.00", reden },
        gerealiseerd: "50000.00",
        vergoedbaar: "50000.00",
      }),
      expect.objectContaining({ id: "o2", gemeld: "95000.00", vergoedbaar: "90000.00" }),
    ]);
    expect((r.body!.berekening as Berekening).overigeVergoedbaar).toBe("140000.00");
    const audit = (await leesAudit(aanvraagPk(zaak.id))).filter(
      (a) => a.gebeurtenis === "nacalculatie_ingediend",
    );
    expect(audit.at(-1)).toMatchObject({
      na: { overige: { o1: { conform: true, correctie: { bedrag: "50000.00", reden } } } },
    });
    expect(String(audit.at(-1)!.reden)).toContain(reden);

    // A correction above the agreed amount is capped at it (§9.2); the line again without a
    // correction counts the reported amount: §13 E's 145.000 for what follows.
    r = await overige(beoordelaar.idToken, [
      { id: "o1", correctie: { bedrag: "70000.00", reden: "accountant" } },
    ]);
    expect(r.body!.overige).toEqual([
      expect.objectContaining({ id: "o1", gerealiseerd: "70000.00", vergoedbaar: "60000.00" }),
      expect.anything(),
    ]);
    r = await overige(beoordelaar.idToken, [{ id: "o1" }]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((r.body!.berekening as Berekening).overigeVergoedbaar).toBe("145000.00");
  });

  it("rekent §13 E tot op de cent: vastgesteld 892.918,08, nabetaling 124.918,08", async () => {
    const r = await lees(aanbieder.idToken);
    expect(r.status).toBe(200);
    expect(r.body!.berekening).toMatchObject({
      personeelGerealiseerd: "723918.08",
      personeelVergoedbaar: "723918.08",
      overigeVergoedbaar: "145000.00",
      compensatie: "24000.00",
      vastgesteld: "892918.08",
      betaaldeVoorschotten: "768000.00",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      terugvordering: "0.00",
    });
    expect((await lees(ander.idToken)).status).toBe(404);
  });

  it("weigert de vaststelling zonder rapport van feitelijke bevindingen (422), niets opgeslagen", async () => {
    const v = await versie();
    const r = await vraag(gw, pad("/vaststelling/voorstel"), {
      methode: "POST",
      token: beoordelaar.idToken,
      headers: klok,
      body: { versie: v },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body!.code).toBe("RAPPORT_ACCOUNTANT_ONTBREEKT");
    expect(await versie()).toBe(v);
  });

  it("vier ogen: wie voorstelt mag niet goedkeuren (403); een tweede beheerder stelt vast", async () => {
    await voegRapportToe(zaak);
    const voorstel = await vraag(gw, pad("/vaststelling/voorstel"), {
      methode: "POST",
      token: beheer1.idToken,
      headers: klok,
      body: { versie: await versie() },
    });
    expect(voorstel.status, JSON.stringify(voorstel.body)).toBe(201);
    const zelf = await vraag(gw, pad("/vaststelling/goedkeuring"), {
      methode: "POST",
      token: beheer1.idToken,
      headers: klok,
      body: { versie: await versie() },
    });
    expect(zelf.status, JSON.stringify(zelf.body)).toBe(403);
    expect(zelf.body!.code).toBe("VIER_OGEN");
    const r = await vraag(gw, pad("/vaststelling/goedkeuring"), {
      methode: "POST",
      token: beheer2.idToken,
      headers: klok,
      body: { versie: await versie() },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.vaststelling).toMatchObject({
      vastgesteld: "892918.08",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      verrekening: "0.00",
      terugvordering: "0.00",
      goedgekeurdDoor: beheer2.sub,
      voorgesteldDoor: beheer1.sub,
    });
    const historie = await leesAfspraken(zaak.id);
    expect(historie.map((a) => a.soort)).toEqual(["initieel", "vaststelling"]);
    expect(historie.at(-1)!.totaal).toBe("892918.08");
    // Read back by the aanbieder; a second approval finds the case vastgesteld (409).
    const n = await lees(aanbieder.idToken);
    expect(n.body!.vaststelling).toMatchObject({ vastgesteld: "892918.08" });
    const nog = await vraag(gw, pad("/vaststelling/goedkeuring"), {
      methode: "POST",
      token: beheer2.idToken,
      body: { versie: await versie() },
    });
    expect(nog.status).toBe(409);
  });
});
