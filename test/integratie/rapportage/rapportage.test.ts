// over HTTP with real tokens: the documents, overviews and previews of the rapportage
// Lambda on a case with the §13 A agreement (1.024.000,00), §13 A voorschotten (768.000,00, every
// month released in a batch before the nacalculatie) and the §13 E vaststelling (892.918,08, nabetaling
// 124.918,08) — the amounts must appear exactly in the PDF, the XLSX and the JSON. Years of their
// own (2047, 2048) keep the national views of this file free of other tests' cases.
import { beforeAll, describe, expect, it } from "vitest";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak } from "../nacalculatie/opzet.js";
import { download, pdfTekst, xlsxBladen, zetBesluit } from "./opzet.js";

const JAAR = 2047;
const gw = metApi();
let zaak: AanvraagRecord;
let open: AanvraagRecord;
let aanbieder: TestGebruiker;
let ander: TestGebruiker;
let beoordelaar: TestGebruiker;
let anderZorgkantoor: TestGebruiker;
let landelijk: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;

beforeAll(async () => {
  [zaak, open] = await Promise.all([
    nacalculatieZaak(JAAR).then(zetBesluit),
    // A case without jaarverslag (nor vaststelling) for the previews and the 409s.
    nacalculatieZaak(JAAR + 1, {}, { voorschotten: true, rapport: true, overige: true }),
  ]);
  [aanbieder, ander, beoordelaar, anderZorgkantoor, landelijk, beheer1, beheer2] =
    await Promise.all([
      gebruiker([
        { rol: "aanbieder", aanbiederId: zaak.aanbiederId },
        { rol: "aanbieder", aanbiederId: open.aanbiederId },
      ]),
      gebruiker([{ rol: "aanbieder", aanbiederId: "aanbieder-elders-rapportage" }]),
      gebruiker([
        { rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId },
        { rol: "beoordelaar", zorgkantoorId: open.zorgkantoorId },
      ]),
      gebruiker([{ rol: "beoordelaar", zorgkantoorId: "zorgkantoor-elders-rapportage" }]),
      gebruiker([{ rol: "landelijk-beheer" }]),
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    ]);
  // §9.3 with four eyes over HTTP: one proposes, another approves.
  const versie = async () => (await leesAanvraag(zaak.id))!.versie;
  const v = await vraag(gw, `/api/aanvragen/${zaak.id}/vaststelling/voorstel`, {
    methode: "POST",
    token: beheer1.idToken,
    body: { versie: await versie() },
  });
  if (v.status !== 200 && v.status !== 201) throw new Error(JSON.stringify(v.body));
  const g = await vraag(gw, `/api/aanvragen/${zaak.id}/vaststelling/goedkeuring`, {
    methode: "POST",
    token: beheer2.idToken,
    body: { versie: await versie() },
  });
  if (g.status !== 200) throw new Error(JSON.stringify(g.body));
}, 90_000);

const pdf = (id: string, stuk: string, token = aanbieder.idToken) =>
  download(gw, `/api/aanvragen/${id}/pdf/${stuk}`, token);

describe("PDF's van een aanvraag (§5, §9.3, §13)", () => {
  it("de vaststelling is een A4-PDF met de bedragen van §13 E", async () => {
    const r = await pdf(zaak.id, "vaststelling");
    expect(r.status, r.bytes.toString()).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    expect(r.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const p = await pdfTekst(r.bytes);
    expect(p.paginas).toBe(1);
    expect([Math.round(p.breedte), Math.round(p.hoogte)]).toEqual([595, 842]);
    for (const bedrag of [
      "€ 723.918,08",
      "€ 145.000,00",
      "€ 24.000,00",
      "€ 892.918,08",
      "€ 1.024.000,00",
      "€ 768.000,00",
      "€ 124.918,08",
    ])
      expect(p.tekst).toContain(bedrag);
    expect(p.tekst).toContain("Het zorgkantoor betaalt u € 124.918,08 na.");
  });

  it("de beoordelingsbrief en het addendum tonen de toekenning van §13 A", async () => {
    const brief = await pdfTekst((await pdf(zaak.id, "beoordelingsbrief")).bytes);
    expect(brief.tekst).toContain("€ 1.024.000,00");
    expect(brief.tekst).toContain("€ 850.000,00");
    expect(brief.tekst).toContain("10-02-2047");
    // §15.1: each overige line with its amount, in the letter and in the addendum.
    expect(brief.tekst).toContain("Scholing dementiezorg");
    expect(brief.tekst).toContain("€ 60.000,00");
    const addendum = await pdf(zaak.id, "addendum", beoordelaar.idToken);
    expect(addendum.status).toBe(200);
    const a = await pdfTekst(addendum.bytes);
    expect(a.tekst).toContain("€ 1.024.000,00");
    expect(a.tekst).toContain("€ 150.000,00");
    expect(a.tekst).toContain("ondertekend op 20-03-2047");
    expect(a.tekst).toContain("Leefcirkels");
    expect(a.tekst).toContain("€ 90.000,00");
  });

  it("een stuk dat nog niet bestaat geeft 409 met een Nederlandse reden", async () => {
    const v = await vraag(gw, `/api/aanvragen/${open.id}/pdf/vaststelling`, {
      token: aanbieder.idToken,
    });
    expect(v.status).toBe(409);
    expect(v.body).toMatchObject({ code: "NOG_NIET_VASTGESTELD" });
    const b = await vraag(gw, `/api/aanvragen/${open.id}/pdf/beoordelingsbrief`, {
      token: aanbieder.idToken,
    });
    expect(b.body).toMatchObject({ code: "NOG_GEEN_BESLUIT" });
    const onbekend = await vraag(gw, `/api/aanvragen/${zaak.id}/pdf/offerte`, {
      token: aanbieder.idToken,
    });
    expect(onbekend.status).toBe(422);
  });

  it("een andere aanbieder of een ander zorgkantoor krijgt 404, als voor een onbestaande zaak", async () => {
    for (const t of [ander.idToken, anderZorgkantoor.idToken]) {
      expect((await pdf(zaak.id, "vaststelling", t)).status).toBe(404);
      expect((await download(gw, `/api/aanvragen/${zaak.id}/xlsx`, t)).status).toBe(404);
    }
    const v = await vraag(gw, `/api/aanvragen/${open.id}/jaarverslag/voorbeeld`, {
      methode: "POST",
      token: ander.idToken,
      body: { verslag: JAARVERSLAG_E },
    });
    expect(v.status).toBe(404);
  });
});

describe("XLSX-downloads (§4.1, §5, §11)", () => {
  it("de begroting van de aanvraag: bedragen als getallen in euroformaat, exact", async () => {
    const r = await download(gw, `/api/aanvragen/${zaak.id}/xlsx`, aanbieder.idToken);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("spreadsheetml");
    const bladen = await xlsxBladen(r.bytes);
    const begroting = bladen.get("Begroting")!;
    expect(begroting.waarden.slice(1).map((w) => w[8])).toEqual([850000, 60000, 90000]);
    expect(begroting.formaten[1]![8]).toBe('"€ "#,##0.00');
    const totalen = bladen.get("Totalen per jaar")!;
    expect(totalen.waarden[1]!.slice(0, 4)).toEqual([String(JAAR), 850000, 150000, 1000000]);
    expect(bladen.has("Realisaties")).toBe(true);
    // §15.1: the toekenning per category and per overige line, asked beside granted.
    expect(bladen.get("Toekenning")!.waarden.slice(1)).toEqual([
      ["Extra personeel", 850000, 850000],
      ["Overige kosten", 150000, 150000],
      ["– Scholing dementiezorg", 60000, 60000],
      ["– Leefcirkels", 90000, 90000],
      ["Compensatiecomponent", null, 24000],
      ["Totaal", null, 1024000],
    ]);
    // §13 E year report: SV-loon, SV-dagen 50.000 → 56.000, werkgeverslasten 2.116.800.
    const jv = bladen.get("Jaarverslag")!.waarden;
    expect(jv[1]).toEqual(["SV-loon", 6000000, 7056000]);
    expect(jv[2]).toEqual(["SV-dagen", 50000, 56000]);
    expect(jv[3]!.slice(2)).toEqual([2116800]);
    // §15.1: the realised overige per line of the year report, by description.
    expect(jv.slice(-2).map((rij) => [rij[0], rij.at(-1)])).toEqual([
      ["Overige: Scholing dementiezorg", 55000],
      ["Overige: Leefcirkels", 95000],
    ]);
  });

  it("de budgetronde voor de NZa: NZa-nummer, AGB-code, afgesproken en compensatie", async () => {
    const r = await download(
      gw,
      `/api/zorgkantoren/${zaak.zorgkantoorId}/exports/${JAAR}/budgetronde`,
      beoordelaar.idToken,
    );
    expect(r.status).toBe(200);
    const [blad] = [...(await xlsxBladen(r.bytes)).values()];
    const [kop, rij, totaal] = blad!.waarden;
    expect(kop!.slice(0, 5)).toEqual([
      "NZa-nummer",
      "AGB-code",
      "Aanbieder",
      "Afgesproken kwaliteitsbudget",
      "Waarvan compensatie",
    ]);
    expect(rij![0]).toMatch(/^\d{3}-\d{4}$/);
    expect(rij![1]).toMatch(/^\d{8}$/);
    expect(rij!.slice(3, 7)).toEqual([1024000, 24000, 850000, 150000]);
    expect(totaal!.slice(3, 5)).toEqual([1024000, 24000]);
  });

  it("het overzicht van alle aanvragen met toestand, bedragen en termijn", async () => {
    const r = await download(
      gw,
      `/api/zorgkantoren/${zaak.zorgkantoorId}/exports/${JAAR}/aanvragen`,
      beoordelaar.idToken,
    );
    expect(r.status).toBe(200);
    const [blad] = [...(await xlsxBladen(r.bytes)).values()];
    const rij = blad!.waarden[1]!;
    expect(rij.slice(7, 12)).toEqual([850000, 150000, 1000000, 1024000, 24000]);
    expect(rij[6]).toBe("afgerond");
    const elders = await download(
      gw,
      `/api/zorgkantoren/${zaak.zorgkantoorId}/exports/${JAAR}/aanvragen`,
      anderZorgkantoor.idToken,
    );
    expect(elders.status).toBe(404);
  });
});

describe("overzichten (§1, §6, §9.3, §9.4)", () => {
  it("het regionale overzicht: afgesproken, betaald (vrijgegeven), opgedragen en vastgesteld", async () => {
    const r = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/overzicht/${JAAR}`, {
      token: beoordelaar.idToken,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const cijfers = {
      afgesproken: "1024000.00",
      // §15.3: every month released before the vaststelling (the §13 E letter's "paid"); the
      // difference between ordered and released is walked in test/integratie/grootboek/.
      betaald: "768000.00",
      // §15.4: the vaststelling ordered the nabetaling of 124.918,08 (paid once a batch releases it).
      opgedragen: "892918.08",
      gerealiseerd: "0.00",
      vastgesteld: "892918.08",
    };
    expect(r.body!.rijen).toEqual([expect.objectContaining({ aanvraagId: zaak.id, ...cijfers })]);
    expect(r.body!.totalen).toEqual(cijfers);
    const l = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/overzicht/${JAAR}`, {
      token: landelijk.idToken,
    });
    expect(l.body!.totalen).toEqual(cijfers);
    const elders = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/overzicht/${JAAR}`, {
      token: anderZorgkantoor.idToken,
    });
    expect(elders.status).toBe(404);
  });

  it("landelijke totalen per regio en het restant van §9.4", async () => {
    const t = await vraag(gw, `/api/landelijk/${JAAR}/totalen`, { token: landelijk.idToken });
    expect(t.status).toBe(200);
    const regio = (t.body!.regios as { zorgkantoorId: string }[]).find(
      (x) => x.zorgkantoorId === zaak.zorgkantoorId,
    );
    expect(regio).toMatchObject({ afgesproken: "1024000.00", vastgesteld: "892918.08" });
    expect(t.body!.totalen).toMatchObject({ vastgesteld: "892918.08", betaald: "768000.00" });
    const r = await vraag(gw, `/api/landelijk/${JAAR}/restant`, { token: landelijk.idToken });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      landelijkBudget: "1100000000.00",
      totaalVastgesteld: "892918.08",
      restant: "1099107081.92",
      definitief: true,
      totaalToegekend: "0.00",
    });
    // Pᵣ 723.918,08 stays below the agreed 850.000: no claim (§9.4).
    expect(r.body!.aanbieders).toEqual([
      expect.objectContaining({ personeelGerealiseerd: "723918.08", claim: "0.00" }),
    ]);
  });
});

describe("live voorbeelden zonder opslaan (§8, §9)", () => {
  it("de nacalculatie met een jaarverslag in wording geeft §13 E en slaat niets op", async () => {
    const r = await vraag(gw, `/api/aanvragen/${open.id}/jaarverslag/voorbeeld`, {
      methode: "POST",
      token: aanbieder.idToken,
      body: { verslag: JAARVERSLAG_E },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.berekening).toMatchObject({
      personeelVergoedbaar: "723918.08",
      vastgesteld: "892918.08",
      nabetaling: "124918.08",
    });
    expect(r.body!.ontbreekt).toEqual([]);
    // The same berekening as the nacalculatie on the stored §13 E report of the other case.
    const opgeslagen = await vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie`, {
      token: aanbieder.idToken,
    });
    expect(r.body!.berekening).toEqual(opgeslagen.body!.berekening);
    const n = await vraag(gw, `/api/aanvragen/${open.id}/nacalculatie`, {
      token: aanbieder.idToken,
    });
    expect(n.body!.jaarverslagVersie).toBeNull();
  });

  it("een basisjaar zonder gewogen cliëntdagen is een bevinding, geen fout van de server", async () => {
    const leeg = { VV4: 0, VV5: 0, VV6: 0, VV7: 0, VV8: 0, VV9b: 0, VV10: 0 };
    const verslag = {
      ...JAARVERSLAG_E,
      clientdagen: { ...JAARVERSLAG_E.clientdagen, basis: leeg },
    };
    const r = await vraag(gw, `/api/aanvragen/${open.id}/jaarverslag/voorbeeld`, {
      methode: "POST",
      token: aanbieder.idToken,
      body: { verslag },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.berekening).toBeNull();
    expect((r.body!.fout as { veld: string }).veld).toMatch(/^verslag\.clientdagen/);
  });

  it("de herschikkingscontrole noemt de overtreding per regel en schrijft niets", async () => {
    const pad = `/api/zorgkantoren/${open.zorgkantoorId}/herschikking/${JAAR + 1}/controle`;
    const te = await vraag(gw, pad, {
      methode: "POST",
      token: beoordelaar.idToken,
      body: { voorstel: [{ aanvraagId: open.id, nieuweAfspraak: "2000000.00", versie: 1 }] },
    });
    expect(te.status, JSON.stringify(te.body)).toBe(200);
    expect(te.body!.toegestaan).toBe(false);
    expect((te.body!.regels as { overtredingen: { code: string }[] }[])[0]!.overtredingen).toEqual([
      expect.objectContaining({ code: "AFSPRAAK_BOVEN_AANVRAAG" }),
    ]);
    const goed = await vraag(gw, pad, {
      methode: "POST",
      token: beoordelaar.idToken,
      body: { voorstel: [{ aanvraagId: open.id, nieuweAfspraak: "900000.00", versie: 1 }] },
    });
    expect(goed.body).toMatchObject({ toegestaan: true, overtredingen: [] });
    expect((await leesAanvraag(open.id))!.afspraak?.totaal).toBe("1024000.00");
  });
});
