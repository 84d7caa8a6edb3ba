// docs/regels.md §15.8 over HTTP: the financial overview of a §13 A case whose ten voorschot orders
// (768.000,00) exist, March's released (192.000,00), with the §13 E year report. The aanbieder sees
// its own case, the zorgkantoor of the case sees the same figures, another aanbieder and another
// zorgkantoor get 404 (§1: as if the case did not exist). The expected saldo is the nacalculatie's.
import { beforeAll, describe, expect, it } from "vitest";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import { metApi, uniek, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { geefMaandVrij } from "../rapportage/opzet.js";
import { betaalVoorschotten, dienJaarverslagIn } from "./opzet.js";

const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let ander: TestGebruiker;
let beoordelaar: TestGebruiker;
let anderZorgkantoor: TestGebruiker;
const klok = { "x-kb-klok": "2021-02-15T10:00:00+01:00" };

beforeAll(async () => {
  zaak = await zaakIn("addendum_getekend", { jaar: 2020, inhoud: "voorbeeldA" });
  await betaalVoorschotten(zaak, false);
  await geefMaandVrij(zaak, 3);
  await dienJaarverslagIn(zaak);
  zaak = (await leesAanvraag(zaak.id))!;
  [aanbieder, ander, beoordelaar, anderZorgkantoor] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: uniek("aanbieder") }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: uniek("zk") }]),
  ]);
}, 90_000);

const overzicht = (g: TestGebruiker) =>
  vraag(gw, `/api/aanvragen/${zaak.id}/financieel-overzicht`, { token: g.idToken, headers: klok });

describe("financieel overzicht van een aanvraag (§15.8)", () => {
  it("de aanbieder ziet zijn afspraak, voorschotten per maand uit het grootboek en het verwachte saldo", async () => {
    const r = await overzicht(aanbieder);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      aanvraagId: zaak.id,
      jaar: 2020,
      afspraak: {
        personeel: "850000.00",
        overige: "150000.00",
        compensatie: "24000.00",
        totaal: "1024000.00",
        overigeRegels: [
          { omschrijving: "Scholing dementiezorg", afgesproken: "60000.00" },
          { omschrijving: "Leefcirkels", afgesproken: "90000.00" },
        ],
      },
      definitief: null,
      vordering: null,
    });
    const v = r.body!.voorschot as {
      maanden: Record<string, string>[];
      totaal: Record<string, string>;
      jaardoel: string;
    };
    // §13 A: March 192.000,00, April–December 64.000,00; only March released (§15.3).
    expect(v.maanden[2]).toMatchObject({
      maand: "2020-03",
      gepland: "192000.00",
      besteld: "192000.00",
      betaald: "192000.00",
      open: "0.00",
    });
    expect(v.maanden[3]).toMatchObject({
      gepland: "64000.00",
      besteld: "64000.00",
      betaald: "0.00",
      open: "64000.00",
    });
    expect(v.totaal).toMatchObject({
      gepland: "768000.00",
      besteld: "768000.00",
      betaald: "192000.00",
      open: "576000.00",
    });
    expect(v.jaardoel).toBe("768000.00");
    // The expected saldo is the nacalculatie on the year report, against the voorschotten paid.
    const n = await vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie`, {
      token: aanbieder.idToken,
      headers: klok,
    });
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    const berekening = n.body!.berekening as Record<string, string>;
    expect(r.body!.verwacht).toEqual({
      bron: "jaarverslag",
      vastgesteld: berekening.vastgesteld,
      voorschotten: "192000.00",
      saldo: berekening.saldo,
    });
    // §13 E to the cent: vastgesteld 892.918,08; against the 192.000,00 released so far.
    expect(r.body!.verwacht).toMatchObject({ vastgesteld: "892918.08", saldo: "700918.08" });
  });

  it("het zorgkantoor van de aanvraag ziet dezelfde cijfers", async () => {
    const [eigen, zk] = await Promise.all([overzicht(aanbieder), overzicht(beoordelaar)]);
    expect(zk.status, JSON.stringify(zk.body)).toBe(200);
    expect(zk.body).toEqual(eigen.body);
  });

  it("een andere aanbieder en een ander zorgkantoor krijgen 404, als bestond de aanvraag niet", async () => {
    for (const g of [ander, anderZorgkantoor]) {
      const r = await overzicht(g);
      expect(r.status, JSON.stringify(r.body)).toBe(404);
      expect(JSON.stringify(r.body)).not.toContain("1024000");
    }
  });
});
