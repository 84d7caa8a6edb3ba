// §15.4 in the browser, the verrekening: the numbers of test/integratie/jaar/verrekening.test.ts.
// The aanbieder of this file's own zorgkantoor has 2020 (voorschotten 768.000,00 paid, both
// overige lines judged not conform) and 2021, whose March voorschot order of 192.000,00 is not yet
// paid — set up through the data layer and the API, as the browser is not the point there. In the
// browser: the 2020 vaststelling (15-05-2021, beheer 1 proposes, beheer 2 approves) finds
// 20.081,92 paid too much and offsets it against the 2021 order, so 2020 is afgewikkeld at once
// with no vordering; beheer 1 proposes the March 2021 batch on the voorschotten page, beheer 2
// releases it there, and it pays only what the offset left open: 171.918,08. At every step the
// screens show the ledger's figures; the aanbieder's dossier says afgewikkeld too.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { link, PAGINAS } from "#shared/paginas.js";
import { gebruiker, type TestGebruiker, uniek } from "../integratie/http/api.js";
import { nacalculatieZaak } from "../integratie/nacalculatie/opzet.js";
import { afgesprokenZaak } from "../integratie/voorschot/zaak.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";
import { als, winter, zeker, zomer } from "./jaar-api.js";
import { logInAls, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

let browser: Browser;
let zk: Zorgkantoor;
let aanbieder: TestGebruiker;
let id2020 = "";
const VASTSTELLING = zomer("2021-05-15");
const BATCH = zomer("2021-05-20");

beforeAll(async () => {
  [browser, zk] = await Promise.all([startBrowser(), nieuwZorgkantoor()]);
  const scope = { aanbiederId: uniek("aanb-web"), zorgkantoorId: zk.zorgkantoorId };
  aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]);
  const r = await nacalculatieZaak(2020, scope, {
    jaarverslag: true,
    voorschotten: true,
    rapport: true,
  });
  id2020 = r.id;
  await zeker(
    als(
      zk.beoordelaar,
      "PUT",
      `/api/aanvragen/${id2020}/nacalculatie/overige`,
      winter("2021-02-15"),
      {
        versie: r.versie,
        regels: ["o1", "o2"].map((o) => ({
          id: o,
          conform: false,
          reden: "niet besteed zoals in het kwaliteitsplan afgesproken",
        })),
      },
    ),
  );
  // 2021: the next agreement; its March run orders 192.000,00, not yet paid.
  await afgesprokenZaak({ ...scope, jaar: 2021 });
  const run = await zeker(
    als(
      zk.beheer1,
      "POST",
      `/api/zorgkantoren/${zk.zorgkantoorId}/voorschot/maandrun`,
      winter("2021-03-25"),
      {
        jaar: 2021,
        maand: 3,
      },
    ),
  );
  expect(run).toMatchObject({ totaalAangemaakt: "192000.00", aantalFouten: 0 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function sessie(wie: TestGebruiker, pad: string, klok: string): Promise<Sessie> {
  const s = await nieuweSessie(browser, { klok });
  await logInAls(s, wie);
  await open(s.page, pad);
  return s;
}
const statusMet = (p: Page, tekst: string | RegExp) =>
  p.getByRole("status").filter({ hasText: tekst }).first().waitFor();
const afwikkeling = (p: Page) =>
  p.getByRole("table", { name: "Stand van de afwikkeling" }).textContent();
const voorschotten = (jaar: number) =>
  `${PAGINAS.voorschotten}?zorgkantoor=${zk.zorgkantoorId}&jaar=${jaar}`;

describe("2020 tot afgewikkeld via verrekening met 2021, door de site (§15.4)", {
  timeout: 120_000,
}, () => {
  it("de vaststelling 2020 met vier ogen verrekent 20.081,92 met 2021: geen vordering, afgewikkeld", async () => {
    const s = await sessie(zk.beheer1, link.nacalculatie(id2020), VASTSTELLING);
    const p = s.page;
    const reken = p.getByRole("table", { name: "Rondrekening en vaststelling" });
    await reken.waitFor();
    for (const [naam, bedrag] of [
      ["Vastgesteld", "€ 747.918,08"],
      ["Betaalde voorschotten", "€ 768.000,00"],
      ["Saldo", "−€ 20.081,92"],
    ])
      expect(await reken.getByRole("row", { name: new RegExp(`^${naam} `) }).textContent()).toBe(
        `${naam}${bedrag}`,
      );
    // The confirmation names the amount and what follows; Annuleren proposes nothing.
    await p.getByRole("button", { name: "Vaststelling voorstellen" }).click();
    await p
      .getByText(
        "De vaststelling over 2020 wordt voorgesteld op € 747.918,08. Met € 768.000,00 aan betaalde voorschotten is het saldo −€ 20.081,92.",
        { exact: false },
      )
      .waitFor();
    await p
      .getByText(
        /wordt € 20\.081,92 eerst verrekend met betalingen die het zorgkantoor de aanbieder voor een ander jaar nog moet doen; wat overblijft wordt teruggevorderd/,
      )
      .waitFor();
    await p.getByText(/krijgt de aanbieder de vaststellingsbrief/).waitFor();
    await controleerToegankelijkheid(p, "vaststelling voorstellen bevestigen");
    await schermafdruk(p, "jaar-verrekening-vaststelling-bevestigen");
    await p.getByRole("button", { name: "Annuleren" }).click();
    await p.getByRole("button", { name: "Vaststelling voorstellen" }).waitFor();
    const nacalculatie = `/api/aanvragen/${id2020}/nacalculatie`;
    expect(await zeker(als(zk.beheer1, "GET", nacalculatie, VASTSTELLING))).toMatchObject({
      voorstel: null,
      vaststelling: null,
    });
    await p.getByRole("button", { name: "Vaststelling voorstellen" }).click();
    await p.getByRole("button", { name: "Ja, vaststelling voorstellen" }).click();
    await statusMet(p, "vaststelling is voorgesteld");
    await s.context.close();

    const t = await sessie(zk.beheer2, link.nacalculatie(id2020), VASTSTELLING);
    const q = t.page;
    await q.getByRole("button", { name: "Vaststelling goedkeuren" }).click();
    await q
      .getByText(
        "De nacalculatie over 2020 wordt vastgesteld op € 747.918,08. Met € 768.000,00 aan betaalde voorschotten is het saldo −€ 20.081,92. Daarna wordt € 20.081,92 eerst verrekend",
        { exact: false },
      )
      .waitFor();
    await q.getByText(/corrigeren kan alleen nog met een herziening/).waitFor();
    await q.getByRole("button", { name: "Annuleren" }).click();
    await q.getByRole("button", { name: "Vaststelling goedkeuren" }).click();
    await q.getByRole("button", { name: "Ja, vaststelling goedkeuren" }).click();
    await statusMet(q, "De vaststelling is goedgekeurd.");
    const vast = q.getByRole("table", { name: "Vastgestelde nacalculatie" });
    expect(await vast.locator("tbody").textContent()).toBe(
      "€ 747.918,08−€ 20.081,92Verrekening€ 0,00€ 20.081,92€ 0,00",
    );
    const af = await afwikkeling(q);
    expect(af).toContain("Vastgesteld€ 747.918,08");
    expect(af).toContain("Betaald€ 747.918,08");
    expect(af).toContain("Opgedragen, nog niet betaald€ 0,00");
    expect(af).toContain("Nog terug te ontvangen€ 0,00");
    expect(af).toContain("StatusAfgewikkeld");
    // No vordering: the section and its receipt form are absent.
    expect(await q.getByRole("heading", { name: "Vordering", exact: true }).count()).toBe(0);
    await controleerToegankelijkheid(q, "verrekening vastgesteld");
    await schermafdruk(q, "jaar-verrekening-vastgesteld");
    expect([...s.fouten, ...t.fouten]).toEqual([]);
    await t.context.close();
  });

  it("de batch van maart 2021: beheer 1 stelt voor, beheer 2 geeft vrij; alleen 171.918,08 wordt betaald", async () => {
    const s = await sessie(zk.beheer1, voorschotten(2021), BATCH);
    const p = s.page;
    await p.getByLabel("Maand", { exact: true }).selectOption("3");
    await p.getByRole("button", { name: "Toon betaalopdrachten" }).click();
    const opdrachten = p.getByRole("table", { name: /^Betaalopdrachten maart 2021/ });
    await opdrachten.waitFor();
    expect(await opdrachten.locator("tbody").textContent()).toContain("€ 192.000,00");
    await p.getByRole("button", { name: /Betaalbatch voorstellen/ }).click();
    await statusMet(p, "betaalbatch is voorgesteld");
    const batches = p.getByRole("table", { name: "Betaalbatches maart 2021" });
    expect(await batches.locator("tbody").textContent()).toContain(
      "Wacht op vrijgave (tweede handtekening)",
    );
    await p.getByRole("button", { name: "Batch 1 vrijgeven" }).click();
    await p.getByRole("alert").waitFor(); // the proposer may not release it (§1)
    await s.context.close();

    const t = await sessie(zk.beheer2, voorschotten(2021), BATCH);
    const q = t.page;
    await q.getByLabel("Maand", { exact: true }).selectOption("3");
    await q.getByRole("button", { name: "Toon betaalopdrachten" }).click();
    await q.getByRole("button", { name: "Batch 1 vrijgeven" }).click();
    await statusMet(q, "Batch 1 is vrijgegeven.");
    const rij = await q
      .getByRole("table", { name: "Betaalbatches maart 2021" })
      .locator("tbody")
      .textContent();
    // Ordered 192.000,00, offset 20.081,92 (the 2020 saldo), paid 171.918,08.
    expect(rij).toContain("Vrijgegeven1€ 20.081,92€ 171.918,08");
    await controleerToegankelijkheid(q, "verrekening batch vrijgegeven");
    await schermafdruk(q, "jaar-verrekening-batch");
    expect([...s.fouten, ...t.fouten]).toEqual([]);
    await t.context.close();
  });

  it("2020 blijft afgewikkeld, op de nacalculatiepagina en in het dossier van de aanbieder", async () => {
    const s = await sessie(zk.beoordelaar, link.nacalculatie(id2020), BATCH);
    const af = await afwikkeling(s.page);
    expect(af).toContain("Betaald€ 747.918,08");
    expect(af).toContain("StatusAfgewikkeld");
    await s.context.close();

    const t = await sessie(aanbieder, link.dossier(id2020), BATCH);
    const q = t.page;
    await q.getByRole("heading", { name: "Vaststelling en afwikkeling" }).waitFor();
    await q.getByText("Afgewikkeld: er staat geen betaling of vordering meer open.").waitFor();
    const d = await afwikkeling(q);
    expect(d).toContain("Vastgesteld€ 747.918,08");
    expect(d).toContain("Betaald€ 747.918,08");
    expect(d).toContain("StatusAfgewikkeld");
    await controleerToegankelijkheid(q, "dossier afgewikkeld");
    await schermafdruk(q, "jaar-verrekening-dossier");
    expect([...s.fouten, ...t.fouten]).toEqual([]);
    await t.context.close();
  });
});
