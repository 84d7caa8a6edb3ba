// §5: the werkvoorraad of a zorgkantoor — deadline status as badges with words (not
// colour alone) that follow the portal clock, and a link to the review of each aanvraag.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link, PAGINAS } from "#shared/paginas.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  schermafdruk,
  startBrowser,
  zetKlok,
} from "./browser.js";
import { logInAls, nieuweZaak, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let vroeg = "";
let laat = "";
beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  vroeg = (await nieuweZaak(zk, "ingediend", { ontvangen: new Date("2019-10-01T10:00:00+02:00") }))
    .id;
  laat = (await nieuweZaak(zk, "ingediend", { ontvangen: new Date("2019-11-15T10:00:00+01:00") }))
    .id;
});
afterAll(async () => {
  await browser?.close();
});

describe("werkvoorraad", () => {
  it("toont de termijnstatus als tekst, met de verstreken streefdatum bovenaan", async () => {
    const s = await nieuweSessie(browser, { klok: "2019-11-20T10:00:00+01:00" });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, link.werkvoorraad(zk.zorgkantoorId, 2020));
    const tabel = s.page.getByRole("table", { name: /Aanvragen 2020/ });
    await tabel.waitFor();
    const rijen = tabel.locator("tbody tr");
    expect(await rijen.count()).toBe(2);
    // Received 01-10-2019: streefdatum 12-11-2019 passed; received 15-11-2019: within.
    expect(await rijen.nth(0).textContent()).toContain("Streefdatum (6 weken) verstreken");
    expect(await rijen.nth(0).textContent()).toContain("01-10-2019");
    expect(await rijen.nth(1).textContent()).toContain("Binnen termijn");
    expect(await rijen.nth(1).textContent()).toContain("27-12-2019");
    await controleerToegankelijkheid(s.page, "werkvoorraad");
    await schermafdruk(s.page, "zorgkantoor-werkvoorraad");

    // Later in the year the first one is past its final date (01-01-2020).
    await zetKlok(s.context, "2020-01-10T10:00:00+01:00");
    await s.page.reload();
    await tabel.waitFor();
    expect(await rijen.nth(0).textContent()).toContain("Uiterste datum (3 maanden) verstreken");
    await controleerToegankelijkheid(s.page, "werkvoorraad later");

    await rijen
      .nth(1)
      .getByRole("link", { name: /Beoordelen/ })
      .click();
    await s.page.waitForURL((u) => u.pathname === "/zorgkantoor/beoordeling/");
    expect(new URL(s.page.url()).searchParams.get("id")).toBe(laat);
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("kiest zonder keuze het jaar van de portaalklok, niet dat van de browser", async () => {
    const s = await nieuweSessie(browser, { klok: "2019-11-20T10:00:00+01:00" });
    await logInAls(s, zk.beoordelaar);
    // After login "/" sends a zorgkantoor user to the werkvoorraad, without a query string.
    await s.page.waitForURL((u) => u.pathname === PAGINAS.werkvoorraad && u.search === "");
    const jaar = s.page.getByRole("textbox", { name: "Jaar" });
    await jaar.waitFor();
    expect(await jaar.inputValue()).toBe("2019");
    await s.page.getByText("Er zijn geen aanvragen voor 2019.").waitFor();
    await controleerToegankelijkheid(s.page, "werkvoorraad zonder keuze");
    await s.context.close();
  });

  it("meldt een jaar zonder aanvragen en laat het jaar kiezen", async () => {
    const s = await nieuweSessie(browser, { klok: "2019-11-20T10:00:00+01:00" });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, link.werkvoorraad(zk.zorgkantoorId, 2021));
    await s.page.getByText("Er zijn geen aanvragen voor 2021.").waitFor();
    await controleerToegankelijkheid(s.page, "werkvoorraad leeg");
    await s.page.getByRole("textbox", { name: "Jaar" }).fill("2020");
    await s.page.getByRole("button", { name: "Toon" }).click();
    await s.page.getByRole("table", { name: /Aanvragen 2020/ }).waitFor();
    expect(vroeg).not.toBe("");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
