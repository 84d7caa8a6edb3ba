// The aanbieder's dashboard (obligations with deadline badges, aanvragen per year with
// their pages), the dossier (state, audit trail, PDF and XLSX downloads) and tenant isolation in
// the browser. On the demo data at the demo moment (12-05-2020 10:00, §3.1). axe in every state.
import type { Browser, Download } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gebruikLokaleStack } from "#lokaal/demo.js";
import { link, PAGINAS } from "#shared/paginas.js";
import { zorgVoorPartijen } from "../integratie/beoordeling/opzet.js";
import { gebruiker, uniek } from "../integratie/http/api.js";
import { alsAanbieder, naar } from "./aanbieder.js";
import { controleerToegankelijkheid, portaal, schermafdruk, startBrowser } from "./browser.js";
import { als, zeker } from "./jaar-api.js";

const DEMO_NU = "2020-05-12T10:00:00+02:00";
let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function begin(d: Download): Promise<string> {
  const stroom = await d.createReadStream();
  for await (const stuk of stroom)
    return Buffer.from(stuk as Buffer)
      .subarray(0, 5)
      .toString("latin1");
  return "";
}

describe("aanbieder: dashboard en dossier", () => {
  it("toont de open verplichtingen met termijnstatus en de aanvragen per jaar met hun pagina's", async () => {
    const s = await alsAanbieder(browser, DEMO_NU);
    const { page } = s;
    await naar(s, PAGINAS.aanbiederDashboard);
    await page.getByRole("heading", { name: "Open verplichtingen" }).waitFor();
    const verplichtingen = page.getByRole("table", { name: /Open verplichtingen/ });
    await verplichtingen.waitFor();
    // The May realisatie window (§6) is open on 12 May: a deadline with its status in words.
    expect(await verplichtingen.textContent()).toMatch(/nog \d+ dagen|vandaag|nog niet open/);
    const tabel = page.getByRole("table", { name: "Aanvragen voor 2020" });
    const tekst = await tabel.textContent();
    for (const org of ["Zorggroep De Linde", "Stichting Het Baken", "Woonzorgcentrum De Kastanje"])
      expect(tekst).toContain(org);
    const demo = portaal().demo.aanvragen;
    expect(await tabel.locator(`a[href="${link.dossier(demo.afgesproken)}"]`).count()).toBe(1);
    expect(
      await tabel.locator(`a[href="${link.realisatie(demo.afgesproken, "mei")}"]`).count(),
    ).toBe(1);
    expect(await tabel.locator(`a[href="${link.aanvraag(demo.concept)}"]`).count()).toBe(1);
    expect(
      await page.getByRole("link", { name: "Nieuwe aanvraag voor 2021" }).getAttribute("href"),
    ).toBe(link.nieuweAanvraag(2021));
    await controleerToegankelijkheid(page, "aanbieder-dashboard");
    await schermafdruk(page, "aanbieder-dashboard");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("toont het dossier met audittrail en levert het addendum als PDF en de begroting als XLSX", async () => {
    const s = await alsAanbieder(browser, DEMO_NU);
    const { page } = s;
    await naar(s, link.dossier(portaal().demo.aanvragen.afgesproken));
    await page.getByRole("heading", { name: "Audittrail" }).waitFor();
    const audit = page.getByRole("table", { name: /oudste eerst/ });
    expect(await audit.locator("tbody tr").count()).toBeGreaterThan(2);
    await controleerToegankelijkheid(page, "dossier");
    // The addendum of the signed demo case (§5); the beoordelingsbrief needs the stored besluit,
    // which the demo case does not carry (see web/README.md).
    const pdf = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByRole("button", { name: "Addendum (PDF)" }).click();
    expect(await begin(await pdf)).toBe("%PDF-");
    await page.getByText("Addendum (PDF) is gedownload.").waitFor();
    const xlsx = page.waitForEvent("download");
    await page.getByRole("button", { name: "Begroting en realisatie (XLSX)" }).click();
    expect((await begin(await xlsx)).slice(0, 2)).toBe("PK");
    await controleerToegankelijkheid(page, "dossier na downloads");
    await schermafdruk(page, "aanbieder-dossier");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});

describe("aanbieder: scheiding van organisaties in de browser", () => {
  it("toont 'niet gevonden' en niets van de aanvraag van een andere aanbieder", async () => {
    // Another organisation with its own user and case (test/integratie/http/api.ts).
    gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
    const ander = uniek("aanb-ander-web");
    await zorgVoorPartijen({ aanbiederId: ander, zorgkantoorId: "zk-zilveren-kruis" });
    const eigenaar = await gebruiker([{ rol: "aanbieder", aanbiederId: ander }]);
    const zaak = await zeker(
      als(eigenaar, "POST", "/api/aanvragen", DEMO_NU, {
        aanbiederId: ander,
        zorgkantoorId: "zk-zilveren-kruis",
        jaar: 2021,
        inhoud: { locaties: [{ id: "geheim", naam: "Geheime Locatie" }] },
      }),
      201,
    );
    const id = zaak.id as string;
    const s = await alsAanbieder(browser, DEMO_NU);
    const { page } = s;
    for (const pad of [
      link.dossier(id),
      link.aanvraag(id),
      link.realisatie(id, "mei"),
      link.jaarverslag(id),
    ]) {
      await naar(s, pad);
      const m = page.getByRole("alert");
      await m.waitFor();
      expect(await m.textContent()).toContain("niet gevonden");
      const alles = (await page.locator("body").textContent()) ?? "";
      expect(alles).not.toContain(ander);
      expect(alles).not.toContain("Geheime Locatie");
      expect(await page.locator("table, form").count()).toBe(0);
      await controleerToegankelijkheid(page, `niet gevonden ${pad}`);
    }
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("geeft een aanbieder op een zorgkantoorpagina de melding 'niet voor uw rol' zonder gegevens", async () => {
    const s = await alsAanbieder(browser, DEMO_NU);
    const { page } = s;
    await naar(s, PAGINAS.werkvoorraad);
    const m = page.getByRole("alert");
    await m.waitFor();
    expect(await m.textContent()).toContain("niet voor uw rol");
    expect(await page.locator("table").count()).toBe(0);
    await controleerToegankelijkheid(page, "zorgkantoorpagina als aanbieder");
    await s.context.close();
  });
});
