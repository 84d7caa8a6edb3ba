// docs/regels.md §15.2 in the browser: during a proposed herschikking the aanbieder sees its
// line in the dossier (agreed, requested, projection and new, per category) and responds in
// writing; after the four-eyes decision the proposal is gone and the herschikkingsbrief downloads.
// A fresh zorgkantoor and cases (test/integratie/herschikking/opzet.ts through the local stack);
// the proposal and the decision go through the API, as jaar-api.ts does.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { gebruikLokaleStack } from "#lokaal/demo.js";
import { link } from "#shared/paginas.js";
import { afgesproken, zorgkantoorMetKader } from "../integratie/herschikking/opzet.js";
import { gebruiker, type TestGebruiker } from "../integratie/http/api.js";
import { controleerToegankelijkheid, nieuweSessie, schermafdruk, startBrowser } from "./browser.js";
import { als, zeker } from "./jaar-api.js";
import { logInAls, open } from "./zorgkantoor.js";

const NOVEMBER = "2020-11-20T10:00:00+01:00";
let browser: Browser;
let zk = "";
let zaak: AanvraagRecord;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;
let aanbieder: TestGebruiker;
let versie = 0;
beforeAll(async () => {
  gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
  browser = await startBrowser();
  zk = await zorgkantoorMetKader("200000.00");
  // A 60.000 (50.000 + 10.000), Q 100.000 (85.000 + 15.000): the proposal raises it to 100.000.
  zaak = await afgesproken(zk, {
    naam: "web",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "50000.00",
    overige: "10000.00",
    overigeO1: "10000.00",
  });
  [beheer, beheer2, aanbieder] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
  ]);
  const pad = `/api/zorgkantoren/${zk}/herschikking/2020`;
  const v = await zeker(als(beheer, "GET", pad, NOVEMBER));
  const regels = v.regels as { aanvraagId: string; versie: number }[];
  const p = await zeker(
    als(beheer, "POST", `${pad}/voorstel`, NOVEMBER, {
      voorstel: regels.map((r) => ({
        aanvraagId: r.aanvraagId,
        versie: r.versie,
        nieuweAfspraak: "100000.00",
      })),
      reden: "personeel komt sneller op sterkte",
    }),
    201,
  );
  versie = p.versie as number;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe("herschikking voor de aanbieder (§15.2)", () => {
  it("toont de regel per categorie en neemt een schriftelijke reactie op", async () => {
    const s = await nieuweSessie(browser, { klok: NOVEMBER });
    await logInAls(s, aanbieder);
    await open(s.page, link.dossier(zaak.id));
    const p = s.page;
    const sectie = p.locator("section").filter({
      has: p.getByRole("heading", { name: "Herschikkingsvoorstel" }),
    });
    await sectie.getByText("van € 60.000,00 naar € 100.000,00").waitFor();
    await sectie.getByText("Reden: personeel komt sneller op sterkte").waitFor();
    const rij = (t: string) => sectie.getByRole("row").filter({ hasText: t });
    expect(await rij("Personeel").textContent()).toMatch(
      /€ 50\.000,00.*€ 85\.000,00.*€ 85\.000,00$/,
    );
    expect(await rij("Overige kosten").textContent()).toMatch(/€ 10\.000,00.*€ 15\.000,00$/);
    expect(await rij("Totaal").textContent()).toMatch(/^Totaal€ 60\.000,00€ 100\.000,00/);
    await controleerToegankelijkheid(p, "herschikkingsvoorstel aanbieder");

    await sectie.getByRole("button", { name: "Reactie versturen" }).click();
    await sectie.getByRole("heading", { name: "Er is iets niet in orde" }).waitFor();
    await sectie.getByLabel("Uw reactie").fill("Akkoord; de vacatures zijn vervuld.");
    await sectie.getByRole("button", { name: "Reactie versturen" }).click();
    await sectie.getByRole("status").filter({ hasText: "Uw reactie is verstuurd" }).waitFor();
    await sectie.getByText("Akkoord; de vacatures zijn vervuld.").waitFor();
    await controleerToegankelijkheid(p, "herschikking reactie verstuurd");
    await schermafdruk(p, "herschikking-aanbieder");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("na het besluit: geen voorstel meer, de herschikkingsbrief downloadt", async () => {
    await zeker(
      als(beheer2, "POST", `/api/zorgkantoren/${zk}/herschikking/2020/goedkeuring`, NOVEMBER, {
        versie,
      }),
    );
    const s = await nieuweSessie(browser, { klok: NOVEMBER });
    await logInAls(s, aanbieder);
    await open(s.page, link.dossier(zaak.id));
    const p = s.page;
    await p.getByRole("heading", { name: "Audittrail" }).waitFor();
    expect(await p.getByRole("heading", { name: "Herschikkingsvoorstel" }).count()).toBe(0);
    const [brief] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Herschikkingsbrief (PDF)" }).click(),
    ]);
    expect(brief.suggestedFilename()).toMatch(/\.pdf$/);
    await controleerToegankelijkheid(p, "dossier na de herschikking");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
