// "Mijn herinneringen" (every role): the reminders sent to me and my switches for
// the optional notifications (§10); the legal ones are shown on and cannot be switched off.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";
import { alsAanbieder, naar } from "./aanbieder.js";
import { controleerToegankelijkheid, schermafdruk, startBrowser } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("mijn herinneringen", () => {
  it("toont de herinneringen en laat alleen de optionele meldingen uitzetten", async () => {
    const s = await alsAanbieder(browser, "2020-05-12T10:00:00+02:00");
    const { page } = s;
    await naar(s, PAGINAS.herinneringen);
    await page.getByRole("heading", { name: "Verstuurde herinneringen" }).waitFor();
    await page.getByRole("group", { name: /Welke herinneringen/ }).waitFor();
    await controleerToegankelijkheid(page, "herinneringen");
    const vinkjes = await page.getByRole("checkbox").all();
    // The first switch that is not a legal deadline is an optional notification.
    let optioneel = null;
    for (const v of vinkjes) {
      const naam =
        (await page.locator(`label[for="${await v.getAttribute("id")}"]`).textContent()) ?? "";
      if (naam.includes("wettelijke termijn")) {
        expect(await v.isChecked()).toBe(true);
        expect(await v.isDisabled()).toBe(true);
      } else optioneel ??= v;
    }
    expect(optioneel, "een optionele melding").not.toBeNull();
    const o = optioneel!;
    const stand = await o.isChecked();
    await o.setChecked(!stand);
    await page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
    await page.getByText("Uw voorkeuren zijn opgeslagen.").waitFor();
    await controleerToegankelijkheid(page, "herinneringen opgeslagen");
    await schermafdruk(page, "herinneringen");
    // Back later: the server kept the choice. Then restore it (the demo data is shared).
    await page.reload();
    await page.getByRole("group", { name: /Welke herinneringen/ }).waitFor();
    expect(await page.locator('input[type="checkbox"]:not([disabled])').first().isChecked()).toBe(
      !stand,
    );
    await page.locator('input[type="checkbox"]:not([disabled])').first().setChecked(stand);
    await page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
    await page.getByText("Uw voorkeuren zijn opgeslagen.").waitFor();
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
