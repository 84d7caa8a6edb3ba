// §15.2 [portal rule] in the browser: on the herschikking page zorgkantoor-beheer changes the split
// of a case's new total over personeel and overige (Dutch notation "1.234,56"), the computed
// split being the default. A split that does not add up or goes above the request is refused at
// the field; a correct one is laid down as the proposal, and the agreement after the four-eyes
// approval carries it. A fresh zorgkantoor and case (test/integratie/herschikking/opzet.ts).
import type { Browser } from "playwright-core";
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
let browser: Browser;
let zk = "";
let zaak: AanvraagRecord;
/** The aanbieder as the page names it (test/integratie/herschikking/opzet.ts). */
const naam = () => testnaam("Zorggroep", zaak.aanbiederId);
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
beforeAll(async () => {
  gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
  browser = await startBrowser();
  zk = await zorgkantoorMetKader("200000.00");
  // A 60.000 (50.000 + 10.000), Q 100.000 (85.000 + 15.000), no October projection: P = A.
  zaak = await afgesproken(zk, {
    naam: "verdeling",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "50000.00",
    overige: "10000.00",
  });
  [beheer, beheer2] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe("herschikking: eigen verdeling over personeel en overige (§15.2)", () => {
  it("zorgkantoor-beheer verdeelt 90.000 zelf als 76.543,21 / 13.456,79; fouten staan bij het veld", async () => {
    const s = await nieuweSessie(browser, { klok: NOVEMBER });
    await logInAls(s, beheer);
    await open(s.page, link.herschikking(zk, 2020));
    const p = s.page;
    const totaal = p.getByLabel(`Nieuwe afspraak ${naam()} (€)`);
    await totaal.fill("90000,00");
    const zelf = p.getByLabel(/Verdeling over personeel en overige zelf bepalen/);
    await zelf.check();
    // The computed split of the proposal (P = A: no change) is the default.
    const personeel = p.getByLabel(`Personeel ${naam()} (€)`);
    const overige = p.getByLabel(`Overige kosten ${naam()} (€)`);
    expect(await personeel.inputValue()).toBe("50.000,00");
    expect(await overige.inputValue()).toBe("10.000,00");

    // Above the request for overige, and not adding up: refused on the page, nothing sent.
    await personeel.fill("70.000,00");
    await overige.fill("15.000,01");
    await p.getByLabel("Reden van het besluit").fill("overige loopt achter, personeel voor");
    await p.getByRole("button", { name: "Voorstel vastleggen" }).click();
    await p.getByText("Hoger dan aangevraagd voor overige kosten (€ 15.000,00).").first().waitFor();
    await p.getByText(/Samen € 85\.000,01; de nieuwe afspraak is € 90\.000,00/).waitFor();
    expect(await leesHerschikkingsvoorstel(zk, 2020)).toBeUndefined();

    await personeel.fill("76.543,21");
    await overige.fill("13.456,79");
    await p.getByText("Samen € 90.000,00: gelijk aan de nieuwe afspraak.").waitFor();
    await controleerToegankelijkheid(p, "herschikking eigen verdeling");
    await p.getByRole("button", { name: "Voorstel vastleggen" }).click();
    // The confirmation names the change: 60.000 becomes 90.000.
    await p.getByText(/1 van de 1 afspraak verandert/).waitFor();
    await p.getByRole("button", { name: "Ja, voorstel vastleggen" }).click();
    await p.getByRole("status").filter({ hasText: "Het voorstel is vastgelegd" }).waitFor();
    expect(await p.getByRole("heading", { name: "Er is iets niet in orde" }).count()).toBe(0);
    await schermafdruk(p, "herschikking-eigen-verdeling");
    const vastgelegd = (await leesHerschikkingsvoorstel(zk, 2020))!;
    expect(vastgelegd.regels[0]).toMatchObject({
      eigenVerdeling: true,
      nieuw: { personeel: "76543.21", overige: "13456.79" },
    });
    expect(s.fouten).toEqual([]);
    await s.context.close();

    await zeker(
      als(beheer2, "POST", `/api/zorgkantoren/${zk}/herschikking/2020/goedkeuring`, NOVEMBER, {
        versie: vastgelegd.versie,
      }),
    );
    expect((await leesAfspraken(zaak.id)).at(-1)).toMatchObject({
      soort: "herschikking",
      personeel: "76543.21",
      overige: "13456.79",
      totaal: "90000.00",
    });
  });

  it("in december: de herschikking is gesloten; zorgkantoor-beheer heropent haar met een reden", async () => {
    const s = await nieuweSessie(browser, { klok: "2020-12-03T10:00:00+01:00" });
    await logInAls(s, beheer);
    await open(s.page, link.herschikking(zk, 2020));
    const p = s.page;
    await p.getByText(/Het venster is gesloten/).waitFor();
    const form = p.locator("form").filter({
      has: p.getByRole("heading", { name: "Herschikking heropenen" }),
    });
    await form.getByRole("button", { name: "Herschikking heropenen" }).click();
    await form.getByText("Geef de reden op.").first().waitFor();
    await form.getByLabel("Heropenen tot en met (dd-mm-jjjj)").fill("15-12-2020");
    await form
      .getByLabel("Reden voor de heropening")
      .fill("de oktoberprognoses kwamen laat binnen");
    await controleerToegankelijkheid(p, "herschikking heropenen");
    await form.getByRole("button", { name: "Herschikking heropenen" }).click();
    await p
      .getByRole("status")
      .filter({ hasText: "De herschikking is heropend tot en met 15-12-2020." })
      .waitFor();
    await p.getByText(/Het venster is heropend tot 16-12-2020 00:00/).waitFor();
    expect(await p.getByRole("heading", { name: "Herschikking heropenen" }).count()).toBe(0);
    await p.getByRole("button", { name: "Voorstel vastleggen" }).waitFor();
    await schermafdruk(p, "herschikking-heropend");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
