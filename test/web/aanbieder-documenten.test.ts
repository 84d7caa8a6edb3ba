// docs/regels.md §12 [portal rule] in Chromium: the wizard's document step lists accepted documents
// apart from refused ones (with the reason), downloads an accepted one and withdraws it after the
// confirmation; the dossier offers the vaststelling PDF only once it exists and the accountant's
// report upload only after the year's end. axe in every state; no status codes on screen.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link } from "#shared/paginas.js";
import { alsAanbieder, IN_INDIENINGSPERIODE, maakAanvraag, naar } from "./aanbieder.js";
import { controleerToegankelijkheid, portaal, startBrowser } from "./browser.js";

const PLAN = join(tmpdir(), "plan-documenten-2025.pdf");
writeFileSync(
  PLAN,
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
// A .pdf name with other content: the browser announces a PDF, the server's check refuses it.
const GEEN_PDF = join(tmpdir(), "scan-bijlage-2025.pdf");
writeFileSync(GEEN_PDF, "Dit is geen PDF maar platte tekst.\n");

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CODES = /wacht_op_upload|ingetrokken_|rapport_feitelijke|DOCUMENT_[A-Z_]+|documentId/;

describe("documenten van de aanbieder", () => {
  it("wizardstap 4: geaccepteerd apart van afgekeurd, downloaden en intrekken na bevestiging", async () => {
    const s = await alsAanbieder(browser, IN_INDIENINGSPERIODE);
    const { page } = s;
    await naar(s, "/aanbieder/");
    const id = await maakAanvraag(page, "aanb-de-kastanje", 2025);
    await naar(s, `${link.aanvraag(id)}&stap=4`);
    await page.getByRole("heading", { name: /Stap 4 van 5/ }).waitFor();
    await page.getByText("Er zijn nog geen documenten geüpload.").waitFor();

    // A refused file is listed apart, with the reason in words.
    await page.getByLabel("Soort document").selectOption({ label: "Bijlage" });
    await page.getByLabel(/^Bestand/).setInputFiles(GEEN_PDF);
    await page.getByRole("button", { name: "Uploaden" }).click();
    const afgekeurd = page.getByRole("table", { name: "Afgekeurde documenten" });
    await afgekeurd.waitFor();
    const rij = await afgekeurd.locator("tbody tr").first().textContent();
    expect(rij).toContain("Bijlage");
    expect(rij).toContain("scan-bijlage-2025.pdf");
    expect(rij).toMatch(/geen PDF/);
    await page.getByRole("heading", { name: "Afgekeurd" }).waitFor();

    // An accepted one under Geaccepteerd, with Downloaden and Intrekken.
    await page.getByLabel("Soort document").selectOption({ label: "Kwaliteitsplan" });
    await page.getByLabel(/^Bestand/).setInputFiles(PLAN);
    await page.getByRole("button", { name: "Uploaden" }).click();
    const geaccepteerd = page.getByRole("table", { name: "Geaccepteerde documenten" });
    await geaccepteerd.waitFor();
    const goed = await geaccepteerd.locator("tbody tr").first().textContent();
    expect(goed).toContain("Kwaliteitsplan");
    expect(goed).toContain("plan-documenten-2025.pdf");
    // The refused file is not among the accepted ones.
    expect(await geaccepteerd.textContent()).not.toContain("scan-bijlage-2025.pdf");
    expect(await page.locator("#kb-pagina").textContent()).not.toMatch(CODES);
    await controleerToegankelijkheid(page, "documenten geaccepteerd en afgekeurd");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Downloaden plan-documenten-2025.pdf" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("plan-documenten-2025.pdf");

    // Withdrawing asks first; Annuleren leaves it, "Ja, intrekken" withdraws it.
    await page.getByRole("button", { name: "Intrekken plan-documenten-2025.pdf" }).click();
    const vraag = page.getByText(/Weet u het zeker\? Kwaliteitsplan "plan-documenten-2025.pdf"/);
    await vraag.waitFor();
    await controleerToegankelijkheid(page, "intrekken bevestigen");
    await page.getByRole("button", { name: "Annuleren" }).click();
    expect(await geaccepteerd.locator("tbody tr").count()).toBe(1);
    await page.getByRole("button", { name: "Intrekken plan-documenten-2025.pdf" }).click();
    await page.getByRole("button", { name: "Ja, intrekken" }).click();
    await page.getByText("plan-documenten-2025.pdf is ingetrokken.").waitFor();
    expect(await page.getByText("Er is nog geen document geaccepteerd.").count()).toBe(1);
    expect(await page.getByRole("table", { name: "Geaccepteerde documenten" }).count()).toBe(0);
    // The refused one is still listed apart.
    await afgekeurd.waitFor();
    await controleerToegankelijkheid(page, "document ingetrokken");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("dossier vóór de vaststelling en vóór het jaareinde: geen vaststelling-PDF, nog geen rapportupload", async () => {
    const s = await alsAanbieder(browser, "2020-06-01T10:00:00+02:00");
    const { page } = s;
    // The documents and the accountant's report sections share one read of the documents.
    const lijsten: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "GET" && /\/documenten$/.test(new URL(r.url()).pathname))
        lijsten.push(r.url());
    });
    await naar(s, link.dossier(portaal().demo.aanvragen.afgesproken));
    await page.getByRole("heading", { name: "Audittrail" }).waitFor();
    expect(lijsten).toHaveLength(1);
    await page.getByRole("button", { name: "Addendum (PDF)" }).waitFor();
    expect(await page.getByRole("button", { name: "Vaststelling (PDF)" }).count()).toBe(0);
    // The own uploads: downloadable, not withdrawable once the aanvraag is decided.
    const documenten = page.getByRole("region", { name: "Documenten" });
    await documenten.getByRole("heading", { name: "Geaccepteerd" }).waitFor();
    expect(await documenten.getByRole("button", { name: /^Intrekken/ }).count()).toBe(0);
    // The accountant's report comes with the year report, after year 2020.
    const rapport = page.getByRole("region", { name: "Accountantsrapport" });
    await rapport
      .getByText("U kunt het accountantsrapport uploaden vanaf 1 januari 2021")
      .waitFor();
    expect(await page.getByLabel(/^Accountantsrapport \(PDF/).count()).toBe(0);
    expect(await page.locator("#kb-pagina").textContent()).not.toMatch(CODES);
    await controleerToegankelijkheid(page, "dossier vóór vaststelling en jaareinde");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
