// Logging in, the role-aware start, the session-expiry flow and the public pages,
// in Debian's Chromium under the production CSP, each state checked with axe-core.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  controleerToegankelijkheid,
  demoGebruiker,
  logIn,
  nieuweSessie,
  portaal,
  schermafdruk,
  startBrowser,
} from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("inloggen", () => {
  it("toont het inlogformulier toegankelijk en zonder CSP-schendingen", async () => {
    const s = await nieuweSessie(browser);
    await s.page.goto(`${portaal().url}/inloggen/`);
    expect(await s.page.getByRole("heading", { level: 1 }).textContent()).toBe("Inloggen");
    await controleerToegankelijkheid(s.page, "inloggen");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("meldt een onjuist wachtwoord in het Nederlands zonder te zeggen of het adres bestaat", async () => {
    const s = await nieuweSessie(browser);
    await s.page.goto(`${portaal().url}/inloggen/`);
    await s.page.getByLabel("E-mailadres").fill(demoGebruiker("aanbieder").email);
    await s.page.getByLabel("Wachtwoord").fill("fout-wachtwoord-123!");
    await s.page.getByRole("button", { name: "Inloggen" }).click();
    const melding = s.page.getByRole("alert");
    await melding.waitFor();
    expect(await melding.textContent()).toContain("Het e-mailadres of wachtwoord is onjuist.");
    await controleerToegankelijkheid(s.page, "inloggen met fout");
    await s.context.close();
  });

  it("stuurt de aanbieder na inloggen naar zijn startpagina en de beoordelaar naar de werkvoorraad", async () => {
    for (const [rol, pad] of [
      ["aanbieder", "/aanbieder/"],
      ["beoordelaar", "/zorgkantoor/"],
      ["landelijk-beheer", "/landelijk/"],
    ] as const) {
      const s = await nieuweSessie(browser);
      const g = demoGebruiker(rol);
      await logIn(s, g.email, g.wachtwoord);
      await s.page.waitForURL((u) => u.pathname === pad);
      expect(new URL(s.page.url()).pathname).toBe(pad);
      await s.context.close();
    }
  });

  it("stuurt bij een verlopen sessie naar inloggen met uitleg en daarna terug naar dezelfde pagina", async () => {
    const s = await nieuweSessie(browser);
    const g = demoGebruiker("aanbieder");
    await logIn(s, g.email, g.wachtwoord);
    // The session knows when its token expires (from the token's exp: cognito-local sends no
    // ExpiresIn, which once made every API call renew the session).
    const verloopt = await s.page.evaluate(
      () => JSON.parse(sessionStorage.getItem("kb.sessie") ?? "{}").verloopt,
    );
    expect(verloopt).toBeGreaterThan(Date.now());
    // The token has expired and cannot be renewed: as after an hour away from the desk.
    await s.page.goto(`${portaal().url}/toegankelijkheidsverklaring/`);
    // Edited on a page without session scripts: a request still in flight on the dashboard could
    // otherwise renew and write back the session after the edit.
    await s.page.evaluate(() => {
      const sessie = JSON.parse(sessionStorage.getItem("kb.sessie") ?? "{}");
      sessionStorage.setItem(
        "kb.sessie",
        JSON.stringify({ ...sessie, verloopt: 0, refreshToken: undefined }),
      );
    });
    // The page script sends the user on as soon as it finds the session ended: wait for that
    // navigation itself, not for a "load" of a page that is being left (seen to time out on CI).
    await s.page.goto(`${portaal().url}/herinneringen/?van=verlopen`, { waitUntil: "commit" });
    await s.page.waitForURL((u) => u.pathname === "/inloggen/", { waitUntil: "domcontentloaded" });
    await s.page.getByRole("status").first().waitFor();
    expect(new URL(s.page.url()).searchParams.get("terug")).toBe("/herinneringen/?van=verlopen");
    expect(await s.page.getByRole("status").first().textContent()).toContain(
      "Uw sessie is verlopen",
    );
    await controleerToegankelijkheid(s.page, "sessie verlopen");
    await schermafdruk(s.page, "sessie-verlopen");
    await s.page.getByLabel("E-mailadres").fill(g.email);
    await s.page.getByLabel("Wachtwoord").fill(g.wachtwoord);
    await s.page.getByRole("button", { name: "Inloggen" }).click();
    // Back on the same page, with its query.
    await s.page.waitForURL((u) => u.pathname === "/herinneringen/");
    expect(new URL(s.page.url()).searchParams.get("van")).toBe("verlopen");
    await s.context.close();
  });

  it("heeft een toegankelijkheidsverklaring die zonder inloggen te lezen is", async () => {
    const s = await nieuweSessie(browser);
    await s.page.goto(`${portaal().url}/toegankelijkheidsverklaring/`);
    expect(await s.page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Toegankelijkheidsverklaring",
    );
    await controleerToegankelijkheid(s.page, "toegankelijkheidsverklaring");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
