// §1 four eyes: the approvals page lists what awaits a second signature (a toekenning
// with its total, date and whether you proposed it); the proposer is refused by the server (403 with its reason, shown at the item) and another
// zorgkantoor-beheer user approves.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { logInAls, nieuweZaak, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
const KLOK = "2020-01-20T10:00:00+01:00";
beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  await nieuweZaak(zk, "voorgesteld", {
    voorgesteldDoor: { sub: zk.beheer1.sub, rol: "zorgkantoor-beheer" },
  });
});
afterAll(async () => {
  await browser?.close();
});

describe("goedkeuren met vier ogen", () => {
  it("weigert de voorsteller met de reden van de server en laat een ander goedkeuren", async () => {
    const pad = `${PAGINAS.goedkeuringen}?zorgkantoor=${zk.zorgkantoorId}&jaar=2020`;
    const s = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(s, zk.beheer1);
    await open(s.page, pad);
    // The proposal with its total and date, and the proposer is told a colleague must approve.
    const item = s.page.getByRole("listitem").filter({ hasText: "Toekenning" });
    expect(await item.textContent()).toContain("Bedrag: € 100.000,00");
    expect(await item.textContent()).toContain("(voorgesteld 15-01-2020)");
    await item.getByText("U heeft dit voorstel gedaan").waitFor();
    await s.page.getByRole("button", { name: "Toekenning goedkeuren" }).click();
    const weigering = s.page.getByRole("alert").filter({ hasText: "Er is iets niet in orde" });
    await weigering.waitFor();
    expect(await weigering.textContent()).toMatch(/ander/);
    await controleerToegankelijkheid(s.page, "goedkeuren geweigerd");
    await schermafdruk(s.page, "zorgkantoor-goedkeuren-geweigerd");

    const t = await nieuweSessie(browser, { klok: KLOK });
    await logInAls(t, zk.beheer2);
    await open(t.page, pad);
    await t.page.getByText("Bedrag: € 100.000,00").waitFor();
    expect(await t.page.getByText("U heeft dit voorstel gedaan").count()).toBe(0);
    await t.page.getByRole("button", { name: "Toekenning goedkeuren" }).click();
    await t.page.getByRole("status").filter({ hasText: "is goedgekeurd" }).waitFor();
    await t.page.getByText("Er wacht niets op een tweede handtekening voor 2020.").waitFor();
    await controleerToegankelijkheid(t.page, "goedgekeurd");
    expect([...s.fouten, ...t.fouten]).toEqual([]);
  });
});
