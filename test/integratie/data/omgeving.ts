// Integration tests of the data layer: point functions/data at the emulators of globalSetup
// (before the first client is made) and give each test its own actors and ids.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { maakAanbieder } from "../../../functions/data/aanbieders.js";
import type { Actor, Schrijfcontext } from "../../../functions/data/transactie.js";
import { maakZorgkantoor, zetRegios } from "../../../functions/data/zorgkantoren.js";
import { gebruikLokaleStack } from "../../../lokaal/demo.js";

export function gebruikEmulators(): void {
  gebruikLokaleStack({ lokaal: inject("lokaal"), inrichting: inject("inrichting") });
}

export const uniek = (prefix: string): string => `${prefix}-${randomUUID()}`;

export const ctx = (wie: Actor, nu = new Date("2020-02-20T09:00:00Z")): Schrijfcontext => ({
  wie,
  nu,
  correlatieId: uniek("test"),
});

const cijfers = (n: number): string =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

/** A fresh aanbieder; a random NZa-nummer or AGB-code that happens to be taken is drawn again. */
export async function testAanbieder(
  wie: Actor = { sub: "beheer-test", rol: "landelijk-beheer" },
): Promise<string> {
  for (;;) {
    const id = uniek("aanbieder");
    const r = await maakAanbieder(
      {
        id,
        naam: `Zorggroep ${id}`,
        nzaNummer: `${cijfers(3)}-${cijfers(4)}`,
        agbCode: cijfers(8),
      },
      ctx(wie),
    );
    if (r.ok) return id;
    if (!["NZA_NUMMER_IN_GEBRUIK", "AGB_CODE_IN_GEBRUIK"].includes(r.weigering.code))
      throw new Error(r.weigering.melding);
  }
}

/** A fresh zorgkantoor serving a fresh region of its own. */
export async function testZorgkantoor(
  wie: Actor = { sub: "beheer-test", rol: "landelijk-beheer" },
): Promise<string> {
  const code = uniek("regio");
  const id = uniek("zk");
  const r1 = await zetRegios([{ code, naam: `Regio ${code}` }], ctx(wie));
  if (!r1.ok) throw new Error(r1.weigering.melding);
  const r2 = await maakZorgkantoor(
    { id, naam: `Zorgkantoor ${id}`, concern: "Testconcern", regios: [code] },
    ctx(wie),
  );
  if (!r2.ok) throw new Error(r2.weigering.melding);
  return id;
}
