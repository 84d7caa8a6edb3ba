// docs/regels.md §15.4 over HTTP: the settlement after the vaststelling, booked in the ledger in the
// approval's transaction, until the case is afgewikkeld.
// - nabetaling (§13 E): the vaststelling orders 124.918,08 in the month of the decision; a batch
//   proposed by one and released by another zorgkantoor-beheer user pays it: afgewikkeld.
// - terugvordering: both overige lines judged not conform → vastgesteld 747.918,08 on 768.000,00
//   paid: a vordering of 20.081,92 due 30 days after the decision, in the vaststellingsbrief.
// - verrekening: the same aanbieder and zorgkantoor still owe each other a 2021 voorschot (open
//   order of March 2021, 192.000,00): the 20.081,92 is offset against it (a pair of entries), no
//   vordering, and the 2021 batch then pays only 171.918,08 of that order.
import { describe, expect, it } from "vitest";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import { boekingenVanZaak } from "#functions/data/grootboek.js";
import { metApi, uniek, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { betaalVoorschotten, nacalculatieZaak } from "../nacalculatie/opzet.js";
import { download, pdfTekst } from "../rapportage/opzet.js";

const gw = metApi();
const mei = { "x-kb-klok": "2021-05-15T10:00:00+02:00" };

interface Partijen {
  zaak: AanvraagRecord;
  beoordelaar: TestGebruiker;
  beheer1: TestGebruiker;
  beheer2: TestGebruiker;
}

async function partijen(zaak: AanvraagRecord): Promise<Partijen> {
  const [beoordelaar, beheer1, beheer2] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
  return { zaak, beoordelaar, beheer1, beheer2 };
}

const versie = async (id: string) => (await leesAanvraag(id))!.versie;

async function nietConform(p: Partijen) {
  const r = await vraag(gw, `/api/aanvragen/${p.zaak.id}/nacalculatie/overige`, {
    methode: "PUT",
    token: p.beoordelaar.idToken,
    headers: mei,
    body: {
      versie: await versie(p.zaak.id),
      regels: ["o1", "o2"].map((id) => ({
        id,
        correctie: { bedrag: "1000.00", reden: "volgens het accountantsrapport" },
        conform: false,
        reden: "niet besteed zoals in het kwaliteitsplan afgesproken",
      })),
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** Proposal by beheer1, approval by beheer2 (four eyes, §9.3): the stored vaststelling. */
async function stelVast(p: Partijen) {
  const pad = `/api/aanvragen/${p.zaak.id}/vaststelling`;
  const v = await vraag(gw, `${pad}/voorstel`, {
    methode: "POST",
    token: p.beheer1.idToken,
    headers: mei,
    body: { versie: await versie(p.zaak.id) },
  });
  expect(v.status, JSON.stringify(v.body)).toBe(201);
  const g = await vraag(gw, `${pad}/goedkeuring`, {
    methode: "POST",
    token: p.beheer2.idToken,
    headers: mei,
    body: { versie: await versie(p.zaak.id) },
  });
  expect(g.status, JSON.stringify(g.body)).toBe(200);
  return g.body!.vaststelling as Record<string, string>;
}

async function geefVrij(p: Partijen, maand: string) {
  const pad = `/api/zorgkantoren/${p.zaak.zorgkantoorId}/betaalopdrachten/${maand}/batches`;
  const b = await vraag(gw, pad, { methode: "POST", token: p.beheer1.idToken, headers: mei });
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  const v = await vraag(gw, `${pad}/${b.body!.nummer}/vrijgave`, {
    methode: "POST",
    token: p.beheer2.idToken,
    headers: mei,
    body: { versie: b.body!.versie },
  });
  expect(v.status, JSON.stringify(v.body)).toBe(200);
  return b.body!;
}

const afwikkeling = async (p: Partijen) =>
  (
    await vraag(gw, `/api/aanvragen/${p.zaak.id}/nacalculatie`, {
      token: p.beheer1.idToken,
      headers: mei,
    })
  ).body!.afwikkeling;

describe("afwikkeling na de vaststelling (§15.4)", () => {
  it("nabetaling: opgedragen bij de vaststelling, betaald in een batch met vier ogen, dan afgewikkeld", async () => {
    const p = await partijen(await nacalculatieZaak(2020));
    const v = await stelVast(p);
    expect(v).toMatchObject({ vastgesteld: "892918.08", nabetaling: "124918.08" });
    expect(await afwikkeling(p)).toEqual({
      betaald: "768000.00",
      openstaandBesteld: "124918.08",
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: false,
    });
    const batch = await geefVrij(p, "2021-05");
    expect(batch).toMatchObject({ aantal: 1, totaal: "124918.08" });
    expect(await afwikkeling(p)).toEqual({
      betaald: "892918.08",
      openstaandBesteld: "0.00",
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: true,
    });
    const soorten = (await boekingenVanZaak(p.zaak.id)).map((b) => b.soort);
    expect(soorten.filter((s) => s.startsWith("nabetaling"))).toEqual([
      "nabetaling_besteld",
      "nabetaling_vrijgegeven",
    ]);
  });

  it("terugvordering: een vordering met vervaldag 30 dagen na de vaststelling, in de brief", async () => {
    const p = await partijen(await nacalculatieZaak(2020));
    await nietConform(p);
    const v = await stelVast(p);
    expect(v).toMatchObject({
      vastgesteld: "747918.08",
      terugvordering: "20081.92",
      verrekening: "0.00",
      vervaldatum: "2021-06-14",
    });
    expect(await afwikkeling(p)).toMatchObject({ vorderingOpen: "20081.92", afgewikkeld: false });
    const aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId: p.zaak.aanbiederId }]);
    const brief = await download(
      gw,
      `/api/aanvragen/${p.zaak.id}/pdf/vaststelling`,
      aanbieder.idToken,
    );
    expect(brief.status).toBe(200);
    expect((await pdfTekst(brief.bytes)).tekst).toContain(
      "Het zorgkantoor vordert € 20.081,92 van u terug; te betalen uiterlijk 14-06-2021.",
    );
  });

  it("verrekening: het saldo gaat af van een betaling die het zorgkantoor in 2021 nog verschuldigd is", async () => {
    const aanbiederId = uniek("aanbieder-verrekening");
    const zorgkantoorId = uniek("zk-verrekening");
    const volgend = await zaakIn("addendum_getekend", {
      aanbiederId,
      zorgkantoorId,
      jaar: 2021,
      inhoud: "voorbeeldA",
    });
    await betaalVoorschotten(volgend, false);
    const p = await partijen(await nacalculatieZaak(2020, { aanbiederId, zorgkantoorId }));
    await nietConform(p);
    const v = await stelVast(p);
    expect(v).toMatchObject({ terugvordering: "0.00", verrekening: "20081.92" });
    const eigen = (await boekingenVanZaak(p.zaak.id)).filter((b) => b.soort === "verrekening");
    const ander = (await boekingenVanZaak(volgend.id)).filter((b) => b.soort === "verrekening");
    expect(eigen.map((b) => b.bedrag.toFixed(2))).toEqual(["-20081.92"]);
    expect(ander.map((b) => [b.bedrag.toFixed(2), b.verrekening?.tegenboeking])).toEqual([
      ["20081.92", eigen[0]!.sleutel],
    ]);
    // The 2021 March order is paid only for what the offset left open.
    const batch = await geefVrij({ ...p, zaak: volgend }, "2021-03");
    expect(batch).toMatchObject({ totaal: "171918.08" });
  });
});
