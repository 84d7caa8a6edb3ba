// The steps of the year that still go through the HTTP API: the repetitive ones of the
// zorgkantoor (the kader, monthly runs of the months the test does not click through), with the
// token of a fresh user. Same requests, dates and §13 amounts as test/integratie/jaar/jaar.test.ts.
import { expect } from "vitest";
import type { Gateway } from "#lokaal/gateway.js";
import { type Antwoord, type TestGebruiker, vraag } from "../integratie/http/api.js";
import { portaal } from "./browser.js";

export const winter = (dag: string) => `${dag}T10:00:00+01:00`;
export const zomer = (dag: string) => `${dag}T10:00:00+02:00`;
export const dag2 = (maand: number) =>
  (maand >= 4 && maand <= 10 ? zomer : winter)(`2020-${String(maand).padStart(2, "0")}-02`);

/** A request as `wie` at `op` (ISO instant with offset) against the portal of the web tests. */
export async function als(
  wie: TestGebruiker,
  methode: string,
  pad: string,
  op: string,
  body?: unknown,
): Promise<Antwoord> {
  const gw = { url: portaal().url } as Gateway;
  return vraag(gw, pad, { methode, body, token: wie.idToken, headers: { "x-kb-klok": op } });
}

export async function zeker(r: Promise<Antwoord>, status = 200): Promise<Record<string, unknown>> {
  const a = await r;
  expect(a.status, JSON.stringify(a.body)).toBe(status);
  return a.body ?? {};
}

/**
 * The monthly run of `maand` (zorgkantoor-beheer), expecting `totaal` created; with `vrijgever`
 * the batch is proposed by `beheer` and released by `vrijgever` — §15.3: only then is it paid.
 */
export async function maandrun(
  beheer: TestGebruiker,
  zorgkantoorId: string,
  maand: number,
  totaal: string,
  vrijgever?: TestGebruiker,
): Promise<void> {
  const b = await zeker(
    als(beheer, "POST", `/api/zorgkantoren/${zorgkantoorId}/voorschot/maandrun`, dag2(maand), {
      jaar: 2020,
      maand,
    }),
  );
  expect(b, `maand ${maand}`).toMatchObject({ totaalAangemaakt: totaal, aantalFouten: 0 });
  if (!vrijgever) return;
  const pad = `/api/zorgkantoren/${zorgkantoorId}/betaalopdrachten/2020-${String(maand).padStart(2, "0")}/batches`;
  const batch = await zeker(als(beheer, "POST", pad, dag2(maand)), 201);
  await zeker(
    als(vrijgever, "POST", `${pad}/${batch.nummer}/vrijgave`, dag2(maand), {
      versie: batch.versie,
    }),
  );
}
