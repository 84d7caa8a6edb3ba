// docs/regels.md §15.5: the bank account in the browser. The aanbieder sees its approved
// account (IBAN in groups of four) and requests a change with its bank statement (a real small
// PDF); zorgkantoor-beheer sees the change of an aanbieder with a case here, opens the statement
// and approves it after a confirmation naming the aanbieder and the new IBAN. Four eyes: a change beheer requested itself is refused by the server (403, its reason on
// screen) and another beheer user refuses it with a reason. A fresh zorgkantoor and case, so the
// shared demo data is never changed.
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";
import { gebruiker, type TestGebruiker } from "../integratie/http/api.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { als, zeker } from "./jaar-api.js";
import { logInAls, nieuweZaak, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let aanbieder: TestGebruiker;
let aanbiederId = "";
/** One empty A4 page: a real PDF, as the aanbieder's bank would give it. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const KLOK = "2020-01-20T10:00:00+01:00";
beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  aanbiederId = (await nieuweZaak(zk, "ingediend")).aanbiederId;
  aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId }]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe("bankrekening (§15.5)", () => {
  it("de aanbieder ziet zijn rekening en vraagt een wijziging aan", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, aanbieder);
    await open(s.page, PAGINAS.bankrekening);
    const p = s.page;
    await p.getByText("NL91 ABNA 0417 1643 00", { exact: true }).waitFor();
    expect(
      await p.getByRole("link", { name: "Bankrekening", exact: true }).getAttribute("aria-current"),
    ).toBe("page");
    await controleerToegankelijkheid(p, "bankrekening aanbieder");

    // Empty: the page's own check, also for the statement (required of the aanbieder).
    const iban = p.getByLabel("Nieuw IBAN");
    const afschrift = p.getByLabel("Bankafschrift (PDF, hoogstens 2 MB)");
    await p.getByRole("button", { name: "Wijziging aanvragen" }).click();
    await p.getByRole("heading", { name: "Er is iets niet in orde" }).waitFor();
    expect(await iban.getAttribute("aria-invalid")).toBe("true");
    expect(await afschrift.getAttribute("aria-invalid")).toBe("true");
    await p
      .getByRole("link", {
        name: "Bankafschrift (PDF, hoogstens 2 MB): Kies het bankafschrift (PDF).",
      })
      .waitFor();

    // A text file is refused by the page before anything is sent.
    await afschrift.setInputFiles({
      name: "afschrift.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Dit is geen PDF."),
    });
    await iban.fill("NL00 FOUT 0000 0000 00");
    await p.getByRole("button", { name: "Wijziging aanvragen" }).click();
    await p
      .getByRole("link", {
        name: /^Bankafschrift \(PDF, hoogstens 2 MB\): afschrift\.txt is geen PDF/,
      })
      .waitFor();
    await controleerToegankelijkheid(p, "bankrekening afschrift geen PDF");

    // With a real PDF, a wrong IBAN: the server's refusal at the field, without a path.
    await afschrift.setInputFiles({
      name: "Afschrift ING.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await p.getByRole("button", { name: "Wijziging aanvragen" }).click();
    const regel = p.getByRole("link", { name: /^Nieuw IBAN: / });
    await expect.poll(() => regel.textContent()).not.toBe("Nieuw IBAN: Vul het nieuwe IBAN in.");
    expect(await regel.textContent()).not.toMatch(/^Nieuw IBAN: iban/);
    expect(await iban.getAttribute("aria-invalid")).toBe("true");
    expect(await afschrift.getAttribute("aria-invalid")).toBeNull();
    await controleerToegankelijkheid(p, "bankrekening ongeldig IBAN");

    await iban.fill("NL20 INGB 0001 2345 67");
    await p.getByLabel("Toelichting (niet verplicht)").fill("Nieuwe huisbank");
    await p.getByRole("button", { name: "Wijziging aanvragen" }).click();
    await p.getByRole("status").filter({ hasText: "De wijziging is aangevraagd" }).waitFor();
    await p.getByRole("heading", { name: "Wijziging wacht op goedkeuring" }).waitFor();
    await p.getByText("NL20 INGB 0001 2345 67", { exact: true }).waitFor();
    await p.getByText("Afschrift ING.pdf", { exact: true }).waitFor();
    // The approved account still counts until approval.
    await p.getByText("NL91 ABNA 0417 1643 00", { exact: true }).waitFor();
    await controleerToegankelijkheid(p, "bankrekening wijziging wacht");
    await schermafdruk(p, "bankrekening-aanbieder");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("zorgkantoor-beheer keurt goed na een bevestiging met aanbieder en nieuw IBAN", async () => {
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, `${PAGINAS.bankwijzigingen}?zorgkantoor=${zk.zorgkantoorId}&jaar=2020`);
    const p = s.page;
    const kaart = p.locator("section.kb-kaart").filter({ hasText: "NL20 INGB 0001 2345 67" });
    await kaart.getByText("Nieuwe huisbank").waitFor();
    const naam = (await kaart.getByRole("heading").textContent()) ?? "";
    await controleerToegankelijkheid(p, "bankwijzigingen");
    // The approver opens the statement first: the same bytes the aanbieder sent.
    const [bestand] = await Promise.all([
      p.waitForEvent("download"),
      kaart.getByRole("link", { name: "Bankafschrift bekijken (PDF)" }).click(),
    ]);
    expect(bestand.suggestedFilename()).toBe("Afschrift ING.pdf");
    const pad = await bestand.path();
    expect(readFileSync(pad).equals(PDF)).toBe(true);
    await kaart.getByRole("button", { name: /^Nieuwe rekening van .* goedkeuren$/ }).click();
    await kaart
      .getByText(`Weet u zeker dat betalingen aan ${naam} voortaan naar NL20 INGB 0001 2345 67`)
      .waitFor();
    await controleerToegankelijkheid(p, "bankwijziging bevestigen");
    await kaart.getByRole("button", { name: "Ja, rekening goedkeuren" }).click();
    await p
      .getByRole("status")
      .filter({
        hasText: `De nieuwe bankrekening NL20 INGB 0001 2345 67 van ${naam} is goedgekeurd`,
      })
      .waitFor();
    await p.getByText("Er wachten geen wijzigingen van bankrekeningen op goedkeuring.").waitFor();
    const r = await zeker(
      als(zk.beheer1, "GET", `/api/aanbieders/${aanbiederId}/bankrekening`, KLOK),
    );
    expect(r.rekening).toMatchObject({ iban: "NL20INGB0001234567" });
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("weigert wie de wijziging zelf aanvroeg (403 op het scherm); een ander wijst af", async () => {
    await zeker(
      als(zk.beheer1, "POST", `/api/aanbieders/${aanbiederId}/bankrekening/wijziging`, KLOK, {
        iban: "NL44RABO0123456789",
        tenaamstelling: "Zorggroep Test",
      }),
      201,
    );
    const pad = `${PAGINAS.bankwijzigingen}?zorgkantoor=${zk.zorgkantoorId}&jaar=2020`;
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, pad);
    const kaart = s.page.locator("section.kb-kaart").filter({ hasText: "NL44 RABO 0123 4567 89" });
    await kaart.getByText("U vroeg deze wijziging zelf aan").waitFor();
    await kaart.getByRole("button", { name: /goedkeuren$/ }).click();
    await kaart.getByRole("button", { name: "Ja, rekening goedkeuren" }).click();
    const fout = kaart.getByRole("alert");
    await fout.waitFor();
    expect(await fout.textContent()).not.toMatch(/VIER_OGEN|403/);
    await controleerToegankelijkheid(s.page, "bankwijziging eigen aanvraag geweigerd");
    await schermafdruk(s.page, "bankwijziging-vier-ogen");
    expect(s.fouten).toEqual([]);
    await s.context.close();

    const t = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(t, zk.beheer2);
    await open(t.page, pad);
    const k2 = t.page.locator("section.kb-kaart").filter({ hasText: "NL44 RABO 0123 4567 89" });
    await k2.getByRole("button", { name: "Wijziging afwijzen" }).click();
    expect(await k2.getByLabel("Reden van de afwijzing").getAttribute("aria-invalid")).toBe("true");
    await k2.getByLabel("Reden van de afwijzing").fill("Niet met de aanbieder afgestemd");
    await k2.getByRole("button", { name: "Wijziging afwijzen" }).click();
    await t.page.getByRole("status").filter({ hasText: "is afgewezen" }).waitFor();
    await controleerToegankelijkheid(t.page, "bankwijziging afgewezen");
    expect(t.fouten).toEqual([]);
    await t.context.close();
  });
});
