// §1 four eyes: the approvals page lists, from one route, everything that awaits a second
// signature in every year (grouped per year, no year to choose): who proposed (by name) and
// when, the amounts against what was asked, the motivation and the letter. The proposer and a
// beoordelaar see why they cannot sign; another zorgkantoor-beheer user approves after a
// confirmation that says what will happen, or sends a proposal back with a required reason.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { logInAls, nieuweZaak, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
const KLOK = "2020-01-20T10:00:00+01:00";
const pad = () => `${PAGINAS.goedkeuringen}?zorgkantoor=${zk.zorgkantoorId}`;

beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  const door = (g: { sub: string; email: string }, rol: "beoordelaar" | "zorgkantoor-beheer") => ({
    voorgesteldDoor: { sub: g.sub, rol, email: g.email },
  });
  await nieuweZaak(zk, "voorgesteld", door(zk.beheer1, "zorgkantoor-beheer"));
  await nieuweZaak(zk, "voorgesteld", { ...door(zk.beoordelaar, "beoordelaar"), jaar: 2021 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe("goedkeuren met vier ogen", () => {
  it("toont de beoordelaar alle jaren alleen-lezen, met wie moet tekenen", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, pad());
    await s.page.getByRole("heading", { name: "Jaar 2021" }).waitFor();
    await s.page.getByRole("heading", { name: "Jaar 2020" }).waitFor();
    await s.page.getByText("Goedkeuren is voorbehouden aan zorgkantoor-beheer").waitFor();
    const item = s.page.getByRole("listitem", { name: /Toekenning: .*, 2020/ });
    const tekst = (await item.textContent()) ?? "";
    expect(tekst).toContain(`Voorgesteld door ${zk.beheer1.email} op 15 januari 2020.`);
    expect(tekst).toContain("Bedrag: € 100.000,00");
    expect(tekst).toContain("Wie tekent: een andere medewerker van zorgkantoor-beheer");
    expect(await item.getByRole("table").textContent()).toMatch(
      /Personeel€ [\d.]+,\d\d€ [\d.]+,\d\d/,
    );
    await item.getByRole("button", { name: "Beoordelingsbrief (PDF) bekijken" }).waitFor();
    expect(await s.page.getByRole("button", { name: /goedkeuren|Terugsturen/ }).count()).toBe(0);
    await controleerToegankelijkheid(s.page, "goedkeuren alleen-lezen");
    expect(s.fouten).toEqual([]);
  });

  it("zegt de voorsteller waarom hij niet tekent; een ander keurt goed na een bevestiging", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, pad());
    const eigen = s.page.getByRole("listitem", { name: /Toekenning: .*, 2020/ });
    await eigen.getByText("U stelde dit zelf voor").waitFor();
    expect(await eigen.getByRole("button", { name: "Toekenning goedkeuren" }).count()).toBe(0);
    await controleerToegankelijkheid(s.page, "goedkeuren door de voorsteller");
    await schermafdruk(s.page, "zorgkantoor-goedkeuren-eigen-voorstel");

    const t = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(t, zk.beheer2);
    await open(t.page, pad());
    const item = t.page.getByRole("listitem", { name: /Toekenning: .*, 2020/ });
    await item.getByRole("button", { name: "Toekenning goedkeuren" }).click();
    const vraag = item.getByText(
      /Weet u het zeker\? De toekenning van € 100\.000,00 aan .* voor 2020 wordt vastgelegd als afspraak/,
    );
    await vraag.waitFor();
    await controleerToegankelijkheid(t.page, "goedkeuren bevestigen");
    await item.getByRole("button", { name: "Ja, toekenning goedkeuren" }).click();
    await t.page
      .getByRole("status")
      .filter({ hasText: "is goedgekeurd en vastgelegd als afspraak" })
      .waitFor();
    await t.page.getByRole("heading", { name: "Jaar 2020" }).waitFor({ state: "detached" });
    await t.page.getByRole("heading", { name: "Jaar 2021" }).waitFor();
    expect([...s.fouten, ...t.fouten]).toEqual([]);
  });

  it("stuurt een voorstel terug met een verplichte reden", async () => {
    const t = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(t, zk.beheer2);
    await open(t.page, pad());
    const item = t.page.getByRole("listitem", { name: /Toekenning: .*, 2021/ });
    await item.getByRole("button", { name: "Terugsturen" }).click();
    const reden = item.getByLabel("Reden om terug te sturen");
    await reden.waitFor();
    await item.getByRole("button", { name: "Terugsturen" }).click();
    await item.getByText("Geef op waarom u het voorstel terugstuurt.").first().waitFor();
    await controleerToegankelijkheid(t.page, "terugsturen zonder reden");
    await reden.fill("De motivering onderbouwt de lagere overige kosten niet.");
    await item.getByRole("button", { name: "Terugsturen" }).click();
    await t.page
      .getByRole("status")
      .filter({ hasText: `is teruggestuurd naar ${zk.beoordelaar.email}` })
      .waitFor();
    await t.page
      .getByText("Er wacht niets op een tweede handtekening, in geen enkel jaar.")
      .waitFor();
    await controleerToegankelijkheid(t.page, "niets meer te tekenen");
    expect(t.fouten).toEqual([]);
  });
});
