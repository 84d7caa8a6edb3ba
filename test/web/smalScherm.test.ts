// UX issue "small screens (390 px)": as each demo role, every page of its walk (./rondgang.ts) at
// 390 × 844 — the page itself never scrolls sideways (a wide table scrolls in its own region),
// the menu is folded behind a Menu button that opens and closes it, axe finds nothing and the
// page threw nothing. Also the styled 404 page and the public woordenlijst.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";
import {
  controleerToegankelijkheid,
  logIn,
  nieuweSessie,
  portaal,
  type Sessie,
  startBrowser,
} from "./browser.js";
import { DEMO_NU, loopRondgang, RONDGANGEN, WACHTWOORD } from "./rondgang.js";
import { open } from "./zorgkantoor.js";

const BREED = 390;
let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * What sticks out beyond the screen: the page's scroll width, and the first few elements whose
 * right edge passes it outside a region that scrolls on its own. A string evaluated in the page:
 * the test project's TypeScript has no DOM library.
 */
const overloop = (page: Page): Promise<{ breedte: number; uitstekers: string[] }> =>
  page.evaluate(`(() => {
    const breedte = document.documentElement.scrollWidth;
    const scrolltZelf = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const uitstekers = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      // Inside a scroll region only what is positioned can still widen the page.
      const los = ["absolute", "fixed"].includes(getComputedStyle(el).position);
      if (r.width === 0 || r.right <= ${BREED} + 1 || (scrolltZelf(el) && !los)) continue;
      uitstekers.push(el.tagName.toLowerCase() + "." + [...el.classList].join(".") + " (" + Math.round(r.right) + " px): " + (el.textContent || "").trim().slice(0, 40));
      if (uitstekers.length >= 3) break;
    }
    return { breedte, uitstekers };
  })()`);

async function smalleSessie(): Promise<Sessie> {
  const s = await nieuweSessie(browser, { klok: DEMO_NU });
  await s.page.setViewportSize({ width: BREED, height: 844 });
  return s;
}

/** What the walk finds on one page: sideways overflow, or a menu that is not folded. */
async function smal(page: Page): Promise<string[]> {
  const bevindingen: string[] = [];
  const o = await overloop(page);
  if (o.breedte > BREED)
    bevindingen.push(`pagina ${o.breedte} px breed; ${o.uitstekers.join("; ")}`);
  const publiek = (await page.locator("#kb-menuknop").count()) === 0;
  if (!publiek && (await page.getByRole("link", { name: "Mijn herinneringen" }).isVisible()))
    bevindingen.push("het menu is niet ingeklapt");
  return bevindingen;
}

describe(`klein scherm (${BREED} px)`, () => {
  it.each(RONDGANGEN)(
    "$naam: geen zijwaartse overloop, ingeklapt menu",
    {
      timeout: 300_000,
    },
    async (r) => {
      expect(await loopRondgang(browser, r, smal, BREED)).toEqual([]);
    },
  );

  it("het menu klapt uit met de knop Menu en weer in met Escape", async () => {
    const s = await smalleSessie();
    await logIn(s, "beheer@demo.kwaliteitsbudget.example", WACHTWOORD);
    await open(s.page, PAGINAS.goedkeuringen);
    const knop = s.page.getByRole("button", { name: "Menu" });
    const herschikking = s.page.getByRole("link", { name: "Herschikking" });
    expect(await knop.getAttribute("aria-expanded")).toBe("false");
    expect(await herschikking.isVisible()).toBe(false);
    await knop.click();
    await herschikking.waitFor();
    expect(await knop.getAttribute("aria-expanded")).toBe("true");
    await controleerToegankelijkheid(s.page, "menu uitgeklapt (390 px)");
    await herschikking.focus();
    await s.page.keyboard.press("Escape");
    expect(await knop.getAttribute("aria-expanded")).toBe("false");
    expect(await herschikking.isVisible()).toBe(false);
    expect(await s.page.evaluate("document.activeElement.id")).toBe("kb-menuknop");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});

describe("niet gevonden en woordenlijst", () => {
  it("toont bij een onbekend adres een opgemaakte 404-pagina met het menu en een weg terug", async () => {
    const s = await nieuweSessie(browser, { klok: DEMO_NU });
    await logIn(s, "aanbieder@demo.kwaliteitsbudget.example", WACHTWOORD);
    const antwoord = await s.page.goto(`${portaal().url}/aanbieder/bestaat-niet/`);
    expect(antwoord?.status()).toBe(404);
    await s.page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }).waitFor();
    await s.page.getByRole("link", { name: "Mijn aanvragen" }).waitFor();
    await controleerToegankelijkheid(s.page, "404-pagina");
    await s.page.getByRole("link", { name: "Naar uw startpagina" }).click();
    await s.page.waitForURL((u) => u.pathname === PAGINAS.aanbiederDashboard);
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("legt op elke pagina uit wat de stap is en heeft een woordenlijst zonder inloggen", async () => {
    const s = await nieuweSessie(browser);
    await s.page.goto(`${portaal().url}${PAGINAS.inloggen}`);
    await s.page.getByText("Log in met het e-mailadres en wachtwoord van uw account").waitFor();
    await s.page.getByRole("link", { name: "Woordenlijst" }).first().click();
    await s.page.waitForURL((u) => u.pathname === PAGINAS.woordenlijst);
    for (const term of [
      "Kwaliteitsbudget",
      "Voorschot",
      "Herschikking",
      "Rondrekening",
      "Vaststelling",
    ])
      await s.page
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${term}$`) })
        .waitFor();
    await controleerToegankelijkheid(s.page, "woordenlijst");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
