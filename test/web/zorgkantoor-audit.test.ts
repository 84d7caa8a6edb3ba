// National scale, §12: the audit trail of a busy case is paged by the API. The zorgkantoor's
// audit page shows the first page (50 rows) and "Meer laden" appends the rest, oldest first, with
// no cursor or id of the page on screen.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { voerOvergangUit } from "#functions/data/overgangen.js";
import { PAGINAS } from "#shared/paginas.js";
import { BEOORDELAAR, ctx, zeker } from "../integratie/beoordeling/opzet.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { logInAls, nieuweZaak, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let zaakId = "";
/** Mediation flagged and ended this many times: one audit record each. */
const WISSELINGEN = 54;

beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  let r = await nieuweZaak(zk, "ingediend");
  zaakId = r.id;
  for (let i = 0; i < WISSELINGEN; i++)
    r = zeker(
      await voerOvergangUit(
        r,
        r.versie,
        i % 2 === 0 ? "mediationMelden" : "mediationBeeindigen",
        ctx(BEOORDELAAR),
      ),
      "mediation",
    );
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe("audittrail van een drukke zaak", () => {
  it("toont de eerste 50 regels en laadt de rest met Meer laden", async () => {
    const s = await nieuweSessie(browser, { klok: "2020-01-20T10:00:00+01:00" });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, `${PAGINAS.zorgkantoorAudit}?id=${zaakId}`);
    const eerste = s.page.getByRole("table", { name: /Audittrail \(50 regels geladen/ });
    await eerste.waitFor();
    expect(await eerste.locator("tbody tr").count()).toBe(50);
    const meer = s.page.getByRole("button", { name: "Meer laden" });
    await controleerToegankelijkheid(s.page, "audittrail eerste pagina");
    await meer.click();
    const alles = s.page.getByRole("table", { name: /Audittrail \(\d+ regels, oudste eerst\)/ });
    await alles.waitFor();
    const rijen = await alles.locator("tbody tr").count();
    expect(rijen).toBeGreaterThan(WISSELINGEN);
    expect(await meer.count()).toBe(0);
    // The cursor never shows: no base64url blob and no key text on the page.
    const tekst = (await s.page.locator("body").textContent()) ?? "";
    expect(tekst).not.toMatch(/AANVRAAG#|gsi1pk|cursor/i);
    await schermafdruk(s.page, "zorgkantoor-audittrail-meer-laden");
  });
});
