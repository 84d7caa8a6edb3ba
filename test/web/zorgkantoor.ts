// Page-object helpers for the zorgkantoor side: a fresh zorgkantoor with its own users
// and cases per test file, so the shared demo data is never changed by these tests, and short
// ways to log in as such a user and to open the zorgkantoor pages.
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { type AanvraagRecord, maakConcept } from "#functions/data/aanvragen.js";
import { dienIn } from "#functions/data/overgangen.js";
import { gebruikLokaleStack } from "#lokaal/demo.js";
import { neemInBehandeling } from "#lokaal/zaakfabriek.js";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import {
  type Stand,
  type ZaakOpties,
  zaakIn,
  zorgVoorKader,
  zorgVoorPartijen,
} from "../integratie/beoordeling/opzet.js";
import { AANBIEDER, BEOORDELAAR, ctx, zeker } from "../integratie/fixture/index.js";
import { gebruiker, type TestGebruiker, uniek, WACHTWOORD } from "../integratie/http/api.js";
import { logIn, portaal, type Sessie } from "./browser.js";

export interface Zorgkantoor {
  zorgkantoorId: string;
  beoordelaar: TestGebruiker;
  beheer1: TestGebruiker;
  beheer2: TestGebruiker;
}

/** A new zorgkantoor (with a kader for `jaar`) and its beoordelaar and two beheer users. */
export async function nieuwZorgkantoor(jaar = 2020, kader?: string): Promise<Zorgkantoor> {
  gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
  const zorgkantoorId = uniek("zk-web");
  await zorgVoorPartijen({ aanbiederId: uniek("aanb-web"), zorgkantoorId });
  await zorgVoorKader(zorgkantoorId, jaar, kader);
  const lid = (rol: "beoordelaar" | "zorgkantoor-beheer") => gebruiker([{ rol, zorgkantoorId }]);
  const [beoordelaar, beheer1, beheer2] = await Promise.all([
    lid("beoordelaar"),
    lid("zorgkantoor-beheer"),
    lid("zorgkantoor-beheer"),
  ]);
  return { zorgkantoorId, beoordelaar, beheer1, beheer2 };
}

/** A case of a new aanbieder at this zorgkantoor, brought to `stand` (test/integratie setup). */
export async function nieuweZaak(
  zk: Zorgkantoor,
  stand: Stand,
  o: ZaakOpties & { jaar?: number } = {},
): Promise<AanvraagRecord> {
  const scope: Zaakscope = { aanbiederId: uniek("aanb-web"), zorgkantoorId: zk.zorgkantoorId };
  return zaakIn(scope, o.jaar ?? 2020, stand, o);
}

/**
 * A case of a new aanbieder with this content, submitted on 1 November 2019 and in behandeling:
 * for reading a whole aanvraag (the §4.2 checks run when the page reads it, not here).
 */
export async function zaakMetInhoud(
  zk: Zorgkantoor,
  inhoud: AanvraagInvoer,
  jaar = 2020,
): Promise<AanvraagRecord> {
  const scope: Zaakscope = { aanbiederId: uniek("aanb-web"), zorgkantoorId: zk.zorgkantoorId };
  await zorgVoorPartijen(scope);
  const ontvangen = new Date(`${jaar - 1}-11-01T10:00:00+01:00`);
  const r = zeker(
    await maakConcept({ ...scope, jaar, inhoud }, ctx(AANBIEDER, ontvangen)),
    "concept",
  );
  const ingediend = zeker(
    await dienIn(r, r.versie, ctx(AANBIEDER, ontvangen), { bevindingen: [] }),
    "indienen",
  );
  return neemInBehandeling(ingediend, ctx(BEOORDELAAR, new Date(`${jaar}-01-15T09:00:00+01:00`)));
}

export const logInAls = (s: Sessie, g: TestGebruiker): Promise<void> =>
  logIn(s, g.email, WACHTWOORD);

/** Opens a page of the site (a path from shared/paginas.ts) and waits for its script to finish loading. */
export async function open(page: Page, pad: string): Promise<void> {
  await page.goto(`${portaal().url}${pad}`);
  await page.waitForLoadState("networkidle");
}

/** Waits for the confirmation step to say `tekst`, then confirms with its button `ja`. */
export async function bevestig(page: Page, tekst: string | RegExp, ja: string): Promise<void> {
  await page.getByText(tekst).first().waitFor();
  await page.getByRole("button", { name: ja }).click();
}
