// §15.6 on the nacalculatie page: a herziening with four eyes. The §13 E case of this file's own
// zorgkantoor is vastgesteld at 892.918,08 and its nabetaling of 124.918,08 paid (through the API:
// the browser part is the herziening). Beheer 1 proposes in the browser: Leefcirkels corrected to
// 80.000,00 realised; the page says it waits for the second signature, by whom and when. Beheer 1
// cannot approve their own proposal (the server's refusal is shown); beheer 2 sees the proposal on
// the Goedkeuren page and on the nacalculatie page, confirms, and the page shows version 2 at
// 882.918,08 with a vordering of 10.000,00 from the ledger, version 1 stays readable, and the
// herzieningsbrief opens (PDF). A second herziening, of a year-report figure (werkgeverslasten),
// proposed by beheer 2 and approved by beheer 1, makes version 3 with both earlier versions listed.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import { link, PAGINAS } from "#shared/paginas.js";
import { nacalculatieZaak } from "../integratie/nacalculatie/opzet.js";
import { pdfTekst } from "../integratie/rapportage/opzet.js";
import { uniek } from "../integratie/voorschot/zaak.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";
import { als, zeker, zomer } from "./jaar-api.js";
import { logInAls, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let id = "";
const MEI = zomer("2021-05-15");
const JUNI = zomer("2021-06-10");
const REDEN = "Gecorrigeerd accountantsrapport: Leefcirkels 80.000,00 besteed";

beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  const r = await nacalculatieZaak(2020, {
    aanbiederId: uniek("aanb-web"),
    zorgkantoorId: zk.zorgkantoorId,
  });
  id = r.id;
  // The vaststelling (four eyes) and its nabetaling paid (batch, four eyes), through the API.
  const pad = `/api/aanvragen/${id}/vaststelling`;
  const v = await zeker(als(zk.beheer1, "POST", `${pad}/voorstel`, MEI, { versie: r.versie }), 201);
  await zeker(als(zk.beheer2, "POST", `${pad}/goedkeuring`, MEI, { versie: v.versie }));
  const batches = `/api/zorgkantoren/${zk.zorgkantoorId}/betaalopdrachten/2021-05/batches`;
  const b = await zeker(als(zk.beheer1, "POST", batches, MEI), 201);
  await zeker(
    als(zk.beheer2, "POST", `${batches}/${b.nummer}/vrijgave`, MEI, { versie: b.versie }),
  );
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

const sessie = async (wie: Zorgkantoor["beheer1"]): Promise<Sessie> => {
  const s = await nieuweSessie(browser, { klok: JUNI });
  await logInAls(s, wie);
  await open(s.page, link.nacalculatie(id));
  await s.page.getByRole("heading", { name: "Herziening", exact: true }).waitFor();
  return s;
};
const statusMet = (p: Page, tekst: string | RegExp) =>
  p.getByRole("status").filter({ hasText: tekst }).first().waitFor();
const vastgesteld = (p: Page, naam = "Vastgestelde nacalculatie") =>
  p.getByRole("table", { name: naam, exact: true }).locator("tbody").textContent();

describe("herziening op de nacalculatiepagina (§15.6)", { timeout: 120_000 }, () => {
  it("na de vaststelling: afgewikkeld met de nabetaling betaald (grootboek)", async () => {
    const s = await sessie(zk.beheer1);
    expect(await vastgesteld(s.page)).toBe(
      "€ 892.918,08€ 124.918,08Nabetaling aan de aanbieder€ 124.918,08€ 0,00€ 0,00",
    );
    const af = await s.page.getByRole("table", { name: "Stand van de afwikkeling" }).textContent();
    expect(af).toContain("Vastgesteld€ 892.918,08");
    expect(af).toContain("Betaald€ 892.918,08");
    expect(af).toContain("Opgedragen, nog niet betaald€ 0,00");
    expect(af).toContain("StatusAfgewikkeld");
    await s.context.close();
  });

  it("beheer 1 stelt de herziening voor; de pagina toont: wacht op tweede handtekening", async () => {
    const s = await sessie(zk.beheer1);
    const p = s.page;
    const form = p.getByRole("form", { name: "Herziening voorstellen" });
    // The page's own checks: a reason, and at least one correction.
    await form.getByRole("button", { name: "Herziening voorstellen" }).click();
    await form.getByText("Geef de reden van de herziening.").first().waitFor();
    await form.getByLabel("Reden van de herziening").fill(REDEN);
    await form.getByRole("button", { name: "Herziening voorstellen" }).click();
    await form
      .getByText(/Wijzig minstens één bedrag of oordeel/)
      .first()
      .waitFor();
    expect(await form.getByLabel("Gerealiseerd: Leefcirkels (€)").inputValue()).toBe("95000,00");
    await form.getByLabel("Gerealiseerd: Leefcirkels (€)").fill("80.000,00");
    await form.getByRole("button", { name: "Herziening voorstellen" }).click();
    await statusMet(p, "wacht op de tweede handtekening");
    await p
      .getByText(/wacht op de tweede handtekening\. Voorgesteld door u op 10-06-2021/)
      .waitFor();
    await p.getByText(`Reden: ${REDEN}`).waitFor();
    await p.getByText("Leefcirkels: gerealiseerd € 80.000,00, conform").waitFor();
    const t = await p.getByRole("table", { name: "Voorgestelde herziening" }).textContent();
    expect(t).toContain("Vastgesteld nu (versie 1)€ 892.918,08");
    expect(t).toContain("Vastgesteld na herziening (versie 2)€ 882.918,08");
    expect(t).toContain("Verschil−€ 10.000,00");
    await controleerToegankelijkheid(p, "herziening voorgesteld");

    // Four eyes: the proposer confirms, and the server refuses; nothing changed.
    await p.getByRole("button", { name: "Herziening goedkeuren" }).click();
    await p.getByRole("button", { name: "Ja, herziening goedkeuren" }).click();
    await p.getByRole("alert").waitFor();
    expect(await vastgesteld(p)).toContain("€ 892.918,08");
    await schermafdruk(p, "zorgkantoor-herziening-voorgesteld");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("beheer 2 ziet de herziening op de pagina Goedkeuren, met een bevestiging", async () => {
    const s = await nieuweSessie(browser, { klok: JUNI });
    await logInAls(s, zk.beheer2);
    await open(s.page, `${PAGINAS.goedkeuringen}?zorgkantoor=${zk.zorgkantoorId}&jaar=2020`);
    const item = s.page.getByRole("listitem").filter({ hasText: "Herziening" });
    await item.waitFor();
    expect(await item.textContent()).toContain("Bedrag: € 882.918,08");
    expect(await item.textContent()).toContain("was € 892.918,08");
    await item.getByRole("button", { name: "Herziening goedkeuren" }).click();
    await item.getByText(/gaat van € 892.918,08 naar € 882.918,08 \(versie 2\)/).waitFor();
    // Cancelled here: the approval itself is done on the nacalculatie page below.
    await item.getByRole("button", { name: "Annuleren" }).click();
    await item.getByRole("button", { name: "Herziening goedkeuren" }).waitFor();
    await controleerToegankelijkheid(s.page, "goedkeuren met herziening");
    await s.context.close();
  });

  it("beheer 2 keurt goed: versie 2 met de vordering uit het grootboek, versie 1 blijft leesbaar, de brief opent", async () => {
    const s = await sessie(zk.beheer2);
    const p = s.page;
    await p.getByText(/Voorgesteld door een andere medewerker \(zorgkantoor-beheer\)/).waitFor();
    await p.getByRole("button", { name: "Herziening goedkeuren" }).click();
    await p
      .getByText(/gaat van € 892.918,08 naar € 882.918,08 \(versie 2, verschil −€ 10.000,00\)/)
      .waitFor();
    await p.getByRole("button", { name: "Ja, herziening goedkeuren" }).click();
    await statusMet(p, "De herziening is goedgekeurd: versie 2 is vastgesteld.");

    expect(await vastgesteld(p, "Vastgestelde nacalculatie (versie 2)")).toBe(
      "€ 882.918,08−€ 10.000,00Terugvordering€ 0,00€ 0,00€ 10.000,00",
    );
    const af = await p.getByRole("table", { name: "Stand van de afwikkeling" }).textContent();
    expect(af).toContain("Vastgesteld€ 882.918,08");
    expect(af).toContain("Betaald€ 892.918,08");
    expect(af).toContain("Nog terug te ontvangen€ 10.000,00");
    expect(af).toContain("StatusNog niet afgewikkeld");
    const vordering = await p
      .getByRole("table", { name: "Stand van de terugvordering" })
      .textContent();
    expect(vordering).toContain("Terug te betalen€ 10.000,00");
    expect(vordering).toContain("Te betalen uiterlijk10-07-2021");
    // The earlier version stays readable, with its own figures.
    const eerder = await p
      .getByRole("table", { name: "Eerdere versies van de vaststelling" })
      .locator("tbody")
      .textContent();
    expect(eerder).toBe("Versie 115-05-2021€ 892.918,08€ 124.918,08€ 124.918,08€ 0,00€ 0,00");
    await p.getByText(`Reden: ${REDEN}`).waitFor();
    // The corrected line is the case's judgement now.
    expect(
      await p
        .getByRole("table", { name: "Overige kosten per regel" })
        .getByRole("row", { name: /^Leefcirkels / })
        .textContent(),
    ).toContain("€ 80.000,00");
    // No second proposal is waiting: the form is back for a next herziening.
    await p.getByRole("form", { name: "Herziening voorstellen" }).waitFor();

    const [brief] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Herzieningsbrief (PDF)" }).click(),
    ]);
    expect(brief.suggestedFilename()).toMatch(/\.pdf$/);
    const { tekst } = await pdfTekst(await readFile(await brief.path()));
    expect(tekst).toContain("Herziening vaststelling kwaliteitsbudget 2020");
    expect(tekst).toContain("Eerder vastgesteld kwaliteitsbudget");
    expect(tekst).toContain("€ 882.918,08");
    await controleerToegankelijkheid(p, "herziening goedgekeurd");
    await schermafdruk(p, "zorgkantoor-herziening-goedgekeurd");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
  it("een tweede herziening met een cijfer uit het jaarverslag (werkgeverslasten): versie 3, beide eerdere versies leesbaar", async () => {
    // Proposed by beheer 2 this time, so beheer 1 approves: four eyes is per proposal.
    const s = await sessie(zk.beheer2);
    const p = s.page;
    const form = p.getByRole("form", { name: "Herziening voorstellen" });
    await form.getByLabel("Reden van de herziening").fill("Bezwaar: werkgeverslasten gecorrigeerd");
    await form.getByLabel("Werkgeverslasten (€)").fill("2.000.000,00");
    await form.getByRole("button", { name: "Herziening voorstellen" }).click();
    await statusMet(p, "wacht op de tweede handtekening");
    await p.getByText("Werkgeverslasten: € 2.000.000,00").waitFor();
    // The page shows the server's outcome of the proposal (the §9 rules on the corrected report).
    const n = await zeker(als(zk.beheer1, "GET", `/api/aanvragen/${id}/nacalculatie`, JUNI));
    const voorstel = n.herzieningsvoorstel as {
      correcties: { jaarverslag?: Record<string, string> };
      uitkomst: { vastgesteld: string };
    };
    expect(voorstel.correcties.jaarverslag).toEqual({ werkgeverslasten: "2000000.00" });
    const nieuw = euro(new Decimal(voorstel.uitkomst.vastgesteld));
    expect(nieuw).not.toBe("€ 882.918,08");
    const t = await p.getByRole("table", { name: "Voorgestelde herziening" }).textContent();
    expect(t).toContain("Vastgesteld nu (versie 2)€ 882.918,08");
    expect(t).toContain(`Vastgesteld na herziening (versie 3)${nieuw}`);
    await s.context.close();

    const b = await sessie(zk.beheer1);
    const q = b.page;
    await q.getByRole("button", { name: "Herziening goedkeuren" }).click();
    await q.getByRole("button", { name: "Ja, herziening goedkeuren" }).click();
    await statusMet(q, "De herziening is goedgekeurd: versie 3 is vastgesteld.");
    const vast = await vastgesteld(q, "Vastgestelde nacalculatie (versie 3)");
    expect(vast?.startsWith(nieuw)).toBe(true);
    const eerder = q
      .getByRole("table", { name: "Eerdere versies van de vaststelling" })
      .locator("tbody")
      .getByRole("row");
    expect(await eerder.count()).toBe(2);
    expect(await eerder.nth(0).textContent()).toContain("Versie 1");
    expect(await eerder.nth(1).textContent()).toMatch(/^Versie 210-06-2021€ 882\.918,08/);
    expect([...s.fouten, ...b.fouten]).toEqual([]);
    await b.context.close();
  });
});
