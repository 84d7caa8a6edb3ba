// The aanvraag wizard's way to indienen (docs/regels.md §4) in Chromium: the step in the URL
// (reload and Back/Forward keep it, and a move through the history saves like a step button).
// axe-core in every state.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { alsAanbieder, IN_INDIENINGSPERIODE, maakAanvraag, naar } from "./aanbieder.js";
import { controleerToegankelijkheid, startBrowser } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stapInUrl = (page: Page) => new URL(page.url()).searchParams.get("stap");
const stapKop = (page: Page, n: number) =>
  page.getByRole("heading", { name: new RegExp(`^Stap ${n} van 5`) });

describe("aanvraagwizard: stap in de URL", () => {
  it("houdt de stap vast bij herladen en bij Terug en Vooruit, en bewaart daarbij", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-het-baken", 2023);
    await naar(s, link.aanvraag(id));
    await stapKop(page, 1).waitFor();
    expect(stapInUrl(page)).toBe("1");
    await page.getByRole("button", { name: "Locatie toevoegen" }).click();
    await page.getByLabel("Naam van de locatie").fill("Het Baken");
    await page.getByRole("button", { name: "Volgende stap" }).click();
    await stapKop(page, 2).waitFor();
    expect(stapInUrl(page)).toBe("2");
    await page.getByRole("button", { name: "Volgende stap" }).click();
    await stapKop(page, 3).waitFor();
    expect(stapInUrl(page)).toBe("3");

    // A reload opens the same step, with its heading the only one shown.
    await page.reload();
    await stapKop(page, 3).waitFor();
    expect(await stapKop(page, 1).count()).toBe(0);
    await controleerToegankelijkheid(page, "stap 3 na herladen");

    // Back and Forward move between the steps; focus goes to the step's heading.
    await page.goBack();
    await stapKop(page, 2).waitFor();
    expect(stapInUrl(page)).toBe("2");
    expect(await stapKop(page, 2).evaluate((el) => el.matches(":focus"))).toBe(true);
    await page.goBack();
    await stapKop(page, 1).waitFor();
    expect(stapInUrl(page)).toBe("1");

    // A change before Forward is saved on the way, as with the step buttons.
    await page.getByLabel("Naam van de locatie").fill("Het Baken (hoofdlocatie)");
    await page.goForward();
    await stapKop(page, 2).waitFor();
    await page.reload();
    await stapKop(page, 2).waitFor();
    await page.getByRole("button", { name: "1. Locaties en verbeterparagraaf" }).click();
    await stapKop(page, 1).waitFor();
    expect(await page.getByLabel("Naam van de locatie").inputValue()).toBe(
      "Het Baken (hoofdlocatie)",
    );

    // A step that does not exist opens the first, and the URL says so.
    for (const stap of ["9", "nul"]) {
      await naar(s, `${link.aanvraag(id)}&stap=${stap}`);
      await stapKop(page, 1).waitFor();
      expect(stapInUrl(page)).toBe("1");
    }
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
