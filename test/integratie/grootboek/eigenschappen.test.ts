// docs/regels.md §15.3 against DynamoDB Local, as a property: over random sequences of voorschot orders
// and batch releases (proposal by one user, release by another) across three cases of two
// zorgkantoren, every case's ledger reconciles with its maintained balance, and the balances per
// zorgkantoor-year and the national year move by exactly the sum of their cases. Each run has a
// year of its own, so other tests cannot touch its balances; runs are few and short (the table is
// real), the pure ledger has the long property runs (test/shared/grootboek/).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  betaalbatchesVanMaand,
  geefBetaalbatchVrij,
  stelBetaalbatchVoor,
} from "#functions/data/betaalbatches.js";
import {
  betaalopdrachtenVanMaand,
  schrijfBetaalopdracht,
} from "#functions/data/betaalopdrachten.js";
import { sluitClients } from "#functions/data/clients.js";
import {
  boekingenVanZaak,
  landelijkSaldo,
  saldoVanZaak,
  saldoVanZorgkantoorJaar,
} from "#functions/data/grootboek.js";
import type { Actor } from "#functions/data/transactie.js";
import type { Gateway } from "#lokaal/gateway.js";
import { Decimal } from "#shared/geld/decimal.js";
import {
  LEEG_SALDO,
  reconcilieert,
  type Saldo,
  saldoTekst,
  telOp,
} from "#shared/grootboek/saldo.js";
import { betaalopdrachtSleutel } from "#shared/voorschot/betaalopdracht.js";
import { zorgVoorBankrekening } from "../bank/opzet.js";
import { uniek, zeker } from "../fixture/index.js";
import { startApi } from "../http/api.js";

let gw: Gateway;
beforeAll(async () => {
  gw = await startApi(); // sets the emulator configuration the data layer reads
}, 60_000);
afterAll(async () => {
  await gw?.stop();
  sluitClients();
});

const ctx = (sub: string): { wie: Actor; nu: Date; correlatieId: string } => ({
  wie: { sub, rol: "zorgkantoor-beheer" },
  nu: new Date("2026-01-15T10:00:00Z"),
  correlatieId: uniek("eigenschap"),
});

type Stap =
  | { soort: "opdracht"; zaak: number; maand: number; centen: number }
  | { soort: "vrijgave"; zk: number; maand: number };

const stap: fc.Arbitrary<Stap> = fc.oneof(
  fc.record({
    soort: fc.constant("opdracht" as const),
    zaak: fc.integer({ min: 0, max: 2 }),
    maand: fc.integer({ min: 1, max: 3 }),
    centen: fc.integer({ min: 1, max: 10_000_000_00 }),
  }),
  fc.record({
    soort: fc.constant("vrijgave" as const),
    zk: fc.integer({ min: 0, max: 1 }),
    maand: fc.integer({ min: 1, max: 3 }),
  }),
);

let jaar = 2090;

async function voerUit(stappen: readonly Stap[]): Promise<void> {
  jaar += 1;
  const zks = [uniek("zk-grootboek"), uniek("zk-grootboek")];
  // Cases 0 and 1 at the first zorgkantoor, case 2 at the second.
  const zaken = [0, 1, 2].map((i) => ({
    id: uniek("aanvraag-grootboek"),
    aanbiederId: uniek("aanbieder-grootboek"),
    zorgkantoorId: zks[i === 2 ? 1 : 0]!,
  }));
  // §15.5: a release needs each aanbieder's approved bank account.
  await Promise.all(zaken.map((z) => zorgVoorBankrekening(z.aanbiederId, z.aanbiederId)));
  const landelijkVoor = await landelijkSaldo(jaar);
  const versies = new Map<string, number>();
  for (const s of stappen) {
    if (s.soort === "opdracht") {
      const z = zaken[s.zaak]!;
      const v = (versies.get(`${s.zaak}#${s.maand}`) ?? 0) + 1;
      versies.set(`${s.zaak}#${s.maand}`, v);
      const delen = {
        aanbieder: z.aanbiederId,
        zorgkantoor: z.zorgkantoorId,
        jaar,
        maand: s.maand,
        basisVersie: v,
      };
      const bedrag = new Decimal(s.centen).dividedBy(100);
      zeker(
        await schrijfBetaalopdracht(
          z,
          { ...delen, sleutel: betaalopdrachtSleutel(delen), bedrag, doel: bedrag },
          ctx("maandrun"),
        ),
      );
      continue;
    }
    const zk = zks[s.zk]!;
    const [opdrachten, batches] = await Promise.all([
      betaalopdrachtenVanMaand(zk, jaar, s.maand),
      betaalbatchesVanMaand(zk, jaar, s.maand),
    ]);
    const inBatch = new Set(batches.flatMap((b) => b.opdrachten.map((o) => o.sleutel)));
    const open = opdrachten.filter((o) => !inBatch.has(o.sleutel));
    if (open.length === 0) continue;
    const b = zeker(
      await stelBetaalbatchVoor(zk, jaar, s.maand, batches.length + 1, open, ctx("voorsteller")),
    );
    zeker(await geefBetaalbatchVrij(b, b.versie, ctx("vrijgever")));
  }

  const perZaak = await Promise.all(
    zaken.map(async (z) => ({
      z,
      saldo: await saldoVanZaak(z.id),
      boekingen: await boekingenVanZaak(z.id),
    })),
  );
  for (const { saldo, boekingen } of perZaak) {
    const r = reconcilieert(undefined, boekingen, saldo);
    expect(r.ok, r.ok ? "" : r.fout.melding).toBe(true);
    // Nothing is paid that was not ordered.
    expect(saldo.betaald.lte(saldo.besteld)).toBe(true);
  }
  const som = (lijst: readonly Saldo[]) => lijst.reduce(telOp, LEEG_SALDO);
  for (const zk of zks)
    expect(saldoTekst(await saldoVanZorgkantoorJaar(zk, jaar))).toEqual(
      saldoTekst(som(perZaak.filter((p) => p.z.zorgkantoorId === zk).map((p) => p.saldo))),
    );
  const landelijkNa = await landelijkSaldo(jaar);
  expect(saldoTekst(som([landelijkVoor, som(perZaak.map((p) => p.saldo))]))).toEqual(
    saldoTekst(landelijkNa),
  );
}

describe("grootboek in DynamoDB (§15.3), eigenschappen", () => {
  it("elke zaak reconcilieert en de saldi per zorgkantoor en landelijk zijn de som van de zaken", async () => {
    await fc.assert(fc.asyncProperty(fc.array(stap, { minLength: 1, maxLength: 12 }), voerUit), {
      numRuns: 6,
    });
  }, 120_000);
});
