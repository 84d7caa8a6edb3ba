// docs/regels.md §3.2/§9.3: the accountantsrapport in the aanbieder's dossier (where its §10
// reminder links to) — its stand and deadline, the upload with the keyboard only, and refusals at
// the file field; the jaarverslag page points there. The successful upload is a step of the year
// test (jaar-aanbieder.ts accountantsrapport). On the demo case "afgesproken" (addendum getekend):
// this file only adds a refused document, so the report stays "nog niet ontvangen" for the other
// files. axe in every state; the pages do not shift while their data arrive (Lighthouse CLS,
// measured in the page as Lighthouse does: layout-shift entries without recent input).
import type { Browser, FileChooser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { alsAanbieder, focusNaam, naar, tabNaar } from "./aanbieder.js";
import { controleerToegankelijkheid, portaal, schermafdruk, startBrowser } from "./browser.js";

// 11 days before the §3.2 deadline of year 2020's report (01-05-2021); the jaarverslag window is
// closed then, which does not matter for the report.
const KLOK = "2021-04-20T10:00:00+02:00";
const zaak = () => portaal().demo.aanvragen.afgesproken;
let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Cumulative layout shift so far without recent input (the Lighthouse metric), from the page. */
const verschuiving = (page: Page): Promise<number> =>
  // A string, evaluated in the page: the test project's TypeScript has no DOM library.
  page.evaluate(`new Promise((klaar) => {
    let som = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) som += e.value;
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => klaar(som), 200);
  })`);

describe("accountantsrapport in het dossier", () => {
  it("toont stand en termijn en is met alleen het toetsenbord te uploaden; een afgekeurd bestand staat bij het veld", async () => {
    const s = await alsAanbieder(browser, KLOK);
    const { page } = s;
    const kiezer = new Promise<FileChooser>((klaar) => page.once("filechooser", klaar));
    await naar(s, link.dossier(zaak()));
    const sectie = page.getByRole("region", { name: "Accountantsrapport" });
    await sectie.waitFor();
    const stand = sectie.locator(".utrecht-data-list");
    expect(await stand.textContent()).toBe(
      "Standnog niet ontvangenUiterlijk aanleveren op01-05-2021 nog 11 dagen",
    );
    await page.getByRole("heading", { name: "Audittrail" }).waitFor();
    // The section is loaded before the dossier renders: nothing moves when the data arrive.
    expect(await verschuiving(page)).toBeLessThan(0.01);
    await controleerToegankelijkheid(page, "dossier accountantsrapport nog niet ontvangen");

    // Enter on the button without a file: the field says what is missing.
    const veld = page.getByLabel(/^Accountantsrapport \(PDF/);
    await tabNaar(page, "Accountantsrapport uploaden");
    await page.keyboard.press("Enter");
    await expect.poll(() => veld.getAttribute("aria-invalid")).toBe("true");
    const fout = page.locator(`#${await veld.getAttribute("aria-describedby")}`);
    expect(await fout.textContent()).toBe("Accountantsrapport: kies eerst een bestand.");
    await controleerToegankelijkheid(page, "dossier accountantsrapport zonder bestand");

    // A file called .pdf that is no PDF: sent (progress 100), then refused by the server's check.
    await tabNaar(page, /^Accountantsrapport \(PDF/, true);
    await page.keyboard.press("Enter");
    await (await kiezer).setFiles({
      name: "rapport.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("Dit is geen PDF maar platte tekst."),
    });
    await tabNaar(page, "Accountantsrapport uploaden");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => fout.textContent())
      .toBe(
        "Accountantsrapport: de inhoud is geen PDF (een PDF begint met %PDF-); sla het document op als PDF",
      );
    expect(await sectie.locator("progress").getAttribute("value")).toBe("100");
    expect(await focusNaam(page)).toBe("Accountantsrapport (PDF, hoogstens 25 MB)");
    const tabel = sectie.getByRole("table", {
      name: "Aangeleverde accountantsrapporten over 2020",
    });
    expect(await tabel.locator("tbody tr").last().textContent()).toMatch(
      /^rapport\.pdf20-04-2021,? 10:00(1 kB)?afgekeurd de inhoud is geen PDF/,
    );
    // A refused file does not count: the report is still owed.
    expect(await stand.textContent()).toContain("Standnog niet ontvangen");
    await controleerToegankelijkheid(page, "dossier accountantsrapport afgekeurd");
    await schermafdruk(page, "aanbieder-accountantsrapport-afgekeurd");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("verwijst op de jaarverslagpagina naar het dossier voor het accountantsrapport", async () => {
    const s = await alsAanbieder(browser, "2021-02-01T10:00:00+01:00");
    const { page } = s;
    await naar(s, link.jaarverslag(zaak()));
    const verwijzing = page.getByText(
      "Het rapport van feitelijke bevindingen van uw accountant over 2020 levert u aan in het dossier.",
    );
    await verwijzing.waitFor();
    const naarDossier = page.getByRole("link", { name: "Naar het dossier" });
    expect(await naarDossier.getAttribute("href")).toBe(link.dossier(zaak()));
    expect(await verschuiving(page)).toBeLessThan(0.01);
    await controleerToegankelijkheid(page, "jaarverslag met verwijzing naar het dossier");
    await naarDossier.click();
    await page.getByRole("region", { name: "Accountantsrapport" }).waitFor();
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
