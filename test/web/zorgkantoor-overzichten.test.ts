// The zorgkantoor's overview pages — regional overview (SVG chart with a table
// equivalent, and the release of the regional margin, §5), voorschotten (dry run; the run's
// confirmation, Annuleren orders nothing), herschikking (live §8 check), exports (XLSX download),
// audit trail and the permanent reminder failures — each loaded, used and checked with axe.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import { link, PAGINAS } from "#shared/paginas.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";
import { als, zeker } from "./jaar-api.js";
import { logInAls, nieuweZaak, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let s: Sessie;
let zaakId = "";
const KLOK = "2020-11-02T10:00:00+01:00";
const metKeuze = (pad: string) => `${pad}?zorgkantoor=${zk.zorgkantoorId}&jaar=2020`;

beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  zaakId = (await nieuweZaak(zk, "addendum_getekend")).id;
  s = await nieuweSessie(browser, { klok: KLOK });
  await logInAls(s, zk.beheer1);
});
afterAll(async () => {
  await browser?.close();
});

describe("overzichten van het zorgkantoor", () => {
  it("regio-overzicht: grafiek met dezelfde cijfers als de tabel", async () => {
    await open(s.page, metKeuze(PAGINAS.regio));
    const grafiek = s.page.getByRole("img", { name: /Regio-overzicht/ });
    await grafiek.waitFor();
    const label = await grafiek.getAttribute("aria-label");
    expect(label).toContain("Regionaal kader € 10.000.000,00");
    expect(label).toContain("Afgesproken € 100.000,00");
    expect(await s.page.getByRole("table", { name: "Totalen 2020" }).textContent()).toContain(
      "Afgesproken€ 100.000,00",
    );
    await controleerToegankelijkheid(s.page, "regio-overzicht");
    await schermafdruk(s.page, "zorgkantoor-regio");
  });

  it("regio-overzicht: beheer geeft de regionale ruimte boven de reservering vrij, met reden", async () => {
    // On 2 November 2020 the aanvraag period of 2020 has long closed: nothing left to release.
    await open(s.page, metKeuze(PAGINAS.regio));
    await s.page.getByText("vrijgeven is niet meer nodig").waitFor();
    expect(await s.page.getByRole("button", { name: "Ruimte vrijgeven" }).count()).toBe(0);

    // In December 2019, before it closes, beheer releases it with a reason.
    const d = await nieuweSessie(browser, { klok: "2019-12-10T10:00:00+01:00" });
    await logInAls(d, zk.beheer1);
    await open(d.page, metKeuze(PAGINAS.regio));
    const naam = "Regionale ruimte boven de reservering";
    const sectie = d.page.getByRole("region", { name: naam });
    await sectie.getByText("Niet vrijgegeven.").waitFor();
    await sectie.getByRole("button", { name: "Ruimte vrijgeven" }).click();
    await sectie.getByText("Geef de reden op.").first().waitFor();
    await sectie.getByLabel("Reden voor de vrijgave").fill("Twee aanbieders vroegen minder aan.");
    await sectie.getByRole("button", { name: "Ruimte vrijgeven" }).click();
    await d.page.getByRole("status").filter({ hasText: "is vrijgegeven" }).waitFor();
    const na = d.page.getByRole("region", { name: naam });
    expect(await na.textContent()).toContain("Reden: Twee aanbieders vroegen minder aan.");
    expect(await na.getByRole("button", { name: "Ruimte vrijgeven" }).count()).toBe(0);
    await controleerToegankelijkheid(d.page, "regio-overzicht na vrijgave");
    expect(d.fouten).toEqual([]);
    await d.context.close();
  });

  it("voorschotten: een proefrun schrijft niets", async () => {
    await open(s.page, metKeuze(PAGINAS.voorschotten));
    await s.page.getByLabel("Maand van de run").selectOption("11");
    await s.page.getByLabel("Proefrun (schrijft niets)").check();
    await s.page.getByRole("button", { name: "Maandrun uitvoeren" }).click();
    await s.page.getByRole("status").filter({ hasText: "Proefrun november 2020" }).waitFor();
    // The outcome names the aanbieder, never its id.
    const uitkomst = s.page.getByRole("table", { name: /Uitkomst per aanvraag/ });
    expect(await uitkomst.textContent()).toMatch(/Zorggroep Test \d+/);
    expect(await uitkomst.textContent()).not.toMatch(/aanb-web/);
    await controleerToegankelijkheid(s.page, "voorschotten proefrun");
  });

  it("voorschotten: de maandrun vraagt eerst wat er gebeurt; Annuleren maakt geen betaalopdracht", async () => {
    const pad = `/api/zorgkantoren/${zk.zorgkantoorId}`;
    const proef = await zeker(
      als(zk.beheer1, "POST", `${pad}/voorschot/maandrun`, KLOK, {
        jaar: 2020,
        maand: 11,
        proef: true,
      }),
    );
    expect(proef.aantalAangemaakt).toBe(1);
    await open(s.page, metKeuze(PAGINAS.voorschotten));
    await s.page.getByLabel("Maand van de run").selectOption("11");
    await s.page.getByRole("button", { name: "Maandrun uitvoeren" }).click();
    await s.page
      .getByText(
        `Weet u het zeker? Volgens een proefrun van zojuist maakt de maandrun van november 2020 1 betaalopdracht aan, voor in totaal ${euro(new Decimal(proef.totaalAangemaakt as string))}.`,
      )
      .waitFor();
    await controleerToegankelijkheid(s.page, "voorschotten maandrun bevestigen");
    await s.page.getByRole("button", { name: "Annuleren" }).click();
    await s.page.getByRole("button", { name: "Maandrun uitvoeren" }).waitFor();
    expect(await s.page.getByRole("button", { name: "Ja, maandrun uitvoeren" }).count()).toBe(0);
    expect(
      await zeker(als(zk.beheer1, "GET", `${pad}/betaalopdrachten/2020-11`, KLOK)),
    ).toMatchObject({ aantal: 0 });
  });

  it("herschikking: de grenzen van §8 worden tijdens het typen gecontroleerd", async () => {
    await open(s.page, link.herschikking(zk.zorgkantoorId, 2020));
    const veld = s.page.getByLabel(/^Nieuwe afspraak/);
    await veld.waitFor();
    await s.page.getByRole("status").filter({ hasText: "Totaal nieuwe afspraken" }).waitFor();
    await controleerToegankelijkheid(s.page, "herschikking");
    await veld.fill("20000000,00");
    await s.page.getByRole("status").filter({ hasText: "€ 20.000.000,00" }).waitFor();
    expect(
      await s.page.getByRole("status").filter({ hasText: "€ 20.000.000,00" }).textContent(),
    ).not.toContain("binnen de grenzen");
    await controleerToegankelijkheid(s.page, "herschikking met overtreding");
    await schermafdruk(s.page, "zorgkantoor-herschikking");
  });

  it("exports: de budgetronde als XLSX", async () => {
    await open(s.page, metKeuze(PAGINAS.exports));
    const [bestand] = await Promise.all([
      s.page.waitForEvent("download"),
      s.page.getByRole("button", { name: "Budgetronde NZa (XLSX)" }).click(),
    ]);
    expect(bestand.suggestedFilename()).toMatch(/\.xlsx$/);
    await controleerToegankelijkheid(s.page, "exports");
  });

  it("audittrail: alle wijzigingen bij het zorgkantoor, met een periodefilter", async () => {
    await open(s.page, metKeuze(PAGINAS.zorgkantoorAudit));
    const t = s.page.getByRole("table", { name: /Wijzigingen bij dit zorgkantoor/ });
    await t.waitFor();
    expect(await t.locator("tbody tr").count()).toBeGreaterThan(2);
    const tekst = (await t.textContent()) ?? "";
    expect(tekst).toContain("→");
    // Names of roles in words, no internal codes or JSON.
    expect(tekst).not.toMatch(/[{}]|zorgkantoor_beheer/);
    // People by their e-mail address, with their role.
    expect(tekst).toMatch(/@[^ ]+ \((aanbieder|beoordelaar|zorgkantoor-beheer|landelijk beheer)\)/);
    await controleerToegankelijkheid(s.page, "audittrail zorgkantoor");
    await s.page.getByLabel("Van (datum)").fill("2099-01-01");
    await s.page.getByRole("button", { name: "Toon wijzigingen" }).click();
    await s.page.getByText("Er zijn geen wijzigingen in deze periode.").waitFor();
  });

  it("audittrail: kiezen uit de werkvoorraad, dan de regels van de zaak", async () => {
    await open(s.page, metKeuze(PAGINAS.zorgkantoorAudit));
    await s.page.getByRole("link", { name: /Addendum getekend/ }).click();
    await s.page.waitForURL((u) => u.searchParams.get("id") === zaakId);
    const t = s.page.getByRole("table", { name: /Audittrail/ });
    await t.waitFor();
    expect(await t.locator("tbody tr").count()).toBeGreaterThan(2);
    await controleerToegankelijkheid(s.page, "audittrail");
  });

  it("mislukte herinneringen (zorgkantoor-beheer)", async () => {
    await open(s.page, metKeuze(PAGINAS.beheerHerinneringen));
    await s.page
      .getByText(/mislukte herinneringen|Er zijn geen definitief/)
      .first()
      .waitFor();
    await controleerToegankelijkheid(s.page, "mislukte herinneringen");
    expect(s.fouten).toEqual([]);
  });
});
