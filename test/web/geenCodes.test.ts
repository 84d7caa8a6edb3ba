// UX issue "no internal codes on any screen": as each demo role, every page that role can use,
// with the demo's cases in several states and a refused form in the query or on screen, must
// show names, Dutch labels and Dutch dates only — no ids, codes, JSON paths, rulebook
// references, ISO dates or JavaScript artefacts (the matcher: test/site/codes.ts). Each visit
// also checks axe and that the page threw nothing. One browser, one context per role.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link, PAGINAS } from "#shared/paginas.js";
import { zoekCodes } from "../site/codes.js";
import {
  controleerToegankelijkheid,
  logIn,
  nieuweSessie,
  portaal,
  type Sessie,
  startBrowser,
} from "./browser.js";
import { open } from "./zorgkantoor.js";

const DEMO_NU = "2020-05-12T10:00:00+02:00";
const WACHTWOORD = "Demo-Kwaliteit-2020!";

interface Bezoek {
  pad: string;
  /** Brings the page into a further state (a refused form) before it is read. */
  daarna?: (page: Page) => Promise<void>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a user can read or hear: visible text, closed <details>, titles, labels, options. */
const leesbareTekst = (page: Page): Promise<string> =>
  // A string, evaluated in the page: the test project's TypeScript has no DOM library.
  page.evaluate(`(() => {
    const delen = [document.title, document.body.innerText];
    for (const d of document.querySelectorAll("details:not([open])")) delen.push(d.textContent || "");
    for (const o of document.querySelectorAll("option")) delen.push(o.textContent || "");
    for (const el of document.querySelectorAll("[title], [aria-label]"))
      delen.push(el.getAttribute("title") || "", el.getAttribute("aria-label") || "");
    return delen.join("\\n");
  })()`);

/** Visits every page as the user with `email` and returns the readable list of offenders. */
async function loop(email: string, bezoeken: readonly Bezoek[], klok = DEMO_NU) {
  const s: Sessie = await nieuweSessie(browser, { klok });
  const bevindingen: string[] = [];
  try {
    await logIn(s, email, WACHTWOORD);
    for (const b of bezoeken) {
      await open(s.page, b.pad);
      await b.daarna?.(s.page);
      const tekst = await leesbareTekst(s.page);
      if (/niet voor uw rol/.test(tekst)) bevindingen.push(`${b.pad}: niet voor deze rol`);
      for (const t of zoekCodes(tekst))
        bevindingen.push(`${b.pad}: ${t.soort} "${t.tekst}" in "${t.omgeving}"`);
      await controleerToegankelijkheid(s.page, b.pad).catch((e: unknown) =>
        bevindingen.push(`${b.pad}: ${String(e).slice(0, 400)}`),
      );
      for (const f of s.fouten.splice(0)) bevindingen.push(`${b.pad}: paginafout ${f}`);
    }
  } finally {
    await s.context.close();
  }
  return bevindingen;
}

const demo = () => portaal().demo;
const zk = (pad: string, zorgkantoor = "zk-zilveren-kruis", jaar = 2020) =>
  `${pad}?zorgkantoor=${zorgkantoor}&jaar=${jaar}`;

/** The pages of a beoordelaar and of zorgkantoor-beheer at Zilveren Kruis, on the demo cases. */
const zorgkantoorPaginas = (): Bezoek[] => {
  const { concept, ingediend, afgesproken } = demo().aanvragen;
  return [
    { pad: PAGINAS.herinneringen },
    { pad: link.werkvoorraad("zk-zilveren-kruis", 2020) },
    { pad: link.beoordeling(ingediend) },
    { pad: link.beoordeling(afgesproken) },
    { pad: link.beoordeling(concept) },
    { pad: PAGINAS.goedkeuringen },
    { pad: zk(PAGINAS.regio) },
    { pad: zk(PAGINAS.voorschotten) },
    { pad: link.herschikking("zk-zilveren-kruis", 2020) },
    { pad: link.nacalculatie(afgesproken) },
    { pad: zk(PAGINAS.exports) },
    { pad: zk(PAGINAS.zorgkantoorAudit) },
    { pad: `${PAGINAS.zorgkantoorAudit}?id=${afgesproken}` },
  ];
};

describe("geen interne codes op enig scherm", () => {
  it("aanbieder", { timeout: 150_000 }, async () => {
    const { concept, ingediend, afgesproken } = demo().aanvragen;
    const b = await loop("aanbieder@demo.kwaliteitsbudget.example", [
      { pad: PAGINAS.toegankelijkheidsverklaring },
      { pad: PAGINAS.herinneringen },
      { pad: PAGINAS.aanbiederDashboard },
      { pad: link.aanvraag(concept) },
      // The last step: the summary of what will be submitted, with names instead of ids.
      { pad: `${link.aanvraag(concept)}&stap=5` },
      { pad: link.aanvraag(ingediend) },
      { pad: link.nieuweAanvraag(2021) },
      { pad: link.realisatie(afgesproken, "mei") },
      { pad: link.realisatie(afgesproken, "juli") },
      { pad: link.jaarverslag(afgesproken) },
      { pad: link.dossier(concept) },
      { pad: link.dossier(ingediend) },
      { pad: link.dossier(afgesproken) },
      { pad: PAGINAS.bankrekening },
    ]);
    expect(b).toEqual([]);
  });

  it("beoordelaar", { timeout: 150_000 }, async () => {
    // The same pages as beheer's (below); each once, on one case, to keep the walk short.
    const b = await loop(
      "beoordelaar@demo.kwaliteitsbudget.example",
      zorgkantoorPaginas().filter((x) => !x.pad.includes(demo().aanvragen.concept)),
    );
    expect(b).toEqual([]);
  });

  it("zorgkantoor-beheer", { timeout: 150_000 }, async () => {
    const b = await loop("beheer@demo.kwaliteitsbudget.example", [
      ...zorgkantoorPaginas(),
      { pad: zk(PAGINAS.beheerHerinneringen) },
      { pad: zk(PAGINAS.bankwijzigingen) },
    ]);
    expect(b).toEqual([]);
  });

  it("zorgkantoor-beheer van VGZ: herschikking, vaststelling en afwikkeling", {
    timeout: 150_000,
  }, async () => {
    const { herschikking, geld } = demo();
    const b = await loop("beheer-vgz@demo.kwaliteitsbudget.example", [
      { pad: link.herschikking(herschikking.zorgkantoorId, herschikking.jaar) },
      { pad: link.nacalculatie(geld.zaken.afgewikkeld) },
      { pad: link.nacalculatie(geld.zaken.terugvordering) },
    ]);
    expect(b).toEqual([]);
  });

  it("landelijk beheer, met een geweigerde nieuwe versie van de parameters", {
    timeout: 150_000,
  }, async () => {
    const { geld, aanvragen, herschikking } = demo();
    const b = await loop("landelijk@demo.kwaliteitsbudget.example", [
      { pad: PAGINAS.herinneringen },
      { pad: `${PAGINAS.parameters}?jaar=2020` },
      {
        pad: `${PAGINAS.parameters}?jaar=2020`,
        // Refused by the server (weights > 0, compensatie + beschikbaar = budget): nothing is written.
        daarna: async (page) => {
          await page.getByLabel("Compensatie (€)").fill("1,00");
          await page.getByLabel("Gewicht VV4").fill("0");
          await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
          await page.getByRole("alert").filter({ hasText: "Er is iets niet in orde" }).waitFor();
        },
      },
      { pad: `${PAGINAS.landelijkeTotalen}?jaar=2020` },
      { pad: `${PAGINAS.restantverdeling}?jaar=2019` },
      { pad: zk(PAGINAS.regio, "zk-cz", 2019) },
      { pad: link.werkvoorraad("zk-cz", 2019) },
      { pad: zk(PAGINAS.zorgkantoorAudit, "zk-cz", 2019) },
      { pad: link.beoordeling(aanvragen.afgesproken) },
      { pad: link.beoordeling(herschikking.aanvraagId) },
      { pad: link.beoordeling(geld.zaken.verrekening) },
    ]);
    expect(b).toEqual([]);
  });
});
