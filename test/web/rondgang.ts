// The walk along every page each demo role can use, on the demo's cases in several states (and a
// refused form): one list, used by the page checks that must hold everywhere — no internal codes
// (geenCodes.test.ts) and a usable small screen (smalScherm.test.ts).
import type { Browser, Page } from "playwright-core";
import { link, PAGINAS } from "#shared/paginas.js";
import { controleerToegankelijkheid, logIn, nieuweSessie, portaal } from "./browser.js";
import { open } from "./zorgkantoor.js";

export const DEMO_NU = "2020-05-12T10:00:00+02:00";
export const WACHTWOORD = "Demo-Kwaliteit-2020!";

export interface Bezoek {
  pad: string;
  /** Brings the page into a further state (a refused form) before it is read. */
  daarna?: (page: Page) => Promise<void>;
}

export interface Rondgang {
  naam: string;
  email: string;
  bezoeken: () => Bezoek[];
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

export const RONDGANGEN: readonly Rondgang[] = [
  {
    naam: "aanbieder",
    email: "aanbieder@demo.kwaliteitsbudget.example",
    bezoeken: () => {
      const { concept, ingediend, afgesproken } = demo().aanvragen;
      return [
        { pad: PAGINAS.toegankelijkheidsverklaring },
        { pad: PAGINAS.woordenlijst },
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
        { pad: "/bestaat-niet/" },
      ];
    },
  },
  {
    naam: "beoordelaar",
    email: "beoordelaar@demo.kwaliteitsbudget.example",
    // The same pages as beheer's (below); each once, on one case, to keep the walk short.
    bezoeken: () => zorgkantoorPaginas().filter((x) => !x.pad.includes(demo().aanvragen.concept)),
  },
  {
    naam: "zorgkantoor-beheer",
    email: "beheer@demo.kwaliteitsbudget.example",
    bezoeken: () => [
      ...zorgkantoorPaginas(),
      { pad: zk(PAGINAS.beheerHerinneringen) },
      { pad: zk(PAGINAS.bankwijzigingen) },
    ],
  },
  {
    naam: "zorgkantoor-beheer van VGZ: herschikking, vaststelling en afwikkeling",
    email: "beheer-vgz@demo.kwaliteitsbudget.example",
    bezoeken: () => {
      const { herschikking, geld } = demo();
      return [
        { pad: link.herschikking(herschikking.zorgkantoorId, herschikking.jaar) },
        { pad: link.nacalculatie(geld.zaken.afgewikkeld) },
        { pad: link.nacalculatie(geld.zaken.terugvordering) },
      ];
    },
  },
  {
    naam: "landelijk beheer, met een geweigerde nieuwe versie van de parameters",
    email: "landelijk@demo.kwaliteitsbudget.example",
    bezoeken: () => {
      const { geld, aanvragen, herschikking } = demo();
      return [
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
      ];
    },
  },
];

/**
 * Walks `r` in a fresh session (at `breedte` px wide when given) and returns the readable list of
 * offenders: what `controle` finds on each page, axe violations and errors the page threw.
 */
export async function loopRondgang(
  browser: Browser,
  r: Rondgang,
  controle: (page: Page, pad: string) => Promise<string[]>,
  breedte?: number,
): Promise<string[]> {
  const s = await nieuweSessie(browser, { klok: DEMO_NU });
  if (breedte) await s.page.setViewportSize({ width: breedte, height: 844 });
  const bevindingen: string[] = [];
  try {
    await logIn(s, r.email, WACHTWOORD);
    for (const b of r.bezoeken()) {
      await open(s.page, b.pad);
      await b.daarna?.(s.page);
      for (const f of await controle(s.page, b.pad)) bevindingen.push(`${b.pad}: ${f}`);
      const waar = breedte ? `${b.pad} (${breedte} px)` : b.pad;
      await controleerToegankelijkheid(s.page, waar).catch((e: unknown) =>
        bevindingen.push(`${b.pad}: ${String(e).slice(0, 400)}`),
      );
      for (const f of s.fouten.splice(0)) bevindingen.push(`${b.pad}: paginafout ${f}`);
    }
  } finally {
    await s.context.close();
  }
  return bevindingen;
}
