// The aanvraag wizard's way to indienen (docs/regels.md §4.3, §5) in Chromium: the step in the URL
// (reload and Back/Forward keep it, and a move through the history saves like a step button), the
// read-only summary of what will be submitted in Dutch figures, and the confirmation that says what
// indienen does — Annuleren leaves the aanvraag a concept. axe-core in every state.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import {
  alsAanbieder,
  apiAls,
  IN_INDIENINGSPERIODE,
  maakAanvraag,
  naar,
  uploadKwaliteitsplan,
} from "./aanbieder.js";
import { controleerToegankelijkheid, schermafdruk, startBrowser } from "./browser.js";

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

const tekst = "volledig ingevuld (test)";
/** De Kastanje's aanvraag 2021: 10 fte × € 85.000 personeel and € 1.234,56 scholing. */
const INHOUD = {
  locaties: [
    {
      id: "kastanje",
      naam: "De Kastanje",
      verbeterparagraaf: {
        watGaatDeAanbiederDoen: "Extra verzorgenden in de avond",
        welkResultaat: tekst,
        watIsDaarvoorNodig: tekst,
        hoeWordtInternGemonitord: tekst,
      },
    },
  ],
  begroting: [
    {
      jaar: 2021,
      personeel: [
        {
          id: "p1",
          soort: "loondienst",
          functiegroep: "verzorgende",
          locatie: "kastanje",
          fte: "10.00",
          ingangsmaand: 1,
          loonkostenPerFte: { direct: "60000.00", indirect: "12500.00", premies: "12500.00" },
        },
      ],
      overige: [
        {
          id: "o1",
          categorie: "deskundigheid",
          omschrijving: "Scholing dementiezorg",
          locatie: "organisatiebreed",
          bedrag: "1234.56",
          smart: {
            specifiekDoel: tekst,
            meetbaarResultaat: tekst,
            haalbaarheid: tekst,
            relevantie: tekst,
            startdatum: "2021-02-01",
            einddatum: "2021-11-30",
          },
        },
      ],
    },
  ],
  verklaringen: {
    geenDubbeleBekostiging: true,
    uitsluitendVv4TotVv10: true,
    extraFteTovBasisjaar: true,
  },
};

describe("aanvraagwizard: stap in de URL, samenvatting en bevestiging", () => {
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

  it("toont wat wordt ingediend en vraagt eerst bevestiging; Annuleren laat het concept staan", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-de-kastanje", 2021);
    const pad = `/api/aanvragen/${id}`;
    const opgeslagen = await apiAls(page, "PUT", `${pad}/inhoud`, { versie: 1, inhoud: INHOUD });
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
    await uploadKwaliteitsplan(page, id);

    await naar(s, `${link.aanvraag(id)}&stap=5`);
    await stapKop(page, 5).waitFor();
    const begroting = await page.getByRole("table", { name: "Begroting 2021" }).textContent();
    for (const verwacht of [
      "Personeel: verzorgende (loondienst), De Kastanje, vanaf januari",
      "10,00 fte",
      "€ 850.000,00",
      "Overige kosten, deskundigheid: Scholing dementiezorg, organisatiebreed",
      "€ 1.234,56",
      "Totaal 2021",
      "€ 851.234,56",
    ])
      expect(begroting).toContain(verwacht);
    const pagina = page.locator("#kb-pagina");
    await page.getByRole("heading", { name: "De Kastanje", level: 4 }).waitFor();
    expect(await pagina.textContent()).toContain("Extra verzorgenden in de avond");
    expect(await pagina.textContent()).toContain("Aandeel personeel in 2021: 99,9 %");
    expect(await pagina.textContent()).toContain(
      "Er is geen dubbele bekostiging (Sectorplanplus, transitiemiddelen of andere bronnen): bevestigd",
    );
    await page.getByRole("listitem").filter({ hasText: "plan.pdf (kwaliteitsplan)" }).waitFor();
    await controleerToegankelijkheid(page, "samenvatting voor indienen");
    await schermafdruk(page, "aanvraag-samenvatting");

    // The confirmation says what will happen, and takes the focus.
    const indienen = page.getByRole("button", { name: "Aanvraag indienen" });
    await indienen.click();
    const vraag = page.getByRole("status").filter({ hasText: "Weet u het zeker?" });
    await vraag.waitFor();
    expect(await vraag.evaluate((el) => el.matches(":focus"))).toBe(true);
    const gevolg = await vraag.textContent();
    expect(gevolg).toContain(
      "Uw aanvraag voor 2021 wordt ingediend bij Zilveren Kruis Zorgkantoor; daarna kunt u haar niet meer wijzigen, tenzij het zorgkantoor om een aanvulling vraagt.",
    );
    expect(gevolg).toContain("De beoordelingstermijn begint");
    expect(gevolg).toContain("Dit kan niet ongedaan worden gemaakt.");
    await controleerToegankelijkheid(page, "bevestiging indienen");
    await schermafdruk(page, "aanvraag-bevestiging");

    // Annuleren: nothing is submitted, the button is back with the focus on it.
    await page.getByRole("button", { name: "Annuleren" }).click();
    await indienen.waitFor();
    expect(await indienen.evaluate((el) => el.matches(":focus"))).toBe(true);
    expect(await vraag.count()).toBe(0);
    expect((await apiAls(page, "GET", pad)).body.toestand).toBe("concept");

    // Ja: submitted once — a double click sends one request, not two — and the receipt follows.
    const indieningen: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/indiening")) indieningen.push(r.url());
    });
    await indienen.click();
    // Two clicks in one task, faster than any re-render: the second must not act again.
    await page.getByRole("button", { name: "Ja, aanvraag indienen" }).evaluate((el) => {
      (el as { click(): void }).click();
      (el as { click(): void }).click();
    });
    await page.getByRole("heading", { name: "Uw aanvraag is ingediend" }).waitFor();
    expect((await apiAls(page, "GET", pad)).body.toestand).toBe("ingediend");
    expect(indieningen).toHaveLength(1);
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
