// THE YEAR THROUGH THE UI — the year 2020 of test/integratie/jaar/jaar.test.ts, with the
// zorgkantoor's steps clicked through the site (review, aanvulling, toekenning, four-eyes
// approval, addendum, vastleggen, monthly run, payment batch, nacalculatie, vaststelling, and the
// nabetaling's batch of May 2021 with four eyes) at the same dates (zetKlok), ending with the §13 E
// amounts on screen and the case afgewikkeld (§15.4) on the nacalculatie page and in the dossier. The aanbieder's steps are clicked
// through the aanbieder pages by a fresh aanbieder user (jaar-aanbieder.ts): the wizard with the
// kwaliteitsplan upload, the aanvulling, the addendum signature, the realisaties, the
// jaarverslag and the accountant's report (uploaded in the dossier). A fresh zorgkantoor and
// aanbieder with their own users and a kader of 1.024.000,00, so no other test's changes interfere.
// Screenshots of each step in .test-artefacten/web/jaar-*.png.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gebruikLokaleStack } from "#lokaal/demo.js";
import { link, PAGINAS } from "#shared/paginas.js";
import { veldNaam } from "#shared/veldnamen.js";
import { zorgVoorPartijen } from "../integratie/beoordeling/opzet.js";
import { gebruiker, type TestGebruiker, uniek } from "../integratie/http/api.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
  zetKlok,
} from "./browser.js";
import {
  accountantsrapport,
  dienInViaWizard,
  jaarverslag,
  realisatie,
  tekenAddendum,
  vulAanViaWizard,
} from "./jaar-aanbieder.js";
import { als, dag2, maandrun, winter, zeker, zomer } from "./jaar-api.js";
import { bevestig, logInAls, open } from "./zorgkantoor.js";

const scope = { aanbiederId: uniek("aanb-jaar-web"), zorgkantoorId: uniek("zk-jaar-web") };
let browser: Browser;
let aanbiederSessie: Sessie;
let beoordelaar: Sessie;
let beheer1: Sessie;
let beheer2: Sessie;
const gebruikers: Record<string, TestGebruiker> = {};
let id = "";

async function scherm(s: Sessie, pad: string, klok: string): Promise<Page> {
  await zetKlok(s.context, klok);
  await open(s.page, pad);
  return s.page;
}
const stap = async (p: Page, naam: string) => {
  await controleerToegankelijkheid(p, naam);
  await schermafdruk(p, `jaar-${naam}`);
};
/** The zorgkantoor and year travel in the query string (the browser does not know the portal clock). */
const goedkeuringen = () => `${PAGINAS.goedkeuringen}?zorgkantoor=${scope.zorgkantoorId}&jaar=2020`;
const statusMet = (p: Page, tekst: string | RegExp) =>
  p.getByRole("status").filter({ hasText: tekst }).first().waitFor();

beforeAll(async () => {
  gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
  browser = await startBrowser();
  await zorgVoorPartijen(scope);
  const zk = { zorgkantoorId: scope.zorgkantoorId };
  const [a, b, h1, h2, l] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", ...zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", ...zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", ...zk }]),
    gebruiker([{ rol: "landelijk-beheer" }]),
  ]);
  Object.assign(gebruikers, { b, h1, h2, l });
  [aanbiederSessie, beoordelaar, beheer1, beheer2] = await Promise.all([
    nieuweSessie(browser),
    nieuweSessie(browser),
    nieuweSessie(browser),
    nieuweSessie(browser),
  ]);
  await logInAls(aanbiederSessie, a);
  await logInAls(beoordelaar, b);
  await logInAls(beheer1, h1);
  await logInAls(beheer2, h2);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe("het jaar 2020 door de site (§4–§9, §13)", { timeout: 180_000 }, () => {
  it("kader, indiening door de wizard en het verzoek om aanvulling door de beoordelaar", async () => {
    await zeker(
      als(gebruikers.l!, "PUT", `/api/kaders/2020/${scope.zorgkantoorId}`, winter("2019-10-01"), {
        bedrag: "1024000.00",
      }),
    );
    id = await dienInViaWizard(
      aanbiederSessie,
      scope.zorgkantoorId,
      "50.000,00",
      zomer("2019-10-15"),
    );

    const p = await scherm(
      beoordelaar,
      link.werkvoorraad(scope.zorgkantoorId, 2020),
      winter("2019-11-05"),
    );
    await p.getByRole("link", { name: /Beoordelen/ }).click();
    await p.getByRole("button", { name: "In behandeling nemen" }).click();
    await statusMet(p, "in behandeling genomen");
    await p
      .getByLabel("Reden voor de aanvulling")
      .fill("De scholing is te krap begroot voor alle verzorgenden; graag aanvullen.");
    await p.getByRole("button", { name: "Aanvulling vragen" }).click();
    await statusMet(p, "om aanvulling gevraagd");
    await stap(p, "01-aanvulling-gevraagd");
  });

  it("de beoordelaar ziet het verschil van versie 2 en stelt op 10-02-2020 de toekenning voor", async () => {
    await vulAanViaWizard(aanbiederSessie, id, "60.000,00", winter("2019-11-20"), "15-10-2019");

    const p = await scherm(beoordelaar, link.beoordeling(id), winter("2020-02-10"));
    const verschil = p.getByRole("table", { name: "Verschillen tussen versie 1 en versie 2" });
    await verschil.waitFor();
    // The changed field by its label (shared/veldnamen.ts), not its JSON path.
    expect(await verschil.textContent()).toContain(
      `${veldNaam("begroting[0].overige[0].bedrag")}€ 50.000,00€ 60.000,00`,
    );
    // The whole aanvraag reads on the page: the begroting line with its fte and loonkosten.
    const personeel = await p.getByRole("table", { name: "Personeel 2020" }).innerText();
    for (const t of ["10,00 fte", "De Linde", "€ 85.000,00", "€ 850.000,00"])
      expect(personeel).toContain(t);
    await stap(p, "02-verschil-versies");
    await p.getByRole("button", { name: "In behandeling nemen" }).click();
    await statusMet(p, "in behandeling genomen");
    // Each overige line is decided with its SMART parts in view.
    await p
      .getByRole("group", { name: "Overige regel 1: Scholing dementiezorg" })
      .getByText("100% certificaat")
      .waitFor();
    await p.getByLabel("Personeel (€)").fill("850000,00");
    // §15.1: each overige line is granted on its own; the overige total follows.
    await p.getByLabel("Overige: Scholing dementiezorg (€)").fill("60000,00");
    await p.getByLabel("Overige: Leefcirkels (€)").fill("90000,00");
    await p.getByLabel("Compensatiecomponent (€)").fill("24000,00");
    await p
      .getByLabel("Motivering van de toekenning")
      .fill("Toegekend zoals aangevraagd, met de compensatiecomponent.");
    await p.getByRole("status").filter({ hasText: "Totaal € 1.024.000,00" }).waitFor();
    await p.getByRole("status").filter({ hasText: "Overige kosten € 150.000,00" }).waitFor();
    await p.getByRole("button", { name: "Toekenning voorstellen" }).click();
    await statusMet(p, "tweede medewerker");
    await stap(p, "03-toekenning-voorgesteld");

    // The proposer cannot approve: the page says why, and offers no approval.
    await open(p, goedkeuringen());
    await p.getByText("U stelde dit zelf voor").waitFor();
    expect(await p.getByRole("button", { name: "Toekenning goedkeuren" }).count()).toBe(0);
    await stap(p, "04-goedkeuren-geweigerd");
  });

  it("zorgkantoor-beheer keurt goed (12-02), tekent het addendum (20-03) en legt vast", async () => {
    let p = await scherm(beheer1, goedkeuringen(), winter("2020-02-12"));
    await p.getByRole("button", { name: "Toekenning goedkeuren" }).click();
    await p.getByRole("button", { name: "Ja, toekenning goedkeuren" }).click();
    await statusMet(p, "goedgekeurd en vastgelegd als afspraak");
    await stap(p, "05-toekenning-goedgekeurd");

    await tekenAddendum(aanbiederSessie, id, winter("2020-03-18"));
    p = await scherm(beheer2, link.beoordeling(id), winter("2020-03-20"));
    await p.getByRole("button", { name: "Addendum tekenen namens het zorgkantoor" }).click();
    await statusMet(p, "door beide partijen getekend");
    await p.getByRole("button", { name: "Afspraak vastleggen voor de budgetronde" }).click();
    await statusMet(p, "vastgelegd");
    await stap(p, "06-vastgelegd");
  });

  it("de maandrun van maart betaalt 192.000,00 (§13 A); batch met vier ogen", async () => {
    for (const m of [1, 2]) await maandrun(gebruikers.h1!, scope.zorgkantoorId, m, "0.00");
    const p = await scherm(
      beheer1,
      `${PAGINAS.voorschotten}?zorgkantoor=${scope.zorgkantoorId}&jaar=2020`,
      winter("2020-03-25"),
    );
    await p.getByLabel("Maand van de run").selectOption("3");
    await p.getByRole("button", { name: "Maandrun uitvoeren" }).click();
    // The confirmation says what the run will do, from a dry run.
    await bevestig(
      p,
      "maakt de maandrun van maart 2020 1 betaalopdracht aan, voor in totaal € 192.000,00.",
      "Ja, maandrun uitvoeren",
    );
    await statusMet(p, "Maandrun maart 2020: 1 betaalopdracht(en), totaal € 192.000,00");
    await stap(p, "07-maandrun-maart");
    await p.getByRole("button", { name: /Betaalbatch voorstellen/ }).click();
    await statusMet(p, "betaalbatch is voorgesteld");
    await p.getByRole("button", { name: "Batch 1 vrijgeven" }).click();
    await p.getByRole("alert").waitFor(); // the proposer may not release it (§1)
    await stap(p, "08-batch-vrijgave-geweigerd");

    const q = await scherm(beheer2, goedkeuringen(), winter("2020-03-26"));
    await q.getByRole("button", { name: "Betaalbatch goedkeuren" }).click();
    await q.getByRole("button", { name: "Ja, betaalbatch goedkeuren" }).click();
    await statusMet(q, "vrijgegeven voor betaling");
    await stap(q, "09-batch-vrijgegeven");

    // §15.5: the released batch goes to the bank as a SEPA pain.001 file, beside XLSX and CSV.
    const r = await scherm(
      beheer1,
      `${PAGINAS.voorschotten}?zorgkantoor=${scope.zorgkantoorId}&jaar=2020`,
      winter("2020-03-26"),
    );
    await r.getByLabel("Maand", { exact: true }).selectOption("3");
    await r.getByRole("button", { name: "Toon betaalopdrachten" }).click();
    await r.getByRole("button", { name: "Export XLSX batch 1" }).waitFor();
    const [sepa] = await Promise.all([
      r.waitForEvent("download"),
      r.getByRole("button", { name: "SEPA-bestand (pain.001) batch 1" }).click(),
    ]);
    expect(sepa.suggestedFilename()).toMatch(/batch-1-pain\.001.*\.xml$/);
    const xml = await readFile(await sepa.path(), "utf8");
    expect(xml).toContain("<CtrlSum>192000.00</CtrlSum>");
    await stap(r, "09b-batch-sepa");
  });

  it("realisaties door de site, maandruns (API), de herschikking; het schema toont 768.000,00", async () => {
    const h1 = gebruikers.h1!;
    const h2 = gebruikers.h2!;
    for (const m of [4, 5]) await maandrun(h1, scope.zorgkantoorId, m, "64000.00", h2);
    await realisatie(aanbiederSessie, id, "mei", zomer("2020-05-12"), {
      fte: "8,5",
      kosten: "250.000,00",
      o1: "20.000,00",
      o2: "40.000,00",
    });
    for (const m of [6, 7, 8, 9, 10]) await maandrun(h1, scope.zorgkantoorId, m, "64000.00", h2);
    // Jan–Sep at the agreed pace: × 12/9 gives 850.000 + 60.000 + 90.000 = the agreement.
    await realisatie(aanbiederSessie, id, "oktober", zomer("2020-10-15"), {
      fte: "10,0",
      kosten: "637.500,00",
      o1: "45.000,00",
      o2: "67.500,00",
    });
    // §8 on 01-11-2020 through the page: the proposal keeps 1.000.000 (mutatie 0,00), the live
    // check finds it within the limits; §15.2 four eyes: beheer1 lays the proposal down, beheer2
    // approves it on the same page.
    const h = await scherm(
      beheer1,
      link.herschikking(scope.zorgkantoorId, 2020),
      winter("2020-11-01"),
    );
    expect(await h.getByLabel(/^Nieuwe afspraak/).inputValue()).toBe("1.000.000,00");
    await statusMet(h, "binnen de grenzen van de herschikking");
    await h.getByLabel("Reden van het besluit").fill("herschikking november 2020");
    await h.getByRole("button", { name: "Voorstel vastleggen" }).click();
    await bevestig(h, "Er verandert geen enkele afspraak", "Ja, voorstel vastleggen");
    await statusMet(h, "Het voorstel is vastgelegd");
    const h2b = await scherm(
      beheer2,
      link.herschikking(scope.zorgkantoorId, 2020),
      winter("2020-11-01"),
    );
    await h2b.getByText("Bij goedkeuren verandert geen enkele afspraak.").waitFor();
    await h2b.getByRole("button", { name: "Goedkeuren" }).click();
    await h2b.getByRole("button", { name: "Ja, herschikking goedkeuren" }).click();
    await statusMet(h2b, "0 afspraak/afspraken gewijzigd; afgesproken in totaal € 1.024.000,00");
    await stap(h2b, "10-herschikking");
    for (const m of [11, 12]) await maandrun(h1, scope.zorgkantoorId, m, "64000.00", h2);

    const p = await scherm(
      beheer1,
      `${PAGINAS.voorschotten}?zorgkantoor=${scope.zorgkantoorId}&jaar=2020`,
      dag2(12),
    );
    await p.getByRole("button", { name: "Toon voorschotschema" }).click();
    await p
      .getByRole("table", {
        name: "Voorschotschema: gepland € 768.000,00, opgedragen € 768.000,00, betaald € 768.000,00",
      })
      .waitFor();
    await stap(p, "10b-voorschotschema");
  });

  it("jaarverslag, overige kosten, vaststelling met vier ogen: § 13 E op het scherm", async () => {
    await jaarverslag(aanbiederSessie, id, winter("2021-02-01"));
    let p = await scherm(beoordelaar, link.nacalculatie(id), winter("2021-02-15"));
    // §15.1: the amounts come from the year report; the zorgkantoor sees them per line and judges.
    const perRegel = p.getByRole("table", { name: "Overige kosten per regel" });
    await perRegel.waitFor();
    expect(await perRegel.getByRole("row", { name: /^Scholing dementiezorg / }).textContent()).toBe(
      "Scholing dementiezorg€ 60.000,00€ 55.000,00—Conform€ 55.000,00",
    );
    // A correction without a reason is refused at its field; nothing is sent.
    await p.getByLabel("Gecorrigeerd bedrag: Scholing dementiezorg (€)").fill("50000,00");
    await p.getByRole("button", { name: "Overige kosten opslaan" }).click();
    await p.getByRole("link", { name: /Geef de reden van de correctie/ }).waitFor();
    await p.getByLabel("Gecorrigeerd bedrag: Scholing dementiezorg (€)").fill("");
    await p.getByRole("button", { name: "Overige kosten opslaan" }).click();
    await statusMet(p, "overige kosten zijn opgeslagen");
    await stap(p, "11-overige-kosten");

    await accountantsrapport(aanbiederSessie, id, zomer("2021-04-20"));
    p = await scherm(beheer1, link.nacalculatie(id), zomer("2021-05-15"));
    const reken = p.getByRole("table", { name: "Rondrekening en vaststelling" });
    await reken.waitFor();
    // §13 E: I = 1,0380073800…, shown to 4 decimals with the exact value on request (§11).
    const index = reken.getByRole("row", { name: /^Cliëntmix-index / });
    expect(await index.textContent()).toMatch(/^Cliëntmix-index1,0380Exacte waarde1,03800738/);
    for (const [naam, bedrag] of [
      ["Personeel gerealiseerd", "€ 723.918,08"],
      ["Overige vergoedbaar", "€ 145.000,00"],
      ["Compensatie", "€ 24.000,00"],
      ["Vastgesteld", "€ 892.918,08"],
      ["Betaalde voorschotten", "€ 768.000,00"],
      ["Saldo", "€ 124.918,08"],
      ["Nabetaling", "€ 124.918,08"],
    ])
      expect(await reken.getByRole("row", { name: new RegExp(`^${naam} `) }).textContent()).toBe(
        `${naam}${bedrag}`,
      );
    await p.getByRole("button", { name: "Vaststelling voorstellen" }).click();
    await bevestig(
      p,
      /voorgesteld op € 892\.918,08\. Met € 768\.000,00 aan betaalde voorschotten is het saldo € 124\.918,08\. .*wordt € 124\.918,08 nabetaald met een betaalopdracht/,
      "Ja, vaststelling voorstellen",
    );
    await statusMet(p, "vaststelling is voorgesteld");
    await p.getByRole("button", { name: "Vaststelling goedkeuren" }).click();
    await bevestig(p, /wordt vastgesteld op € 892\.918,08/, "Ja, vaststelling goedkeuren");
    await p.getByRole("alert").waitFor(); // four eyes: not the proposer
    await stap(p, "12-vaststelling-zelf-geweigerd");

    const q = await scherm(beheer2, goedkeuringen(), zomer("2021-05-15"));
    await q.getByRole("button", { name: "Vaststelling goedkeuren" }).click();
    await q.getByRole("button", { name: "Ja, vaststelling goedkeuren" }).click();
    await statusMet(q, "vaststelling van");
    const r = await scherm(beheer2, link.nacalculatie(id), zomer("2021-05-15"));
    const vast = r.getByRole("table", { name: "Vastgestelde nacalculatie" });
    await vast.waitFor();
    expect(await vast.locator("tbody").textContent()).toBe(
      "€ 892.918,08€ 124.918,08Nabetaling aan de aanbieder€ 124.918,08€ 0,00€ 0,00",
    );
    // §15.4 from the ledger: the nabetaling is ordered, not yet paid; the case is not afgewikkeld.
    const af = await r.getByRole("table", { name: "Stand van de afwikkeling" }).textContent();
    expect(af).toContain("Vastgesteld€ 892.918,08");
    expect(af).toContain("Betaald€ 768.000,00");
    expect(af).toContain("Opgedragen, nog niet betaald€ 124.918,08");
    expect(af).toContain("StatusNog niet afgewikkeld");
    await stap(r, "13-vastgesteld");

    // §15.7: after the vaststelling the zorgkantoor records that the extra staff are still employed.
    const inDienst = r.getByRole("form", { name: "Personeel nog in dienst" });
    await inDienst.getByLabel("Vastgesteld op (dd-mm-jjjj)").fill("01-05-2021");
    await inDienst
      .getByLabel("Toelichting")
      .fill("Loonstroken april 2021: de extra fte zijn in dienst.");
    await inDienst.getByRole("button", { name: "Personeel in dienst vastleggen" }).click();
    await statusMet(r, "extra personeel nog in dienst");
    await r.getByText("Vastgelegd: ja, op 01-05-2021.").waitFor();
    await stap(r, "14-personeel-in-dienst");
    for (const s of [aanbiederSessie, beoordelaar, beheer1, beheer2]) expect(s.fouten).toEqual([]);
  });

  it("de nabetaling: batch van mei 2021 met vier ogen op de voorschottenpagina; daarna afgewikkeld (§15.4)", async () => {
    const voorschotten2021 = `${PAGINAS.voorschotten}?zorgkantoor=${scope.zorgkantoorId}&jaar=2021`;
    const mei = async (p: Page) => {
      await p.getByLabel("Maand", { exact: true }).selectOption("5");
      await p.getByRole("button", { name: "Toon betaalopdrachten" }).click();
    };
    const p = await scherm(beheer1, voorschotten2021, zomer("2021-05-20"));
    await mei(p);
    const opdrachten = p.getByRole("table", {
      name: "Betaalopdrachten mei 2021, totaal € 124.918,08",
    });
    expect(await opdrachten.locator("tbody").textContent()).toContain(
      "Nabetaling na vaststelling€ 124.918,08",
    );
    await p.getByRole("button", { name: /Betaalbatch voorstellen/ }).click();
    await statusMet(p, "betaalbatch is voorgesteld");
    await p.getByRole("button", { name: "Batch 1 vrijgeven" }).click();
    await p.getByRole("alert").waitFor(); // the proposer may not release it (§1)
    await stap(p, "15-nabetaling-batch-voorgesteld");

    const q = await scherm(beheer2, voorschotten2021, zomer("2021-05-21"));
    await mei(q);
    await q.getByRole("button", { name: "Batch 1 vrijgeven" }).click();
    await statusMet(q, "Batch 1 is vrijgegeven.");
    const batch = await q
      .getByRole("table", { name: "Betaalbatches mei 2021" })
      .locator("tbody")
      .textContent();
    // Nothing offset: the batch pays the nabetaling in full.
    expect(batch).toContain("Vrijgegeven1€ 0,00€ 124.918,08");
    await stap(q, "16-nabetaling-vrijgegeven");

    // Paid = vastgesteld: the nacalculatie page and the aanbieder's dossier say afgewikkeld.
    const r = await scherm(beheer2, link.nacalculatie(id), zomer("2021-05-21"));
    const af = await r.getByRole("table", { name: "Stand van de afwikkeling" }).textContent();
    expect(af).toContain("Vastgesteld€ 892.918,08");
    expect(af).toContain("Betaald€ 892.918,08");
    expect(af).toContain("Opgedragen, nog niet betaald€ 0,00");
    expect(af).toContain("Nog terug te ontvangen€ 0,00");
    expect(af).toContain("StatusAfgewikkeld");
    await r.getByText("Afgewikkeld: er staat geen betaling of vordering meer open.").waitFor();
    await stap(r, "17-afgewikkeld");

    const d = await scherm(aanbiederSessie, link.dossier(id), zomer("2021-05-21"));
    await d.getByText("Afgewikkeld: er staat geen betaling of vordering meer open.").waitFor();
    const dossier = await d.getByRole("table", { name: "Stand van de afwikkeling" }).textContent();
    expect(dossier).toContain("Vastgesteld€ 892.918,08");
    expect(dossier).toContain("Betaald€ 892.918,08");
    await stap(d, "18-dossier-afgewikkeld");
    for (const s of [aanbiederSessie, beheer1, beheer2]) expect(s.fouten).toEqual([]);
  });
});
