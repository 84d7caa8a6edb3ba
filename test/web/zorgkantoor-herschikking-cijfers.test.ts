// The herschikking page's figures and its two confirmations, in the browser: per aanbieder a table
// with per category the afspraak (A), the goedgekeurde aanvraag (Q) and the prognose (P), and on
// the total the verlaging, vraag, verhoging and voorstel; laying the proposal down and approving it
// each ask first, naming per aanbieder the new agreement and the difference and the total, and
// Annuleren changes nothing. A zorgkantoor of its own with a kader of 200.000 and two aanbieders:
// "daalt" (A = Q = 100.000, October P 60.000: verlaging 40.000) and "stijgt" (A 60.000, Q 200.000,
// October P 120.000: vraag 60.000, within the room of 80.000, so verhoging 60.000).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesHerschikkingsvoorstel } from "#functions/data/herschikkingen.js";
import { gebruikLokaleStack } from "#lokaal/demo.js";
import { link } from "#shared/paginas.js";
import { testnaam } from "../integratie/fixture/index.js";
import { afgesproken, zorgkantoorMetKader } from "../integratie/herschikking/opzet.js";
import { gebruiker, type TestGebruiker } from "../integratie/http/api.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { als, zeker } from "./jaar-api.js";
import { logInAls, open } from "./zorgkantoor.js";

const NOVEMBER = "2020-11-20T10:00:00+01:00";
const REACTIE = "Akkoord; de vacatures zijn vervuld.";
let browser: Browser;
let zk = "";
let daalt: AanvraagRecord;
let stijgt: AanvraagRecord;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
let aanbiederStijgt: TestGebruiker;
const naam = (z: AanvraagRecord) => testnaam("Zorggroep", z.aanbiederId);

/** The October realisatie (Jan–Sep): the projection × 12/9 gives P; no overige spent. */
async function oktober(z: AanvraagRecord, fte: string, kosten: string): Promise<void> {
  const a = await gebruiker([{ rol: "aanbieder", aanbiederId: z.aanbiederId }]);
  await zeker(
    als(a, "PUT", `/api/aanvragen/${z.id}/realisaties/oktober`, "2020-10-15T10:00:00+02:00", {
      personeel: [{ regelId: "p1", extraFte: fte, kostenTotNu: kosten }],
      overige: [{ regelId: "o1", uitgavenTotNu: "0.00" }],
      vorigeVersie: 0,
    }),
    201,
  );
}

beforeAll(async () => {
  gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
  browser = await startBrowser();
  zk = await zorgkantoorMetKader("200000.00");
  daalt = await afgesproken(zk, {
    naam: "daalt",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "85000.00",
    overige: "15000.00",
  });
  stijgt = await afgesproken(zk, {
    naam: "stijgt",
    fte: 2,
    overigeQ: "30000.00",
    personeel: "50000.00",
    overige: "10000.00",
  });
  await oktober(daalt, "1.0", "45000.00");
  await oktober(stijgt, "2.0", "90000.00");
  [beheer, beheer2, aanbiederStijgt] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: stijgt.aanbiederId }]),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const rij = (p: Page, tabel: string, kop: string) =>
  p
    .getByRole("table", { name: tabel })
    .getByRole("row", { name: new RegExp(`^${kop.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) })
    .textContent();

describe("herschikking: de cijfers per aanbieder en de bevestigingen (§8, §15.2)", () => {
  it("toont A, Q en P per categorie met verlaging, vraag en voorstel; vastleggen vraagt eerst, Annuleren legt niets vast", async () => {
    const s = await nieuweSessie(browser, { klok: NOVEMBER });
    await logInAls(s, beheer);
    await open(s.page, link.herschikking(zk, 2020));
    const p = s.page;
    const a = `Herschikking ${naam(daalt)}`;
    const b = `Herschikking ${naam(stijgt)}`;
    await p.getByRole("table", { name: a }).waitFor();
    expect(await p.getByRole("columnheader").first().textContent()).toBe("Categorie");
    expect(await rij(p, a, "Personeel")).toBe(
      "Personeel€ 85.000,00€ 85.000,00€ 60.000,00———€ 60.000,00",
    );
    expect(await rij(p, a, "Totaal")).toBe(
      "Totaal€ 100.000,00€ 100.000,00€ 60.000,00€ 40.000,00€ 0,00€ 0,00€ 60.000,00",
    );
    expect(await rij(p, b, "Overige kosten")).toBe(
      "Overige kosten€ 10.000,00€ 30.000,00€ 0,00———€ 18.571,43",
    );
    expect(await rij(p, b, "Totaal")).toBe(
      "Totaal€ 60.000,00€ 200.000,00€ 120.000,00€ 0,00€ 60.000,00€ 60.000,00€ 120.000,00",
    );
    // The increase goes to the categories by their remaining room, 120.000 : 20.000.
    expect(await rij(p, b, "Personeel")).toBe(
      "Personeel€ 50.000,00€ 170.000,00€ 120.000,00———€ 101.428,57",
    );
    await p.getByText("De prognose komt uit de realisatie van oktober.").first().waitFor();
    await controleerToegankelijkheid(p, "herschikking cijfers");
    await schermafdruk(p, "herschikking-cijfers");

    await p.getByLabel("Reden van het besluit").fill("prognoses van oktober");
    await p.getByRole("button", { name: "Voorstel vastleggen" }).click();
    await p
      .getByText(
        "Weet u het zeker? Het voorstel wordt vastgelegd. 2 van de 2 afspraken veranderen; samen gaan de afspraken van € 160.000,00 naar € 180.000,00 (+€ 20.000,00).",
        { exact: false },
      )
      .waitFor();
    const w = "Wat verandert per aanbieder";
    expect(await rij(p, w, naam(daalt))).toBe(`${naam(daalt)}€ 100.000,00€ 60.000,00−€ 40.000,00`);
    expect(await rij(p, w, naam(stijgt))).toBe(
      `${naam(stijgt)}€ 60.000,00€ 120.000,00+€ 60.000,00`,
    );
    expect(await rij(p, w, "Totaal (alle 2 aanbieders)")).toBe(
      "Totaal (alle 2 aanbieders)€ 160.000,00€ 180.000,00+€ 20.000,00",
    );
    await controleerToegankelijkheid(p, "herschikking vastleggen bevestigen");
    await schermafdruk(p, "herschikking-vastleggen-bevestigen");
    await p.getByRole("button", { name: "Annuleren" }).click();
    await p.getByRole("button", { name: "Voorstel vastleggen" }).waitFor();
    expect(await p.getByRole("table", { name: w }).count()).toBe(0);
    expect(await leesHerschikkingsvoorstel(zk, 2020)).toBeUndefined();

    await p.getByRole("button", { name: "Voorstel vastleggen" }).click();
    await p.getByRole("button", { name: "Ja, voorstel vastleggen" }).click();
    await p.getByRole("status").filter({ hasText: "Het voorstel is vastgelegd" }).waitFor();
    const vastgelegd = (await leesHerschikkingsvoorstel(zk, 2020))!;
    expect(vastgelegd.status).toBe("voorgesteld");
    expect(s.fouten).toEqual([]);
    await s.context.close();

    await zeker(
      als(aanbiederStijgt, "POST", `/api/aanvragen/${stijgt.id}/herschikking/reactie`, NOVEMBER, {
        tekst: REACTIE,
        versie: vastgelegd.versie,
      }),
      201,
    );
  });

  it("goedkeuren noemt per aanbieder de nieuwe afspraak en het verschil; Annuleren verandert niets", async () => {
    const s = await nieuweSessie(browser, { klok: NOVEMBER });
    await logInAls(s, beheer2);
    await open(s.page, link.herschikking(zk, 2020));
    const p = s.page;
    // The response of the aanbieder, beside its figures.
    await p.getByText(`Reactie van de aanbieder (20-11-2020): ${REACTIE}`).waitFor();
    await p.getByRole("button", { name: "Herschikking goedkeuren" }).click();
    await p
      .getByText(
        "Weet u het zeker? De herschikking wordt besloten, voor alle aanbieders tegelijk. 2 van de 2 afspraken veranderen; samen gaan de afspraken van € 160.000,00 naar € 180.000,00 (+€ 20.000,00).",
        { exact: false },
      )
      .waitFor();
    await p
      .getByText(/krijgt een herschikkingsbrief\. Dit kan niet ongedaan worden gemaakt\./)
      .waitFor();
    expect(await rij(p, "Wat verandert per aanbieder", naam(stijgt))).toBe(
      `${naam(stijgt)}€ 60.000,00€ 120.000,00+€ 60.000,00`,
    );
    await controleerToegankelijkheid(p, "herschikking goedkeuren bevestigen");
    await schermafdruk(p, "herschikking-goedkeuren-bevestigen");
    await p.getByRole("button", { name: "Annuleren" }).click();
    await p.getByRole("button", { name: "Herschikking goedkeuren" }).waitFor();
    expect((await leesAfspraken(stijgt.id)).map((x) => x.soort)).toEqual(["initieel"]);
    expect((await leesHerschikkingsvoorstel(zk, 2020))!.status).toBe("voorgesteld");

    await p.getByRole("button", { name: "Herschikking goedkeuren" }).click();
    await p.getByRole("button", { name: "Ja, herschikking goedkeuren" }).click();
    await p
      .getByRole("status")
      .filter({ hasText: "De herschikking is goedgekeurd: 2 afspraak/afspraken gewijzigd" })
      .waitFor();
    expect((await leesAfspraken(stijgt.id)).at(-1)).toMatchObject({
      soort: "herschikking",
      totaal: "120000.00",
    });
    expect((await leesAfspraken(daalt.id)).at(-1)).toMatchObject({
      soort: "herschikking",
      totaal: "60000.00",
    });
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
