// The realisatie forms per window (§6/§7) and the year report with its live nacalculatie
// preview (§9.1), on the demo's agreed case. Inside a window the fields are open; outside they are
// visibly locked with the window's dates. Nothing is saved here (the demo data is shared by every
// web test file): a refused save shows the field errors, the preview computes without storing.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { alsAanbieder, naar } from "./aanbieder.js";
import { controleerToegankelijkheid, portaal, schermafdruk, startBrowser } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const zaak = () => portaal().demo.aanvragen.afgesproken;

describe("realisatie per venster", () => {
  it("is open in het venster: velden invulbaar, fouten bij het veld", async () => {
    const s = await alsAanbieder(browser, "2020-05-12T10:00:00+02:00");
    const { page } = s;
    await naar(s, link.realisatie(zaak(), "mei"));
    await page.getByText("Dit venster is open tot en met 31-05-2020").waitFor();
    const fte = page.getByLabel("Gemiddeld extra fte tot nu").first();
    expect(await fte.isEnabled()).toBe(true);
    await controleerToegankelijkheid(page, "realisatie mei open");
    await fte.fill("veel");
    await page.getByRole("button", { name: "Realisatie opslaan" }).click();
    await page.getByRole("heading", { name: "Er is iets niet in orde" }).waitFor();
    expect(await fte.getAttribute("aria-invalid")).toBe("true");
    await controleerToegankelijkheid(page, "realisatie mei met fout");
    await schermafdruk(page, "realisatie-mei-open");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("is buiten het venster zichtbaar vergrendeld, met de data van het venster", async () => {
    const s = await alsAanbieder(browser, "2020-06-20T10:00:00+02:00");
    const { page } = s;
    await naar(s, link.realisatie(zaak(), "juli"));
    const m = page.getByText(
      /Dit venster is gesloten voor invoer: het is open van \d\d-\d\d-2020 tot en met 31-07-2020/,
    );
    await m.waitFor();
    for (const veld of await page.getByRole("textbox").all())
      expect(await veld.isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Realisatie opslaan" }).isDisabled()).toBe(true);
    await controleerToegankelijkheid(page, "realisatie juli vergrendeld");
    await schermafdruk(page, "realisatie-juli-vergrendeld");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});

describe("jaarverslag", () => {
  it("rekent de nacalculatie live voor terwijl de aanbieder typt", async () => {
    const s = await alsAanbieder(browser, "2021-02-15T10:00:00+01:00");
    const { page } = s;
    await naar(s, link.jaarverslag(zaak()));
    await page.getByText("U kunt het jaarverslag indienen tot en met 31-03-2021").waitFor();
    await controleerToegankelijkheid(page, "jaarverslag leeg");
    // §13 E's inputs.
    const invullen: [string, string][] = [
      ["SV-loon basisjaar", "6.000.000,00"],
      ["SV-loon 2020", "7.056.000,00"],
      ["Werkgeverslasten 2020", "2.116.800,00"],
      ["Facturen inhuur basisjaar", "200.000,00"],
      ["Facturen inhuur 2020", "260.000,00"],
      ["SV-dagen basisjaar", "50000"],
      ["SV-dagen 2020", "56000"],
      ["Cliëntdagen VV4 basisjaar", "7300"],
      ["Cliëntdagen VV5 basisjaar", "14600"],
      ["Cliëntdagen VV6 basisjaar", "10950"],
      ["Cliëntdagen VV7 basisjaar", "3650"],
      ["Cliëntdagen VV4 2020", "5475"],
      ["Cliëntdagen VV5 2020", "14600"],
      ["Cliëntdagen VV6 2020", "12775"],
      ["Cliëntdagen VV7 2020", "4380"],
      ["Cliëntdagen VV8 basisjaar", "0"],
      ["Cliëntdagen VV9b basisjaar", "0"],
      ["Cliëntdagen VV10 basisjaar", "0"],
      ["Cliëntdagen VV8 2020", "0"],
      ["Cliëntdagen VV9b 2020", "0"],
      ["Cliëntdagen VV10 2020", "0"],
    ];
    for (const [label, waarde] of invullen)
      await page.getByLabel(label, { exact: true }).fill(waarde);
    // §15.1: the agreed overige lines with their agreed amount, an amount per line.
    const regels = page.getByRole("table", { name: /^Overige kosten 2020/ });
    expect(
      await regels.getByRole("row", { name: /^Scholing dementiezorg / }).textContent(),
    ).toContain("€ 60.000,00");
    await page.getByLabel("Gerealiseerd 2020: Scholing dementiezorg", { exact: true }).fill("0");
    const voorbeeld = page.getByRole("heading", { name: "Voorlopige nacalculatie" });
    await voorbeeld.waitFor();
    expect(await page.locator(".kb-kaart").textContent()).toMatch(/€ [\d.]+,\d\d/);
    await controleerToegankelijkheid(page, "jaarverslag met voorbeeld");
    await schermafdruk(page, "jaarverslag-voorbeeld");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("weigert een leeg cijfer bij zijn veld: 0 is een cijfer, leeg niet (§15.6)", async () => {
    const s = await alsAanbieder(browser, "2021-02-15T10:00:00+01:00");
    const { page } = s;
    await naar(s, link.jaarverslag(zaak()));
    await page.getByText("U kunt het jaarverslag indienen tot en met 31-03-2021").waitFor();
    // Every figure filled in (0 where there was nothing), except SV-dagen 2020.
    for (const veld of await page.getByRole("textbox").all()) await veld.fill("0");
    const leeg = page.getByLabel("SV-dagen 2020", { exact: true });
    await leeg.fill("");
    await page.getByRole("button", { name: "Jaarverslag indienen" }).click();
    await page.getByRole("heading", { name: "Er is iets niet in orde" }).waitFor();
    expect(await leeg.getAttribute("aria-invalid")).toBe("true");
    const fout = page.locator(`[id="${await leeg.getAttribute("id")}-fout"]`);
    expect(await fout.textContent()).toMatch(/^ontbreekt: vul het aantal dagen in \(0 als/);
    const samenvatting = page.getByRole("link", { name: /^SV-dagen 2020: ontbreekt/ });
    await samenvatting.click();
    await expect.poll(() => leeg.evaluate((el) => el.matches(":focus"))).toBe(true);
    // No API path on screen.
    expect(await page.locator("main").textContent()).not.toMatch(/verslag\.|svDagen/);
    await controleerToegankelijkheid(page, "jaarverslag met leeg cijfer geweigerd");
    await schermafdruk(page, "jaarverslag-leeg-cijfer");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("weigert een lege overige regel bij haar veld (§15.1, §15.6)", async () => {
    const s = await alsAanbieder(browser, "2021-02-15T10:00:00+01:00");
    const { page } = s;
    await naar(s, link.jaarverslag(zaak()));
    await page.getByText("U kunt het jaarverslag indienen tot en met 31-03-2021").waitFor();
    for (const veld of await page.getByRole("textbox").all()) await veld.fill("0");
    const leeg = page.getByLabel("Gerealiseerd 2020: Scholing dementiezorg", { exact: true });
    await leeg.fill("");
    await page.getByRole("button", { name: "Jaarverslag indienen" }).click();
    await page.getByRole("heading", { name: "Er is iets niet in orde" }).waitFor();
    expect(await leeg.getAttribute("aria-invalid")).toBe("true");
    const fout = page.locator(`[id="${await leeg.getAttribute("id")}-fout"]`);
    expect(await fout.textContent()).toMatch(/^ontbreekt: vul het bedrag in \(0 als/);
    expect(await page.locator("main").textContent()).not.toMatch(/verslag\.|regelId/);
    await controleerToegankelijkheid(page, "jaarverslag met lege overige regel geweigerd");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("is vóór 1 januari t+1 vergrendeld", async () => {
    const s = await alsAanbieder(browser, "2020-05-12T10:00:00+02:00");
    const { page } = s;
    await naar(s, link.jaarverslag(zaak()));
    await page
      .getByText(
        /Het jaarverslag is gesloten voor invoer: het venster is open van 01-01-2021 tot en met 31-03-2021/,
      )
      .waitFor();
    expect(await page.getByRole("button", { name: "Jaarverslag indienen" }).isDisabled()).toBe(
      true,
    );
    await controleerToegankelijkheid(page, "jaarverslag vergrendeld");
    await s.context.close();
  });
});
