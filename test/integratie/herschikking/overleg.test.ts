// docs/regels.md §15.2 over HTTP: the proposal is visible to each aanbieder for its own case (A, Q, P
// per category, old and new), who may respond in writing before the decision; the zorgkantoor
// sees the response on its herschikking page. After the four-eyes decision the aanbieder whose
// agreement changed gets a herschikkingsbrief (PDF) naming old and new per category and per
// overige line; a case whose agreement did not change has none.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { download, pdfTekst } from "../rapportage/opzet.js";
import { afgesproken, zorgkantoorMetKader } from "./opzet.js";

const gw = metApi();
let zk: string;
let stijgt: AanvraagRecord;
let blijft: AanvraagRecord;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
let aanbieder: TestGebruiker;
let ander: TestGebruiker;
const NOVEMBER = { "x-kb-klok": "2020-11-20T10:00:00+01:00" };

beforeAll(async () => {
  zk = await zorgkantoorMetKader("200000.00");
  // A 60.000 (50.000 + line o1 10.000), Q 100.000 (85.000 + 15.000): room 35.000 + 5.000.
  stijgt = await afgesproken(zk, {
    naam: "stijgt",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "50000.00",
    overige: "10000.00",
    overigeO1: "10000.00",
  });
  blijft = await afgesproken(zk, {
    naam: "blijft",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "85000.00",
    overige: "15000.00",
  });
  [beheer, beheer2, aanbieder, ander] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: stijgt.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: blijft.aanbiederId }]),
  ]);
}, 60_000);

const pad = () => `/api/zorgkantoren/${zk}/herschikking/2020`;
const regelPad = (z: AanvraagRecord) => `/api/aanvragen/${z.id}/herschikking`;

describe("overleg over het herschikkingsvoorstel en de herschikkingsbrief (§15.2)", () => {
  it("toont de aanbieder zijn regel, neemt zijn reactie op en geeft na het besluit een brief", async () => {
    // No proposal yet: the aanbieder sees none; another aanbieder's case is 404.
    const leeg = await vraag(gw, regelPad(stijgt), { token: aanbieder.idToken, headers: NOVEMBER });
    expect(leeg.status, JSON.stringify(leeg.body)).toBe(200);
    expect(leeg.body!.voorstel).toBeNull();
    expect((await vraag(gw, regelPad(stijgt), { token: ander.idToken })).status).toBe(404);

    const v = await vraag(gw, pad(), { token: beheer.idToken, headers: NOVEMBER });
    const regels = v.body!.regels as { aanvraagId: string; versie: number }[];
    const p = await vraag(gw, `${pad()}/voorstel`, {
      methode: "POST",
      token: beheer.idToken,
      headers: NOVEMBER,
      body: {
        voorstel: regels.map((r) => ({
          aanvraagId: r.aanvraagId,
          versie: r.versie,
          nieuweAfspraak: "100000.00", // blijft is at 100.000 already
        })),
        reden: "personeel komt sneller op sterkte",
      },
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);

    const r = await vraag(gw, regelPad(stijgt), { token: aanbieder.idToken, headers: NOVEMBER });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.voorstel).toMatchObject({
      versie: p.body!.versie,
      reden: "personeel komt sneller op sterkte",
      regel: {
        afspraak: "60000.00",
        nieuweAfspraak: "100000.00",
        mutatie: "40000.00",
        vorige: { personeel: "50000.00", overige: "10000.00" },
        aangevraagd: { personeel: "85000.00", overige: "15000.00" },
        nieuw: { personeel: "85000.00", overige: "15000.00" },
        vorigeRegels: [{ id: "o1", bedrag: "10000.00" }],
        nieuweRegels: [{ id: "o1", bedrag: "15000.00" }],
        reactie: null,
      },
    });
    // Responding: empty text 422 naming the field; outside scope 404; then stored and shown.
    const leegTekst = await vraag(gw, `${regelPad(stijgt)}/reactie`, {
      methode: "POST",
      token: aanbieder.idToken,
      body: { tekst: " ", versie: p.body!.versie },
    });
    expect(leegTekst.status).toBe(422);
    expect(leegTekst.body!.veld).toBe("tekst");
    const vreemd = await vraag(gw, `${regelPad(stijgt)}/reactie`, {
      methode: "POST",
      token: ander.idToken,
      body: { tekst: "niet van ons", versie: p.body!.versie },
    });
    expect(vreemd.status).toBe(404);
    const reactie = await vraag(gw, `${regelPad(stijgt)}/reactie`, {
      methode: "POST",
      token: aanbieder.idToken,
      body: { tekst: "Akkoord; de vacatures zijn vervuld.", versie: p.body!.versie },
    });
    expect(reactie.status, JSON.stringify(reactie.body)).toBe(201);
    const pagina = await vraag(gw, pad(), { token: beheer2.idToken, headers: NOVEMBER });
    const lijn = (pagina.body!.vastgelegd as { regels: { aanvraagId: string }[] }).regels.find(
      (x) => x.aanvraagId === stijgt.id,
    );
    expect(lijn).toMatchObject({ reactie: { tekst: "Akkoord; de vacatures zijn vervuld." } });

    // Before the decision there is no letter.
    const vooraf = await vraag(gw, `/api/aanvragen/${stijgt.id}/stukken/herschikkingsbrief`, {
      token: aanbieder.idToken,
    });
    expect(vooraf.status).toBe(409);
    expect(vooraf.body!.code).toBe("GEEN_HERSCHIKKING");

    const g = await vraag(gw, `${pad()}/goedkeuring`, {
      methode: "POST",
      token: beheer2.idToken,
      headers: NOVEMBER,
      body: { versie: p.body!.versie },
    });
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    expect(g.body!.gewijzigd).toHaveLength(1);

    for (const wie of [aanbieder, beheer]) {
      const pdf = await download(
        gw,
        `/api/aanvragen/${stijgt.id}/pdf/herschikkingsbrief`,
        wie.idToken,
      );
      expect(pdf.status, pdf.bytes.toString()).toBe(200);
      const { tekst } = await pdfTekst(pdf.bytes);
      expect(tekst).toContain("Herschikking kwaliteitsbudget 2020");
      for (const b of [
        "€ 50.000,00",
        "€ 85.000,00",
        "€ 10.000,00",
        "€ 15.000,00",
        "€ 60.000,00",
        "€ 100.000,00",
      ])
        expect(tekst).toContain(b);
      expect(tekst).toContain("personeel komt sneller op sterkte");
    }
    // The unchanged case has no letter; another aanbieder cannot read this one (404).
    const geen = await vraag(gw, `/api/aanvragen/${blijft.id}/stukken/herschikkingsbrief`, {
      token: ander.idToken,
    });
    expect(geen.status).toBe(409);
    expect(
      (
        await vraag(gw, `/api/aanvragen/${stijgt.id}/stukken/herschikkingsbrief`, {
          token: ander.idToken,
        })
      ).status,
    ).toBe(404);
    // After the decision the line is no longer open.
    const na = await vraag(gw, regelPad(stijgt), { token: aanbieder.idToken, headers: NOVEMBER });
    expect(na.body!.voorstel).toBeNull();
  }, 60_000);
});
