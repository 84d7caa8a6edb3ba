// The aanvraag wizard (docs/regels.md §4) in Chromium, completed with the keyboard only up to
// a successful submission through the summary and the confirmation (its other behaviour:
// aanbieder-aanvraag-controle.test.ts, aanbieder-aanvraag-indienen.test.ts). axe-core in every
// state.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, FileChooser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { alsAanbieder, IN_INDIENINGSPERIODE, naar, tabNaar } from "./aanbieder.js";
import { controleerToegankelijkheid, schermafdruk, startBrowser } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PDF = join(tmpdir(), "kwaliteitsplan-2021.pdf");
writeFileSync(
  PDF,
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

describe("aanvraagwizard", () => {
  it("is met alleen het toetsenbord te doorlopen tot een geslaagde indiening", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    // Listen for the file dialog from the start: Playwright then intercepts it before any key
    // opens it (registering just before the key press raced on a busy machine).
    const kiezer = new Promise<FileChooser>((klaar) => page.once("filechooser", klaar));
    const typ = async (veld: string | RegExp, tekst: string) => {
      await tabNaar(page, veld);
      await page.keyboard.type(tekst);
    };
    await naar(s, link.nieuweAanvraag(2021));
    await page.getByRole("heading", { name: "Nieuwe aanvraag" }).waitFor();
    await controleerToegankelijkheid(page, "nieuwe aanvraag");
    await tabNaar(page, "Organisatie");
    await page.keyboard.press("End"); // the last organisation: Het Baken (2021 there is this test's)
    await tabNaar(page, "Aanvraag aanmaken");
    await page.keyboard.press("Enter");

    // Step 1: a locatie with its verbeterparagraaf.
    await page.getByRole("heading", { name: /Stap 1 van 5/ }).waitFor();
    await controleerToegankelijkheid(page, "wizard stap 1");
    await tabNaar(page, "Locatie toevoegen");
    await page.keyboard.press("Enter");
    await page.getByLabel("Naam van de locatie").waitFor();
    await page.keyboard.type("De Kastanje");
    await typ("Wat gaat de aanbieder doen", "Extra verzorgenden in de avond");
    await typ("Welk resultaat", "Meer aandacht bij het avondeten");
    await typ("Wat is daarvoor nodig", "Twee extra fte verzorgende IG");
    await typ("Hoe wordt intern gemonitord", "Kwartaalmeting cliënttevredenheid");
    await tabNaar(page, "Volgende stap");
    await page.keyboard.press("Enter");

    // Step 2: one personeel line; the live totals follow the typing.
    await page.getByRole("heading", { name: /Stap 2 van 5/ }).waitFor();
    await tabNaar(page, "Personeelsregel toevoegen (2021)");
    await page.keyboard.press("Enter");
    await page.getByLabel("Extra fte", { exact: true }).waitFor();
    await typ("Extra fte", "2,00");
    await typ(/^Directe loonkosten/, "60.000");
    await typ(/^Indirecte loonkosten/, "12.500");
    await typ(/^Premies/, "12.500");
    // 2 × 85.000 × 12/12 = 170.000 (§4.1.3), all personeel: share 100 %.
    await expect.poll(() => page.getByText("€ 170.000,00").count()).toBeGreaterThan(0);
    await controleerToegankelijkheid(page, "wizard stap 2");
    await tabNaar(page, "Volgende stap");
    await page.keyboard.press("Enter");

    // Step 3: the three verklaringen (Space ticks a checkbox).
    await page.getByRole("heading", { name: /Stap 3 van 5/ }).waitFor();
    for (const v of [/^Er is geen dubbele bekostiging/, /^Het extra personeel/, /^De extra fte/]) {
      await tabNaar(page, v);
      await page.keyboard.press("Space");
    }
    await controleerToegankelijkheid(page, "wizard stap 3");
    await tabNaar(page, "Volgende stap");
    await page.keyboard.press("Enter");

    // Step 4: the kwaliteitsplan, uploaded with a progress bar.
    await page.getByRole("heading", { name: /Stap 4 van 5/ }).waitFor();
    await tabNaar(page, /^Bestand/);
    await page.keyboard.press("Enter");
    await (await kiezer).setFiles(PDF);
    await tabNaar(page, "Uploaden");
    await page.keyboard.press("Enter");
    await page.getByText("is geüpload en geaccepteerd").waitFor();
    expect(await page.locator("progress").getAttribute("value")).toBe("100");
    await controleerToegankelijkheid(page, "wizard stap 4 na upload");
    await tabNaar(page, "Volgende stap");
    await page.keyboard.press("Enter");

    // Step 5: the read-only summary of what will be submitted, in Dutch figures.
    await page.getByRole("heading", { name: /Stap 5 van 5/ }).waitFor();
    const begroting = await page.getByRole("table", { name: "Begroting 2021" }).textContent();
    expect(begroting).toContain("2,00 fte");
    expect(begroting).toContain("€ 170.000,00");
    await page.getByRole("listitem").filter({ hasText: "kwaliteitsplan-2021.pdf" }).waitFor();
    await controleerToegankelijkheid(page, "wizard samenvatting");
    // Submit, after the confirmation that says what will happen (focus moves to it); the receipt
    // names the beoordelingstermijn.
    await tabNaar(page, "Aanvraag indienen");
    await page.keyboard.press("Enter");
    const vraag = page.getByRole("status").filter({ hasText: "Weet u het zeker?" });
    await vraag.waitFor();
    expect(await vraag.evaluate((el) => el.matches(":focus"))).toBe(true);
    expect(await vraag.textContent()).toContain("wordt ingediend bij Zilveren Kruis Zorgkantoor");
    await controleerToegankelijkheid(page, "wizard bevestiging indienen");
    await tabNaar(page, "Ja, aanvraag indienen");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Uw aanvraag is ingediend" }).waitFor();
    const tekst = await page.locator("#kb-pagina").textContent();
    expect(tekst).toContain("Ontvangen op 01-10-2020");
    // Streefdatum = ontvangst + 42 dagen, uiterste datum + 3 maanden (§5).
    expect(tekst).toContain("vóór 12-11-2020");
    expect(tekst).toContain("uiterlijk op 01-01-2021");
    await controleerToegankelijkheid(page, "wizard ingediend");
    await schermafdruk(page, "aanvraag-ingediend");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
