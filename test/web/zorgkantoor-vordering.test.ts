// §15.3–§15.4 on the nacalculatie page: the section "Vordering" shows the terugvordering as the
// ledger has it, and a zorgkantoor-beheer user books money received on it — first the page's own
// checks (error summary), then the server's refusal on the field it names, then a partial receipt
// after which the page shows the new status. The case is this file's own (a fresh zorgkantoor),
// so the demo's terugvordering (De Waal) is left as the other tests expect it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { zaakMetVordering } from "../integratie/nacalculatie/vordering.js";
import { uniek } from "../integratie/voorschot/zaak.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";
import { logInAls, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let zaakId = "";
const KLOK = "2021-06-01T10:00:00+02:00";

beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  const r = await zaakMetVordering({
    aanbiederId: uniek("aanb-web"),
    zorgkantoorId: zk.zorgkantoorId,
  });
  zaakId = r.id;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const stand = (s: Sessie) =>
  s.page.getByRole("table", { name: "Stand van de terugvordering" }).textContent();

describe("vordering op de nacalculatiepagina (§15.4)", () => {
  it("de beoordelaar ziet de vordering, maar boekt geen ontvangst", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beoordelaar);
    await open(s.page, link.nacalculatie(zaakId));
    await s.page.getByRole("heading", { name: "Vordering", exact: true }).waitFor();
    const t = await stand(s);
    expect(t).toContain("Terug te betalen€ 20.081,92");
    expect(t).toContain("Te betalen uiterlijk14-06-2021");
    expect(t).toContain("StatusOpen");
    expect(await s.page.getByRole("form", { name: "Ontvangst boeken" }).count()).toBe(0);
    await s.context.close();
  });

  it("beheer boekt een deel van de vordering; de pagina toont daarna 'Deels ontvangen'", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, link.nacalculatie(zaakId));
    const form = s.page.getByRole("form", { name: "Ontvangst boeken" });
    await form.waitFor();
    // The page's own checks: nothing is sent, every message in the summary.
    await form.getByRole("button", { name: "Ontvangst boeken" }).click();
    await form.getByText("Vul een bedrag in, bijvoorbeeld 1.250,00.").first().waitFor();
    await form.getByText("Vul de datum van ontvangst in als dd-mm-jjjj.").first().waitFor();
    // The server's refusal: more than is open, at the field bedrag.
    await form.getByLabel("Ontvangen bedrag").fill("20.081,93");
    await form.getByLabel("Datum van ontvangst (dd-mm-jjjj)").fill("01-06-2021");
    await form.getByLabel("Kenmerk of omschrijving van de bankbetaling").fill("NL91 BANK 0001");
    await form.getByRole("button", { name: "Ontvangst boeken" }).click();
    await form
      .getByText(/ten hoogste wat er op de vordering open staat/)
      .first()
      .waitFor();
    await controleerToegankelijkheid(s.page, "vordering met foutmelding");

    await form.getByLabel("Ontvangen bedrag").fill("10.000,00");
    await form.getByRole("button", { name: "Ontvangst boeken" }).click();
    await s.page.getByRole("status").filter({ hasText: "De ontvangst is geboekt." }).waitFor();
    const t = await stand(s);
    expect(t).toContain("Ontvangen€ 10.000,00");
    expect(t).toContain("Nog open€ 10.081,92");
    expect(t).toContain("StatusDeels ontvangen");
    await controleerToegankelijkheid(s.page, "vordering deels ontvangen");
    await schermafdruk(s.page, "zorgkantoor-vordering");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("beheer boekt de rest; de vordering is ontvangen en de zaak afgewikkeld (§15.4)", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer2);
    await open(s.page, link.nacalculatie(zaakId));
    const form = s.page.getByRole("form", { name: "Ontvangst boeken" });
    await form.waitFor();
    await form.getByLabel("Ontvangen bedrag").fill("10.081,92");
    await form.getByLabel("Datum van ontvangst (dd-mm-jjjj)").fill("01-06-2021");
    await form.getByLabel("Kenmerk of omschrijving van de bankbetaling").fill("NL91 BANK 0002");
    await form.getByRole("button", { name: "Ontvangst boeken" }).click();
    await s.page.getByText("De aanvraag is afgewikkeld: er staat niets meer open.").waitFor();
    const t = await stand(s);
    expect(t).toContain("Ontvangen€ 20.081,92");
    expect(t).toContain("Nog open€ 0,00");
    expect(t).toContain("StatusOntvangen");
    // Nothing left to receive: no form any more.
    expect(await s.page.getByRole("form", { name: "Ontvangst boeken" }).count()).toBe(0);
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
