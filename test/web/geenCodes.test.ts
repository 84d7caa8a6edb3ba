// UX issue "no internal codes on any screen": as each demo role, every page that role can use,
// with the demo's cases in several states and a refused form in the query or on screen, must
// show names, Dutch labels and Dutch dates only — no ids, codes, JSON paths, rulebook
// references, ISO dates or JavaScript artefacts (the matcher: test/site/codes.ts). Each visit
// also checks axe and that the page threw nothing. One browser, one context per role.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zoekCodes } from "../site/codes.js";
import {
  controleerToegankelijkheid,
  logIn,
  nieuweSessie,
  type Sessie,
  startBrowser,
} from "./browser.js";
import { type Bezoek, DEMO_NU, RONDGANGEN, WACHTWOORD } from "./rondgang.js";
import { open } from "./zorgkantoor.js";

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

describe("geen interne codes op enig scherm", () => {
  it.each(RONDGANGEN)("$naam", { timeout: 300_000 }, async (r) => {
    expect(await loop(r.email, r.bezoeken())).toEqual([]);
  });
});
