// §4.2, §4.3, §5: the review of an aanvraag — case, deadline and findings; taking it
// into behandeling; the toekenning form with its live §5 limits, the error summary and the
// server's refusal; the proposal awaiting the second signature; afwijzing with motivation and
// the beoordelingsbrief as PDF. Every state is checked with axe.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { veldNaam } from "#shared/veldnamen.js";
import { zoekCodes } from "../site/codes.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { LEESBARE_AANVRAAG } from "./leesbareAanvraag.js";
import {
  logInAls,
  nieuweZaak,
  nieuwZorgkantoor,
  open,
  type Zorgkantoor,
  zaakMetInhoud,
} from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
const KLOK = "2020-01-15T10:00:00+01:00";
beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
});
afterAll(async () => {
  await browser?.close();
});

describe("beoordeling", () => {
  it("neemt in behandeling en stelt een toekenning voor binnen de grenzen van §5", async () => {
    const zaak = await nieuweZaak(zk, "ingediend");
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, link.beoordeling(zaak.id));
    const p = s.page;
    await p.getByRole("heading", { name: "Toetsing" }).waitFor();
    expect(await p.getByRole("table", { name: "Beoordelingstermijn" }).textContent()).toContain(
      "01-11-2019",
    );
    await controleerToegankelijkheid(p, "beoordeling ingediend");

    await p.getByRole("button", { name: "In behandeling nemen" }).click();
    await p.getByRole("status").filter({ hasText: "in behandeling genomen" }).waitFor();
    await controleerToegankelijkheid(p, "beoordeling in behandeling");

    // Live: more than requested is flagged at the field while typing.
    const personeel = p.getByLabel("Personeel (€)");
    await personeel.fill("85000,01");
    await p.getByText(/Meer dan aangevraagd/).waitFor();
    expect(await personeel.getAttribute("aria-invalid")).toBe("true");
    await controleerToegankelijkheid(p, "toekenning boven aanvraag");

    // Less than requested without motivation: the summary names the field and links to it.
    await personeel.fill("80000,00");
    await p.getByRole("button", { name: "Toekenning voorstellen" }).click();
    const samenvatting = p.getByRole("alert").filter({ hasText: "Er is iets niet in orde" });
    await samenvatting.waitFor();
    await samenvatting.getByRole("link", { name: /Motivering van de toekenning/ }).click();
    expect(await p.locator(":focus").getAttribute("name")).toBe("motivering");
    await controleerToegankelijkheid(p, "toekenning zonder motivering");
    await schermafdruk(p, "zorgkantoor-toekenning-fout");

    await p
      .getByLabel("Motivering van de toekenning")
      .fill("Scholing deels toegekend: de rest valt buiten het plan.");
    await p.getByRole("button", { name: "Toekenning voorstellen" }).click();
    await p.getByRole("status").filter({ hasText: "tweede medewerker" }).waitFor();
    await p.getByText("wacht op de tweede handtekening").waitFor();
    await controleerToegankelijkheid(p, "toekenning voorgesteld");
    await schermafdruk(p, "zorgkantoor-toekenning-voorgesteld");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("toont de weigering van de server (boven het kader) in de foutsamenvatting", async () => {
    const krap = await nieuwZorgkantoor(2020, "50000.00");
    const zaak = await nieuweZaak(krap, "in_beoordeling");
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, krap.beoordelaar);
    await open(s.page, link.beoordeling(zaak.id));
    await s.page.getByRole("button", { name: "Toekenning voorstellen" }).click();
    const samenvatting = s.page.getByRole("alert").filter({ hasText: "regionale kader" });
    await samenvatting.waitFor();
    await controleerToegankelijkheid(s.page, "toekenning geweigerd door server");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("laat zorgkantoor-beheer het gereserveerde bedrag aanpassen, met reden", async () => {
    const zaak = await nieuweZaak(zk, "ingediend");
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, link.beoordeling(zaak.id));
    const p = s.page;
    await p.getByLabel("Nieuw gereserveerd bedrag (€)").fill("123456,78");
    await p.getByRole("button", { name: "Reservering aanpassen" }).click();
    await p.getByRole("alert").filter({ hasText: "Geef de reden op." }).waitFor();
    await controleerToegankelijkheid(p, "reservering zonder reden");
    await p
      .getByLabel("Reden voor het andere bedrag")
      .fill("Productie 2018 was uitzonderlijk laag door verbouwing.");
    await p.getByRole("button", { name: "Reservering aanpassen" }).click();
    await p.getByRole("status").filter({ hasText: "€ 123.456,78" }).waitFor();
    expect(
      await p.getByRole("table", { name: "Gegevens van de aanvraag" }).textContent(),
    ).toContain("€ 123.456,78");
    await controleerToegankelijkheid(p, "reservering aangepast");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("wijst af met motivering en biedt de beoordelingsbrief als PDF", async () => {
    const zaak = await nieuweZaak(zk, "in_beoordeling");
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, link.beoordeling(zaak.id));
    const p = s.page;
    await p.getByRole("button", { name: "Aanvraag afwijzen" }).click();
    await p.getByRole("alert").filter({ hasText: "Motivering van de afwijzing" }).waitFor();
    await controleerToegankelijkheid(p, "afwijzing zonder motivering");
    await p
      .getByLabel("Motivering van de afwijzing")
      .fill("Het plan sluit niet aan bij de doelen van de regio.");
    await p.getByRole("button", { name: "Aanvraag afwijzen" }).click();
    await p.getByRole("status").filter({ hasText: "afgewezen" }).waitFor();
    await controleerToegankelijkheid(p, "afgewezen");
    const [pdf] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Beoordelingsbrief (PDF)" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("na een aanvulling in januari opent beheer een laat indieningsvenster (§3.2, §4.2)", async () => {
    const zaak = await nieuweZaak(zk, "in_beoordeling");
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, link.beoordeling(zaak.id));
    const p = s.page;
    await p.getByLabel("Reden voor de aanvulling").fill("Onderbouw de inzet van technologie.");
    await p.getByRole("button", { name: "Aanvulling vragen" }).click();
    await p.getByRole("status").filter({ hasText: "om aanvulling gevraagd" }).waitFor();

    // 15 January: the period closed, so the new version needs a late window.
    const form = p.getByRole("form", { name: "Laat indieningsvenster" });
    await form.getByRole("button", { name: "Laat venster openen" }).click();
    await form.getByText("Vul een datum in").first().waitFor();
    await controleerToegankelijkheid(p, "laat venster met fouten");
    await form.getByLabel("Open tot en met (dd-mm-jjjj)").fill("31-01-2020");
    await form
      .getByLabel("Reden voor het late venster")
      .fill("Aanvulling gevraagd na 31 december.");
    await form.getByRole("button", { name: "Laat venster openen" }).click();
    await p
      .getByRole("status")
      .filter({ hasText: "Het late venster is open tot en met 31-01-2020." })
      .waitFor();
    await p
      .getByText("Er is een laat indieningsvenster open tot en met 31-01-2020, 23:59")
      .waitFor();
    expect(await form.count()).toBe(0);
    await controleerToegankelijkheid(p, "laat venster geopend");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("laat de beoordelaar de hele aanvraag lezen, met de SMART-delen naast de beslissing per regel", async () => {
    const zaak = await zaakMetInhoud(zk, LEESBARE_AANVRAAG);
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, link.beoordeling(zaak.id));
    const p = s.page;
    const inhoud = p.getByRole("region", { name: "Inhoud van de aanvraag" });
    await inhoud.waitFor();
    // Beside the findings of the checks; a finding links to the part it is about.
    await p
      .getByRole("table", { name: "Bevindingen van de toetsing" })
      .getByRole("link", { name: veldNaam("verklaringen.extraFteTovBasisjaar") })
      .click();
    expect(new URL(p.url()).hash).toBe("#kb-inhoud-verklaringen");

    // The budget lines per year: fte, loonkosten per fte (and its parts), the year's amount.
    const p2020 = await inhoud.getByRole("table", { name: "Personeel 2020" }).innerText();
    for (const t of ["Verzorgende", "Loondienst", "De Linde", "2,50 fte", "april"])
      expect(p2020).toContain(t);
    for (const t of ["€ 50.000,00", "direct € 40.000,00", "premies € 5.000,00", "€ 93.750,00"])
      expect(p2020).toContain(t);
    const p2021 = await inhoud.getByRole("table", { name: "Personeel 2021" }).innerText();
    for (const t of ["Behandelaar", "Inhuur", "Organisatiebreed", "1,00 fte", "€ 90.000,00"])
      expect(p2021).toContain(t);

    // A locatie's verbeterparagraaf, behind its disclosure.
    const locaties = inhoud.getByRole("region", { name: "Verbeterparagrafen per locatie" });
    await locaties.getByText("De Linde", { exact: true }).click();
    await locaties.getByText("Extra verzorgenden op de avonddienst").waitFor();
    await locaties.getByText("Kwartaalrapportage aan het MT").waitFor();

    // The verklaringen and the onderbouwing.
    const verklaringen = await inhoud
      .getByRole("table", { name: "Verklaringen van de aanbieder" })
      .innerText();
    expect(verklaringen).toMatch(/geen dubbele bekostiging[^\n]*\n?[^\n]*Bevestigd/);
    expect(verklaringen).toMatch(/basisjaar[^\n]*\n?[^\n]*Niet bevestigd/);
    await inhoud.getByText("Wij leren met twee andere aanbieders in de regio.").waitFor();

    // The table of contents leads to a part.
    await inhoud.getByRole("link", { name: "Onderbouwing" }).click();
    expect(new URL(p.url()).hash).toBe("#kb-inhoud-onderbouwing");

    // Each overige line's SMART parts sit in the group of its decision.
    const regel = p.getByRole("group", { name: "Overige regel 1: Scholing dementiezorg" });
    await regel.getByText("Alle verzorgenden geschoold").waitFor();
    await regel.getByText("100% certificaat").waitFor();
    await regel.getByText("01-02-2020").waitFor();
    await regel.getByLabel("Overige: Scholing dementiezorg (€)").waitFor();
    const leeg = p.getByRole("group", { name: "Overige regel 2: Leefcirkels" });
    // A line without SMART parts says so for each: four texts and two dates.
    expect(await leeg.getByText("Niet ingevuld").count()).toBe(6);

    // Nothing on screen is a code, id or path, with every disclosure open.
    // A string, evaluated in the page: the test project's TypeScript has no DOM library.
    await p.evaluate(`document.querySelectorAll("details").forEach((d) => { d.open = true; })`);
    expect(zoekCodes(await p.locator("main").innerText())).toEqual([]);
    await controleerToegankelijkheid(p, "beoordeling leest de aanvraag");
    await schermafdruk(p, "zorgkantoor-beoordeling-inhoud");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
