// docs/regels.md §5: the aanbieder signs the addendum in the dossier when the case waits for
// it. The case is made for this test through the API (its own aanvraag: the demo data is shared):
// submitted in the indieningsperiode, taken in behandeling and toegekend by the beoordelaar,
// approved by zorgkantoor-beheer (four eyes), with a regional kader for the year.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import {
  alsAanbieder,
  alsRol,
  apiAls,
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

const JAAR = 2021;
const tekst = "volledig ingevuld (test)";
const INHOUD = {
  locaties: [
    {
      id: "linde",
      naam: "De Linde",
      verbeterparagraaf: {
        watGaatDeAanbiederDoen: tekst,
        welkResultaat: tekst,
        watIsDaarvoorNodig: tekst,
        hoeWordtInternGemonitord: tekst,
      },
    },
  ],
  begroting: [
    {
      jaar: JAAR,
      personeel: [
        {
          id: "p1",
          soort: "loondienst",
          functiegroep: "verzorgende",
          locatie: "linde",
          fte: "2.00",
          ingangsmaand: 1,
          loonkostenPerFte: { direct: "60000.00", indirect: "12500.00", premies: "12500.00" },
        },
      ],
      overige: [],
    },
  ],
  verklaringen: {
    geenDubbeleBekostiging: true,
    uitsluitendVv4TotVv10: true,
    extraFteTovBasisjaar: true,
  },
};

async function stap(page: Page, methode: string, pad: string, body?: unknown) {
  const r = await apiAls(page, methode, pad, body);
  expect(r.status, `${methode} ${pad}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body;
}

/** A case of De Linde for 2021 in state goedgekeurd, waiting for both signatures. */
async function goedgekeurdeZaak(): Promise<string> {
  const aanbieder = await alsAanbieder(browser, "2020-10-01T10:00:00+02:00");
  await naar(aanbieder, "/aanbieder/");
  const id = await maakAanvraag(aanbieder.page, "aanb-de-linde", JAAR);
  let a = await stap(aanbieder.page, "PUT", `/api/aanvragen/${id}/inhoud`, {
    versie: 1,
    inhoud: INHOUD,
  });
  await uploadKwaliteitsplan(aanbieder.page, id);
  a = await stap(aanbieder.page, "GET", `/api/aanvragen/${id}`);
  await stap(aanbieder.page, "POST", `/api/aanvragen/${id}/indiening`, { versie: a.versie });
  await aanbieder.context.close();

  const landelijk = await alsRol(browser, "landelijk-beheer", "2020-10-02T10:00:00+02:00");
  await naar(landelijk, "/herinneringen/");
  const kaders = await stap(landelijk.page, "GET", `/api/kaders/${JAAR}`);
  const bestaand = (kaders.kaders as { zorgkantoorId: string; versie: number }[]).find(
    (k) => k.zorgkantoorId === "zk-zilveren-kruis",
  );
  await stap(landelijk.page, "PUT", `/api/kaders/${JAAR}/zk-zilveren-kruis`, {
    bedrag: "60000000.00",
    ...(bestaand ? { versie: bestaand.versie } : {}),
  });
  await landelijk.context.close();

  const beoordelaar = await alsRol(browser, "beoordelaar", "2020-10-05T10:00:00+02:00");
  await naar(beoordelaar, "/herinneringen/");
  a = await stap(beoordelaar.page, "GET", `/api/aanvragen/${id}`);
  const z = await stap(beoordelaar.page, "POST", `/api/aanvragen/${id}/in-behandeling`, {
    versie: a.versie,
  });
  await stap(beoordelaar.page, "POST", `/api/aanvragen/${id}/toekenning`, {
    versie: z.versie,
    personeel: "170000.00",
    overige: "0.00",
    motivering: "Toegekend zoals aangevraagd.",
  });
  await beoordelaar.context.close();

  const beheer = await alsRol(browser, "zorgkantoor-beheer", "2020-10-06T10:00:00+02:00");
  await naar(beheer, "/herinneringen/");
  a = await stap(beheer.page, "GET", `/api/aanvragen/${id}`);
  await stap(beheer.page, "POST", `/api/aanvragen/${id}/toekenning/goedkeuring`, {
    versie: a.versie,
  });
  await beheer.context.close();
  return id;
}

describe("addendum ondertekenen", () => {
  it("laat de aanbieder het addendum tekenen in het dossier als de zaak daarop wacht", async () => {
    const id = await goedgekeurdeZaak();
    const s = await alsAanbieder(browser, "2020-10-07T10:00:00+02:00");
    const { page } = s;
    await naar(s, link.dossier(id));
    const teken = page.getByRole("button", { name: "Addendum ondertekenen" });
    await teken.waitFor();
    await controleerToegankelijkheid(page, "dossier wacht op handtekening");
    // First a confirmation that says what the signature means: the amounts, and what follows.
    await teken.click();
    const vraag = page.getByRole("status").filter({ hasText: "Weet u het zeker?" });
    await vraag.waitFor();
    expect(await vraag.evaluate((el) => el.matches(":focus"))).toBe(true);
    const gevolg = await vraag.textContent();
    expect(gevolg).toContain(
      "akkoord met de afspraak in het addendum: een kwaliteitsbudget 2021 van € 170.000,00 (personeel € 170.000,00, overige kosten € 0,00).",
    );
    expect(gevolg).toContain(
      "Daarna wacht het addendum op de handtekening van Zilveren Kruis Zorgkantoor.",
    );
    await controleerToegankelijkheid(page, "bevestiging addendum ondertekenen");
    await schermafdruk(page, "addendum-bevestiging");
    // Annuleren signs nothing and gives the button back, with the focus on it.
    await page.getByRole("button", { name: "Annuleren" }).click();
    await teken.waitFor();
    expect(await teken.evaluate((el) => el.matches(":focus"))).toBe(true);
    expect(await page.getByText("U heeft het addendum ondertekend").count()).toBe(0);
    await teken.click();
    await page.getByRole("button", { name: "Ja, addendum ondertekenen" }).click();
    await page.getByText("U heeft het addendum ondertekend op 07-10-2020").waitFor();
    expect(await teken.count()).toBe(0);
    await controleerToegankelijkheid(page, "addendum ondertekend");
    // Coming back: the signature is remembered (audit trail), no second button.
    await page.reload();
    await page.getByText(/U heeft het addendum ondertekend op 07-10-2020/).waitFor();
    expect(await page.getByRole("button", { name: "Addendum ondertekenen" }).count()).toBe(0);
    await schermafdruk(page, "addendum-ondertekend");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
