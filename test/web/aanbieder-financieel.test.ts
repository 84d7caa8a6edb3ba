// docs/regels.md §15.8 in the browser: the financial overview in the aanbieder's dossier of the demo
// case "afgesproken" (§13 A: signed 20-03-2020) at the demo moment, at 1280 and at 390 px wide —
// the agreement, the voorschotten per month in Dutch formats (March € 192.000,00, April
// € 64.000,00), the saldo, the chart with the same figures, amount columns right-aligned, wide
// tables scrolling in their own region, no ids on screen, axe clean, no page errors. Other files
// may add a realisatie or a herschikking to this case, so figures that can move are compared
// with the API's own answer, formatted as the page must format them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { euro, maandNl } from "#web/src/scripts/lib/bedrag.js";
import { alsAanbieder, naar } from "./aanbieder.js";
import {
  controleerToegankelijkheid,
  portaal,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";

const DEMO_NU = "2020-05-12T10:00:00+02:00";
const zaak = () => portaal().demo.aanvragen.afgesproken;
let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Overzicht {
  jaar: number;
  afspraak: { personeel: string; overige: string; compensatie: string; totaal: string };
  voorschot: {
    maanden: { maand: string; gepland: string; besteld: string; betaald: string; open: string }[];
    totaal: { gepland: string; besteld: string; betaald: string; open: string };
  };
  verwacht: { vastgesteld: string; saldo: string } | null;
}

/** The overview as the API answers it to this user (the page's own token). */
async function api(page: Page, id: string): Promise<Overzicht> {
  const r = await page.evaluate(async (aanvraag) => {
    const s = JSON.parse(sessionStorage.getItem("kb.sessie") ?? "{}");
    const res = await fetch(`/api/aanvragen/${encodeURIComponent(aanvraag)}/financieel-overzicht`, {
      headers: { authorization: `Bearer ${s.accessToken}` },
    });
    return { status: res.status, body: await res.json() };
  }, id);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as Overzicht;
}

/** The cells of the row whose first cell is `eerste`, as text. */
const rij = (page: Page, tabel: string, eerste: string) =>
  page
    .getByRole("table", { name: tabel })
    .locator("tr", { has: page.locator("td:first-child", { hasText: eerste }) })
    .first()
    .locator("td")
    .allTextContents();

async function controleer(s: Sessie, breedte: number): Promise<void> {
  const { page } = s;
  await page.setViewportSize({ width: breedte, height: 900 });
  await naar(s, link.dossier(zaak()));
  const sectie = page.getByRole("region", { name: "Financieel overzicht 2020" });
  await sectie.waitFor();
  const o = await api(page, zaak());

  // The agreement per category, as the API has it, in Dutch format.
  const afspraak = "Afspraak 2020 per categorie";
  expect(await rij(page, afspraak, "Personeel")).toEqual(["Personeel", euro(o.afspraak.personeel)]);
  expect(await rij(page, afspraak, "Compensatiecomponent")).toEqual([
    "Compensatiecomponent",
    euro(o.afspraak.compensatie),
  ]);
  expect(await rij(page, afspraak, "Totaal kwaliteitsbudget")).toEqual([
    "Totaal kwaliteitsbudget",
    euro(o.afspraak.totaal),
  ]);

  // §13 A: March pays € 192.000,00 (January–March), April € 64.000,00; nothing before March.
  const voorschot = "Voorschotten 2020 per maand";
  expect((await rij(page, voorschot, "januari 2020"))[1]).toBe("€ 0,00");
  expect((await rij(page, voorschot, "maart 2020"))[1]).toBe("€ 192.000,00");
  expect((await rij(page, voorschot, "april 2020"))[1]).toBe("€ 64.000,00");
  for (const m of o.voorschot.maanden.slice(2, 5)) {
    const cellen = await rij(page, voorschot, maandNl(m.maand));
    expect(cellen.slice(0, 4)).toEqual([
      maandNl(m.maand),
      euro(m.gepland),
      euro(m.besteld),
      euro(m.betaald),
    ]);
    expect(cellen.at(-1)).toBe(euro(m.open));
  }
  const totaal = await rij(page, voorschot, "Totaal");
  expect(totaal.slice(0, 4)).toEqual([
    "Totaal",
    euro(o.voorschot.totaal.gepland),
    euro(o.voorschot.totaal.besteld),
    euro(o.voorschot.totaal.betaald),
  ]);

  // The saldo: before the vaststelling the expected one, in words as well as in euros.
  expect(o.verwacht).not.toBeNull();
  const saldo = await rij(page, "Saldo 2020", "Verwacht vast te stellen");
  expect(saldo[1]).toBe(euro(o.verwacht!.vastgesteld));
  expect((await rij(page, "Saldo 2020", "Verwacht saldo"))[1]).toMatch(
    /^€ [\d.]+,\d\d \((nabetaling aan u|terug te betalen)\)$|^€ 0,00$/,
  );

  // The chart states the same figures; the tables are its text alternative.
  const grafiek = sectie.getByRole("img", { name: /^Financieel overzicht 2020/ });
  expect(await grafiek.getAttribute("aria-label")).toContain(`Afspraak ${euro(o.afspraak.totaal)}`);
  expect(await grafiek.getAttribute("aria-label")).toContain(
    `Betaald ${euro(o.voorschot.totaal.betaald)}`,
  );

  // Amount columns are right-aligned; no ids or codes on screen.
  const uitlijning = await page.evaluate(
    `getComputedStyle(document.querySelector("[aria-labelledby=kb-financieel] td.kb-bedrag")).textAlign`,
  );
  expect(["end", "right"]).toContain(uitlijning);
  const tekst = (await sectie.textContent()) ?? "";
  expect(tekst).not.toContain(zaak());
  expect(tekst).not.toMatch(/aanb-|zk-|voorschot#|\b2020-\d\d\b/);

  // At 390 px the page itself does not scroll sideways; a wider table scrolls in its own region.
  // A string, evaluated in the page: the test project's TypeScript has no DOM library.
  const paginaBreedte = await page.evaluate("document.documentElement.scrollWidth");
  expect(paginaBreedte).toBeLessThanOrEqual(breedte);
  if (breedte < 500) await page.getByRole("region", { name: voorschot }).waitFor();

  await controleerToegankelijkheid(page, `dossier financieel overzicht ${breedte}px`);
  await schermafdruk(page, `aanbieder-financieel-${breedte}`);
}

describe("aanbieder: financieel overzicht in het dossier (§15.8)", () => {
  it("toont afspraak, voorschotten, saldo en grafiek op 1280 en 390 px breed", async () => {
    const s = await alsAanbieder(browser, DEMO_NU);
    await controleer(s, 1280);
    await controleer(s, 390);
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
