// The aanvraag wizard (docs/regels.md §4) in Chromium: the §4.2 findings next to their fields
// with an error summary; live totals against the richtlijn and the onderbouwing; the concept saved
// and loaded again; a stale versie (409) explained; a late window (§3.2) shown with its end.
// axe-core in every state.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { link } from "#shared/paginas.js";
import { openLaatVenster } from "../integratie/indiening/zaken.js";
import { alsAanbieder, IN_INDIENINGSPERIODE, maakAanvraag, naar } from "./aanbieder.js";
import { controleerToegankelijkheid, schermafdruk, startBrowser } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("aanvraagwizard: controle en opslaan", () => {
  it("toont de bevindingen van §4.2 bij de velden, met een foutsamenvatting bovenaan", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-het-baken", 2022);
    await naar(s, link.aanvraag(id));
    await page.getByRole("button", { name: "5. Controleren en indienen" }).click();
    await page.getByRole("button", { name: "Aanvraag indienen" }).click();
    const kop = page.getByRole("heading", { name: "Er is iets niet in orde" });
    await kop.waitFor();
    // Blocking findings: the server refuses, so no confirmation is asked first.
    expect(await page.getByText("Weet u het zeker?").count()).toBe(0);
    expect(await kop.evaluate((el) => el.matches(":focus"))).toBe(true);
    const samenvatting = await page.getByRole("alert").first().textContent();
    expect(samenvatting).toContain("kwaliteitsplan");
    await controleerToegankelijkheid(page, "indiening geweigerd");
    // A link in the summary opens the step of the field and focuses it.
    await page.getByRole("link", { name: /geen dubbele bekostiging/ }).click();
    const veld = page.getByLabel(/^Er is geen dubbele bekostiging/);
    expect(await veld.evaluate((el) => el.matches(":focus"))).toBe(true);
    expect(await veld.getAttribute("aria-invalid")).toBe("true");
    await controleerToegankelijkheid(page, "bevinding bij het veld");
    await schermafdruk(page, "aanvraag-bevindingen");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("telt de begroting live en vraagt de onderbouwing zodra het aandeel personeel onder de richtlijn zakt", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-de-kastanje", 2022);
    await naar(s, link.aanvraag(id));
    await page.getByRole("button", { name: "2. Begroting" }).click();
    await page.getByRole("button", { name: "Personeelsregel toevoegen (2022)" }).click();
    await page.getByLabel("Soort", { exact: true }).selectOption("inhuur");
    await page.getByLabel("Extra fte", { exact: true }).fill("1,5");
    await page.getByLabel("Ingangsmaand").selectOption("7"); // juli: 6 of 12 months
    await page.getByLabel("Kosten per fte (inhuur)").fill("80.000");
    // 1,5 × 80.000 × 6/12 = 60.000 (§4.1.3).
    const totalen = page.locator(".kb-kaart").first();
    await expect.poll(() => totalen.textContent()).toContain("€ 60.000,00");
    expect(await totalen.textContent()).toContain("100,0 %");
    await page.getByRole("button", { name: "Overige regel toevoegen (2022)" }).click();
    await page.getByLabel("Bedrag", { exact: true }).fill("40.000,00");
    // 60.000 / 100.000 = 60 %: below the richtlijn of 85 %, so an onderbouwing is needed.
    await expect.poll(() => totalen.textContent()).toContain("60,0 %");
    expect(await totalen.textContent()).toContain("Onder de richtlijn van 85,0 %");
    for (const smart of ["Specifiek doel", "Meetbaar resultaat of indicator", "Startdatum"])
      await page.getByLabel(smart).waitFor();
    await controleerToegankelijkheid(page, "begroting onder de richtlijn");
    await page.getByLabel("Startdatum").fill("31-02-2022");
    await page.getByRole("button", { name: "Volgende stap" }).click();
    // A date that does not exist is refused in the browser, next to its field.
    await page.getByRole("heading", { name: "Er is iets niet in orde" }).waitFor();
    expect(await page.getByLabel("Startdatum").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Startdatum").fill("01-01-2022");
    await page.getByRole("button", { name: "Volgende stap" }).click();
    await page.getByRole("heading", { name: /Stap 3 van 5/ }).waitFor();
    const onderbouwing = page.getByRole("group", {
      name: "Onderbouwing van de afwijkende verhouding",
    });
    expect(await onderbouwing.isVisible()).toBe(true);
    expect(await onderbouwing.getByRole("textbox").count()).toBe(10);
    await controleerToegankelijkheid(page, "onderbouwing gevraagd");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("bewaart het concept, laadt het later terug en legt een verouderde versie (409) uit", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-de-linde", 2022);
    await naar(s, link.aanvraag(id));
    await page.getByRole("button", { name: "Locatie toevoegen" }).click();
    await page.getByLabel("Naam van de locatie").fill("De Linde");
    await page.getByRole("button", { name: "Concept opslaan" }).click();
    await page.getByText("Concept opgeslagen").waitFor();
    await controleerToegankelijkheid(page, "concept opgeslagen");

    // Later: the concept comes back from the server.
    await page.reload();
    expect(await page.getByLabel("Naam van de locatie").inputValue()).toBe("De Linde");

    // A colleague (another session) saves in the meantime.
    const ander = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    await naar(ander, link.aanvraag(id));
    await ander.page.getByLabel("Naam van de locatie").fill("De Linde (hoofdlocatie)");
    await ander.page.getByRole("button", { name: "Concept opslaan" }).click();
    await ander.page.getByText("Concept opgeslagen").waitFor();
    await ander.context.close();

    // The first tab still holds the old versie: its save is refused with a clear message.
    await page.getByLabel("Naam van de locatie").fill("Oude naam");
    await page.getByRole("button", { name: "Concept opslaan" }).click();
    await page.getByText("intussen door iemand anders gewijzigd").waitFor();
    await controleerToegankelijkheid(page, "verouderde versie");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("toont de aanbieder tot wanneer het late venster van het zorgkantoor loopt (§3.2)", async () => {
    // 10 January 2024: the period of 2024 closed on 31 December 2023.
    const s = await alsAanbieder(browser, "2024-01-10T10:00:00+01:00");
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-het-baken", 2024);
    await naar(s, link.aanvraag(id));
    await page.getByRole("button", { name: "5. Controleren en indienen" }).click();
    await page.getByText(/De indieningsperiode voor 2024 .* is gesloten/).waitFor();
    expect(await page.getByText("laat indieningsvenster geopend").count()).toBe(0);

    await openLaatVenster((await leesAanvraag(id))!, "2024-01-31T23:00:00.000Z");
    await page.reload();
    await page.getByRole("button", { name: "5. Controleren en indienen" }).click();
    await page
      .getByText("u kunt indienen tot en met 31-01-2024, 23:59 (Amsterdamse tijd)")
      .waitFor();
    await controleerToegankelijkheid(page, "laat venster voor de aanbieder");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
