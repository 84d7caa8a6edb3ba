// UX issue "no internal codes on any screen": as each demo role, every page that role can use,
// with the demo's cases in several states and a refused form in the query or on screen, must
// show names, Dutch labels and Dutch dates only — no ids, codes, JSON paths, rulebook
// references, ISO dates or JavaScript artefacts (the matcher: test/site/codes.ts). Each visit
// also checks axe and that the page threw nothing. One browser, one context per role.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zoekCodes } from "../site/codes.js";
import { startBrowser } from "./browser.js";
import { loopRondgang, RONDGANGEN } from "./rondgang.js";

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

/** What the walk finds on one page: a role refusal, or a code in the readable text. */
async function codes(page: Page): Promise<string[]> {
  const tekst = await leesbareTekst(page);
  return [
    ...(/niet voor uw rol/.test(tekst) ? ["niet voor deze rol"] : []),
    ...zoekCodes(tekst).map((t) => `${t.soort} "${t.tekst}" in "${t.omgeving}"`),
  ];
}

describe("geen interne codes op enig scherm", () => {
  it.each(RONDGANGEN)("$naam", { timeout: 300_000 }, async (r) => {
    expect(await loopRondgang(browser, r, codes)).toEqual([]);
  });
});
