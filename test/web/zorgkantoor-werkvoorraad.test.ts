// §5: the werkvoorraad of a zorgkantoor — deadline status as badges with words (not
// colour alone) that follow the portal clock, and a link to the review of each aanvraag; search,
// filters and order in the address (reload and Back keep them), "Meer laden", the concepts that
// need a late window for beheer (§3.2), and the year chosen from a list.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link, PAGINAS } from "#shared/paginas.js";
import { uniek, zaakIn, zorgVoorAanbieder } from "../integratie/fixture/index.js";
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
/** A second zorgkantoor with named aanbieders, for search, filters and order. */
let zoekZk: Zorgkantoor;
const NAMEN = [
  ["Zorggroep De Linde", "ingediend", "2019-10-01"],
  ["Zorggroep Het Baken", "in_beoordeling", "2019-11-15"],
  ["Stichting Zórgrijk Élan", "ingediend", "2019-12-20"],
  ["Zorgcentrum Laatkomer", "concept", "2019-12-01"],
] as const;
beforeAll(async () => {
  [browser, zk, zoekZk] = await Promise.all([
    startBrowser(),
    nieuwZorgkantoor(),
    nieuwZorgkantoor(),
  ]);
  await Promise.all(
    NAMEN.map(async ([naam, toestand, ontvangen]) => {
      const aanbiederId = uniek("aanb-web-zoek");
      await zorgVoorAanbieder(aanbiederId, { naam, productie: true });
      await zaakIn(toestand, {
        aanbiederId,
        zorgkantoorId: zoekZk.zorgkantoorId,
        jaar: 2020,
        ontvangen: new Date(`${ontvangen}T10:00:00+01:00`),
      });
    }),
  );
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
    const jaar = s.page.getByRole("combobox", { name: "Jaar" });
    await jaar.waitFor();
    expect(await jaar.inputValue()).toBe("2019");
    // 2019, and 2020 since 1 September 2019 (its aanvragen arrive): chosen, not typed.
    expect(await jaar.locator("option").allTextContents()).toEqual(["2020", "2019"]);
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
    await s.page.getByRole("combobox", { name: "Jaar" }).selectOption("2020");
    await s.page.getByRole("button", { name: "Toon" }).click();
    await s.page.getByRole("table", { name: /Aanvragen 2020/ }).waitFor();
    expect(vroeg).not.toBe("");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("zoekt, filtert en sorteert; het adres houdt de keuze vast bij herladen en Terug", async () => {
    const s = await nieuweSessie(browser, { klok: "2020-01-10T10:00:00+01:00" });
    await logInAls(s, zoekZk.beheer1);
    await open(s.page, link.werkvoorraad(zoekZk.zorgkantoorId, 2020));
    const p = s.page;
    const tabel = p.getByRole("table", { name: /Aanvragen 2020/ });
    const rijen = tabel.locator("tbody tr");
    const namen = async () =>
      (await rijen.locator("td:first-child, th:first-child").allTextContents()).map((t) =>
        t.trim(),
      );
    const toon = async () => {
      await p.getByRole("button", { name: "Toon" }).click();
      await p.waitForLoadState("networkidle");
      await tabel
        .or(p.getByText(/geen aanvragen/))
        .first()
        .waitFor();
    };
    await tabel.waitFor();
    // Beheer sees the concept that needs a late window, with the way to open one.
    expect(await rijen.count()).toBe(4);
    const concept = rijen.filter({ hasText: "Zorgcentrum Laatkomer" });
    expect(await concept.textContent()).toContain("Laat venster nodig");
    await concept.getByRole("link", { name: /Laat venster openen/ }).waitFor();
    expect(await namen()).toEqual([
      "Zorggroep De Linde",
      "Zorggroep Het Baken",
      "Stichting Zórgrijk Élan",
      "Zorgcentrum Laatkomer",
    ]);
    // No ids or codes on screen.
    expect(await p.locator("main").textContent()).not.toMatch(/aanb-web|zk-web|_/);
    await controleerToegankelijkheid(p, "werkvoorraad met zoekvelden");

    await p.getByRole("textbox", { name: "Zoek aanbieder" }).fill("zorggroep");
    await p
      .getByRole("combobox", { name: "Sorteren op" })
      .selectOption({ label: "Naam aanbieder" });
    await p.getByRole("combobox", { name: "Volgorde" }).selectOption({ label: "Aflopend" });
    await toon();
    expect(await namen()).toEqual(["Zorggroep Het Baken", "Zorggroep De Linde"]);
    const gezocht = new URL(p.url()).searchParams;
    expect(gezocht.get("aanbieder")).toBe("zorggroep");
    expect(gezocht.get("sorteer")).toBe("aanbieder");
    expect(gezocht.has("toestand")).toBe(false);
    await controleerToegankelijkheid(p, "werkvoorraad gezocht en gesorteerd");
    await schermafdruk(p, "zorgkantoor-werkvoorraad-gezocht");

    await p
      .getByRole("combobox", { name: "Termijn" })
      .selectOption({ label: "Uiterste datum (3 maanden) verstreken" });
    await toon();
    expect(await namen()).toEqual(["Zorggroep De Linde"]);
    await p.reload();
    await p.waitForLoadState("networkidle");
    await tabel.waitFor();
    expect(await namen()).toEqual(["Zorggroep De Linde"]);
    expect(await p.getByRole("textbox", { name: "Zoek aanbieder" }).inputValue()).toBe("zorggroep");
    expect(await p.getByRole("combobox", { name: "Termijn" }).inputValue()).toBe(
      "uiterste_datum_verstreken",
    );
    await p.goBack();
    await p.waitForLoadState("networkidle");
    await tabel.waitFor();
    expect(await namen()).toEqual(["Zorggroep Het Baken", "Zorggroep De Linde"]);

    // Accents and case do not matter; a search without a match says so.
    await p.getByRole("combobox", { name: "Termijn" }).selectOption({ label: "Alle" });
    await p.getByRole("textbox", { name: "Zoek aanbieder" }).fill("ZORGRIJK elan");
    await toon();
    expect(await namen()).toEqual(["Stichting Zórgrijk Élan"]);
    await p.getByRole("combobox", { name: "Toestand" }).selectOption({ label: "In beoordeling" });
    await toon();
    await p.getByText(/geen aanvragen die aan uw zoekopdracht en filters voldoen/).waitFor();
    await controleerToegankelijkheid(p, "werkvoorraad zonder resultaat");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("laadt de volgende pagina met Meer laden, zonder dubbele regels", async () => {
    const s = await nieuweSessie(browser, { klok: "2020-01-10T10:00:00+01:00" });
    await logInAls(s, zoekZk.beheer1);
    await open(s.page, `${link.werkvoorraad(zoekZk.zorgkantoorId, 2020)}&limiet=3`);
    const tabel = s.page.getByRole("table", { name: /Aanvragen 2020 \(3 van 4 geladen\)/ });
    await tabel.waitFor();
    await controleerToegankelijkheid(s.page, "werkvoorraad eerste pagina");
    await s.page.getByRole("button", { name: "Meer laden" }).click();
    const alles = s.page.getByRole("table", { name: "Aanvragen 2020 (4)" });
    await alles.waitFor();
    const namen = await alles.locator("tbody tr").allTextContents();
    expect(namen).toHaveLength(4);
    expect(new Set(namen).size).toBe(4);
    expect(await s.page.getByRole("button", { name: "Meer laden" }).count()).toBe(0);
    await controleerToegankelijkheid(s.page, "werkvoorraad alles geladen");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
