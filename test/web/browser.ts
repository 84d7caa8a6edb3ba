// Browser test helpers: Debian's Chromium driven by playwright-core (no browser download), a
// fresh context per user (as @axe-core/playwright requires), log-in through the real form,
// the portal clock for /api/ requests, axe-core checks, and screenshots kept as artifacts.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { CHROMIUM, CHROMIUM_VLAGGEN } from "#lokaal/chromium.js";

export const ARTEFACTEN = join(import.meta.dirname, "../../.test-artefacten/web");

export function portaal() {
  return inject("portaal");
}

export async function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", ...CHROMIUM_VLAGGEN],
  });
}

export interface Sessie {
  context: BrowserContext;
  page: Page;
  /** CSP violations and uncaught page errors seen so far: every test expects none. */
  fouten: string[];
}

/** A new browser context (own storage) with a page that records CSP violations and errors. */
export async function nieuweSessie(
  browser: Browser,
  opties: { klok?: string } = {},
): Promise<Sessie> {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  if (opties.klok) await zetKlok(context, opties.klok);
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/.test(m.text()))
      fouten.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (!/doorverwezen naar inloggen/.test(e.message)) fouten.push(e.message);
  });
  return { context, page, fouten };
}

/** The portal clock (§3.1) for this context's /api/ requests (local stack only: x-kb-klok). */
export async function zetKlok(context: BrowserContext, iso: string): Promise<void> {
  await context.unroute("**/api/**");
  await context.route("**/api/**", (route) =>
    route.continue({ headers: { ...route.request().headers(), "x-kb-klok": iso } }),
  );
}

export async function logIn(s: Sessie, email: string, wachtwoord: string): Promise<void> {
  await s.page.goto(`${portaal().url}/inloggen/`);
  await s.page.getByLabel("E-mailadres").fill(email);
  await s.page.getByLabel("Wachtwoord").fill(wachtwoord);
  await s.page.getByRole("button", { name: "Inloggen" }).click();
  // Past "/" too: the start page sends the user on to their role's page, and a test that
  // navigates while that redirect is pending sees its navigation interrupted.
  await s.page.waitForURL((u) => !u.pathname.startsWith("/inloggen/") && u.pathname !== "/");
}

export function demoGebruiker(rol: string): { email: string; wachtwoord: string } {
  const g = portaal().demo.gebruikers.find((x) => x.rol === rol);
  if (!g) throw new Error(`geen demo-gebruiker met rol ${rol}`);
  return { email: g.email, wachtwoord: g.wachtwoord };
}

/** axe-core (WCAG 2.0/2.1 A and AA): zero violations on the page in its current state. */
export async function controleerToegankelijkheid(page: Page, waar: string): Promise<void> {
  const r = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const samenvatting = r.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(samenvatting, `axe-schendingen op ${waar}`).toEqual([]);
}

export async function schermafdruk(page: Page, naam: string): Promise<void> {
  mkdirSync(ARTEFACTEN, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTEN, `${naam}.png`), fullPage: true });
}
