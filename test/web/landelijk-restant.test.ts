// §15.7 with §9.4 and §1 in the browser: the national remainder round on the restant page, the
// numbers of test/integratie/nacalculatie/restantverdeling.test.ts. Two cases of a year no other
// web test uses, at this file's own two zorgkantoren, whose agreement was lowered to personeel
// 800.000 and whose inhuur_t is 400.000: each realises more personeel than agreed, the extra staff
// are still employed, and each claims 50.000,00 (set up through the data layer and the API:
// vaststelling with four eyes, personeel in dienst). In the browser landelijk-beheer A clicks
// "Verdeling voorstellen", A is not offered Goedkeuren, and landelijk-beheer B confirms
// "Goedkeuren": each allotment becomes a nabetaling of its zorgkantoor, shown as ordered.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { legAfspraakVast } from "#functions/data/afspraken.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
import { Decimal } from "#shared/geld/decimal.js";
import { PAGINAS } from "#shared/paginas.js";
import { gebruiker, type TestGebruiker, uniek } from "../integratie/http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak } from "../integratie/nacalculatie/opzet.js";
import {
  controleerToegankelijkheid,
  nieuweSessie,
  type Sessie,
  schermafdruk,
  startBrowser,
} from "./browser.js";
import { als, zeker } from "./jaar-api.js";
import { logInAls, nieuwZorgkantoor, open, type Zorgkantoor } from "./zorgkantoor.js";

// The remainder sums every case of the year: a year no other web test makes cases for.
const JAAR = 2086;
const MEI = `${JAAR + 1}-05-15T10:00:00+02:00`;
const SEPTEMBER = `${JAAR + 1}-09-10T10:00:00+02:00`;
let browser: Browser;
let zorgkantoren: Zorgkantoor[];
let landelijkA: TestGebruiker;
let landelijkB: TestGebruiker;

const ctx = (sub: string, rol: "aanbieder" | "zorgkantoor-beheer") => ({
  wie: { sub, rol },
  nu: new Date(),
  correlatieId: uniek("test"),
});

/** A case of JAAR with a claim of 50.000,00, vastgesteld with four eyes, staff still employed. */
async function zaakMetClaim(zk: Zorgkantoor): Promise<void> {
  let r = await nacalculatieZaak(
    JAAR,
    { aanbiederId: uniek("aanb-web"), zorgkantoorId: zk.zorgkantoorId },
    { voorschotten: true, rapport: true, overige: true },
  );
  const lager = await legAfspraakVast(
    r,
    r.versie,
    {
      soort: "herschikking",
      personeel: new Decimal("800000.00"),
      overige: new Decimal("150000.00"),
      compensatie: new Decimal("24000.00"),
      reden: "herschikking: minder personeel afgesproken",
      voorgesteldDoor: { sub: "test-beoordelaar", rol: "beoordelaar" },
    },
    ctx("test-beheer", "zorgkantoor-beheer"),
  );
  if (!lager.ok) throw new Error(lager.weigering.melding);
  r = (await leesAanvraag(r.id))!;
  const verslag = { ...JAARVERSLAG_E, inhuur: { basis: "200000.00", jaar: "400000.00" } };
  const jv = await dienRealisatieIn(
    r,
    { jaar: JAAR, soort: "jaarverslag", nummer: 1, inhoud: verslag },
    ctx("test-aanbieder", "aanbieder"),
  );
  if (!jv.ok) throw new Error(jv.weigering.melding);
  const pad = `/api/aanvragen/${r.id}`;
  const versie = async () => (await leesAanvraag(r.id))!.versie;
  await zeker(
    als(zk.beheer1, "POST", `${pad}/vaststelling/voorstel`, MEI, { versie: await versie() }),
    201,
  );
  await zeker(
    als(zk.beheer2, "POST", `${pad}/vaststelling/goedkeuring`, MEI, { versie: await versie() }),
  );
  await zeker(
    als(zk.beoordelaar, "PUT", `${pad}/nacalculatie/personeel-in-dienst`, MEI, {
      versie: await versie(),
      personeelInDienst: true,
      datum: `${JAAR + 1}-05-01`,
      toelichting: "Loonstroken april: de extra fte zijn in dienst.",
    }),
  );
}

beforeAll(async () => {
  // Two zorgkantoren (as in the HTTP test): each case's voorschot batches are its own.
  [browser, ...zorgkantoren] = await Promise.all([
    startBrowser(),
    nieuwZorgkantoor(JAAR),
    nieuwZorgkantoor(JAAR),
  ]);
  [landelijkA, landelijkB] = await Promise.all([
    gebruiker([{ rol: "landelijk-beheer" }]),
    gebruiker([{ rol: "landelijk-beheer" }]),
  ]);
  for (const zk of zorgkantoren) await zaakMetClaim(zk);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function restantpagina(wie: TestGebruiker): Promise<Sessie> {
  const s = await nieuweSessie(browser, { klok: SEPTEMBER });
  await logInAls(s, wie);
  await open(s.page, `${PAGINAS.restantverdeling}?jaar=${JAAR}`);
  await s.page.getByRole("heading", { name: "Besluit over de verdeling" }).waitFor();
  return s;
}
const perAanbieder = (p: Page) =>
  p.getByRole("table", { name: `Verdeling per aanbieder ${JAAR}` }).locator("tbody");

describe("de landelijke restantverdeling door de site (§15.7, vier ogen)", {
  timeout: 120_000,
}, () => {
  it("landelijk beheer A stelt de verdeling voor en kan haar niet zelf goedkeuren", async () => {
    const s = await restantpagina(landelijkA);
    const p = s.page;
    await p.getByText("Alle afspraken zijn vastgesteld; de verdeling is definitief.").waitFor();
    const restant = await p.getByRole("table", { name: `Restant ${JAAR}` }).textContent();
    expect(restant).toContain("Totaal claims€ 100.000,00");
    expect(restant).toContain("Totaal toegekend€ 100.000,00");
    await p.getByRole("button", { name: "Verdeling voorstellen" }).click();
    await p
      .getByText(
        /^Voorgesteld door u op .*: 2 toekenning\(en\), totaal € 100\.000,00\. Wacht op goedkeuring/,
      )
      .waitFor();
    await p
      .getByText("U stelde deze verdeling voor; een andere medewerker keurt haar goed.")
      .waitFor();
    expect(await p.getByRole("button", { name: "Goedkeuren" }).count()).toBe(0);
    expect(await perAanbieder(p).textContent()).not.toContain("Opgedragen");
    await controleerToegankelijkheid(p, "restant voorgesteld");
    await schermafdruk(p, "landelijk-restant-voorgesteld");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });

  it("landelijk beheer B keurt goed na bevestiging: twee nabetalingen opgedragen", async () => {
    const s = await restantpagina(landelijkB);
    const p = s.page;
    await p.getByText(/^Voorgesteld door een medewerker van landelijk beheer op /).waitFor();
    await p.getByRole("button", { name: "Goedkeuren" }).click();
    await p
      .getByText(
        /U keurt de verdeling goed: 2 toekenning\(en\) uit het restant, totaal € 100\.000,00/,
      )
      .waitFor();
    await p.getByRole("button", { name: "Bevestigen: € 100.000,00 in 2 toekenning(en)" }).click();
    await p
      .getByText(
        /^Besloten op .* door u \(voorgesteld door een medewerker van landelijk beheer\): 2 toekenning\(en\), totaal € 100\.000,00, geboekt als nabetalingen/,
      )
      .waitFor();
    const rijen = perAanbieder(p).getByRole("row");
    expect(await rijen.count()).toBe(2);
    for (const rij of await rijen.all())
      expect(await rij.textContent()).toMatch(
        /€ 50\.000,00€ 50\.000,00Opgedragen, wacht op betaalbatch$/,
      );
    // No button is left: the decision is final.
    expect(
      await p.getByRole("button", { name: /Verdeling .*voorstellen|Goedkeuren/ }).count(),
    ).toBe(0);
    await controleerToegankelijkheid(p, "restant besloten");
    await schermafdruk(p, "landelijk-restant-besloten");
    expect(s.fouten).toEqual([]);
    await s.context.close();
  });
});
