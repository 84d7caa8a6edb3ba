// §3.1, §9.4: landelijk beheer — the year parameters with their versions and a new
// version (a refused one shown per field, a valid one for a far year so no other test's year
// changes), the national totals (chart + table), setting a regional kader, and the
// restantverdeling.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";
import { bedragNl, bedragTekst, centen } from "#web/src/scripts/lib/bedrag.js";
import {
  controleerToegankelijkheid,
  demoGebruiker,
  logIn,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";
import { open } from "./zorgkantoor.js";

let browser: Browser;
let s: Sessie;
beforeAll(async () => {
  browser = await startBrowser();
  s = await nieuweSessie(browser);
  const g = demoGebruiker("landelijk-beheer");
  await logIn(s, g.email, g.wachtwoord);
});
afterAll(async () => {
  await browser?.close();
});

describe("landelijk beheer", () => {
  it("toont de versies van de parameters en weigert een ongeldige waarde bij het veld", async () => {
    await open(s.page, `${PAGINAS.parameters}?jaar=2031`);
    const versies = s.page.getByRole("table", { name: /Versies van de parameters 2031/ });
    await versies.waitFor();
    await controleerToegankelijkheid(s.page, "parameters");
    const veld = s.page.getByLabel("Voorschotpercentage (bijv. 0,75)");
    await veld.fill("heel veel");
    await s.page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await s.page.getByRole("alert").filter({ hasText: "Er is iets niet in orde" }).waitFor();
    await controleerToegankelijkheid(s.page, "parameters ongeldig");
    await schermafdruk(s.page, "landelijk-parameters-fout");

    // Dutch notation, as the form shows its values: a decimal comma and dots between thousands.
    await veld.fill("0,80");
    // §3.1: compensatie + beschikbaar = the national budget, so beschikbaar moves with it.
    const compensatie = await s.page.getByLabel("Compensatie (€)").inputValue();
    const rest = 120_000_000_000n - (centen(compensatie) ?? 0n);
    await s.page.getByLabel("Landelijk budget (€)").fill("1.200.000.000,00");
    await s.page
      .getByLabel("Beschikbaar personeel en overig (€)")
      .fill(bedragNl(bedragTekst(rest)));
    await s.page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await s.page.getByRole("status").filter({ hasText: "zijn opgeslagen" }).waitFor();
    expect(await versies.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    const nieuwste = versies.locator("tbody tr").last();
    await expect.poll(() => nieuwste.textContent()).toContain("€ 1.200.000.000,00");
    // The stored decimal (0.8), in Dutch notation in the table and in the form of the next version.
    expect(await nieuwste.locator("td").last().textContent()).toBe("0,8");
    expect(await s.page.getByLabel("Voorschotpercentage (bijv. 0,75)").inputValue()).toBe("0,8");
    await controleerToegankelijkheid(s.page, "parameters opgeslagen");
  });

  it("stelt een regionaal kader in; boven het landelijke budget weigert de server bij het veld", async () => {
    // A far year no other test gives kaders (§5.3).
    await open(s.page, `${PAGINAS.landelijkeTotalen}?jaar=2032`);
    const form = s.page.getByRole("form", { name: "Regionaal kader 2032 instellen" });
    await form.getByText("Nog geen kader voor 2032.").waitFor();
    const bedrag = form.getByLabel("Regionaal kader (€)");
    await bedrag.fill("2000000000,00");
    await form.getByRole("button", { name: "Kader instellen" }).click();
    const fout = s.page.getByRole("alert").filter({ hasText: "Er is iets niet in orde" });
    await fout.waitFor();
    expect(await fout.textContent()).toContain("landelijke kwaliteitsbudget");
    expect(await bedrag.getAttribute("aria-invalid")).toBe("true");
    await controleerToegankelijkheid(s.page, "kader boven landelijk");

    await bedrag.fill("1000000,00");
    await form.getByRole("button", { name: "Kader instellen" }).click();
    await s.page.getByRole("status").filter({ hasText: "is € 1.000.000,00" }).waitFor();
    expect(
      await s.page.getByRole("table", { name: "Per zorgkantoor 2032" }).textContent(),
    ).toContain("€ 1.000.000,00");
    await s.page.getByText(/Nu € 1\.000\.000,00; er is € 0,00 afgesproken/).waitFor();
    await controleerToegankelijkheid(s.page, "kader ingesteld");
    expect(s.fouten).toEqual([]);
  });

  it("toont de landelijke totalen als grafiek en tabel", async () => {
    await open(s.page, `${PAGINAS.landelijkeTotalen}?jaar=2020`);
    const grafiek = s.page.getByRole("img", { name: /Landelijke totalen 2020/ });
    await grafiek.waitFor();
    // Other tests add zorgkantoren with kaders, so only the demo's landelijk budget is fixed.
    expect(await grafiek.getAttribute("aria-label")).toMatch(
      /Landelijk budget € [\d.]+,\d\d, Regionale kaders € /,
    );
    await s.page.getByRole("table", { name: "Per zorgkantoor 2020" }).waitFor();
    await controleerToegankelijkheid(s.page, "landelijke totalen");
    await schermafdruk(s.page, "landelijk-totalen");
  });

  it("toont de restantverdeling, voorlopig zolang niet alles is vastgesteld", async () => {
    await open(s.page, `${PAGINAS.restantverdeling}?jaar=2020`);
    await s.page.getByRole("table", { name: "Restant 2020" }).waitFor();
    // §15.7: before all vaststellingen there is nothing to propose yet.
    await s.page
      .getByRole("region", { name: "Besluit over de verdeling" })
      .getByText("De verdeling wordt voorgesteld na alle vaststellingen van het jaar.")
      .waitFor();
    await controleerToegankelijkheid(s.page, "restantverdeling");
    expect(s.fouten).toEqual([]);
  });
});
