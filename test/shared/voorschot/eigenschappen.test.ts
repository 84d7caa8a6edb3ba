import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { round2, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { type Dag, vergelijkDag } from "#shared/kalender/tijd.js";
import type { VoorschotAfspraak } from "#shared/voorschot/afspraak.js";
import type { BasisVersie } from "#shared/voorschot/basisversie.js";
import { betalingVoorMaand, type GedaneOpdracht } from "#shared/voorschot/betaalopdracht.js";
import { betaalschema } from "#shared/voorschot/betaalschema.js";
import { centTekst, halfUp } from "./hulp.js";

// §6 invariants over any basis B (0 … 10^10 with cents), any p (0..1, up to 4 decimals) and any
// signing day in t−1..t. The oracle computes T(m) in whole cents with BigInt.
const JAAR = 2020;
const centen = fc.bigInt({ min: 0n, max: 10n ** 12n });
const basispunten = fc.bigInt({ min: 0n, max: 10_000n }); // p × 10^4
const getekendOp = fc.integer({ min: 0, max: 730 }).map((n): Dag => {
  const t = new Date(Date.UTC(JAAR - 1, 0, 1 + n));
  return { jaar: t.getUTCFullYear(), maand: t.getUTCMonth() + 1, dag: t.getUTCDate() };
});
const bedrag = (c: bigint) => new Decimal(c.toString()).dividedBy(100);
const percentage = (bp: bigint) => new Decimal(bp.toString()).dividedBy(10_000);

const aanpassingen = fc.array(
  fc.record({ vanafMaand: fc.integer({ min: 1, max: 12 }), c: centen }),
  { maxLength: 5 },
);

function maak(bp: bigint, c: bigint, dag: Dag, extra: { vanafMaand: number; c: bigint }[] = []) {
  const basis: BasisVersie[] = [
    { vanafMaand: 1, bedrag: bedrag(c), versie: 1 },
    ...extra.map((x, i) => ({ vanafMaand: x.vanafMaand, bedrag: bedrag(x.c), versie: i + 2 })),
  ];
  return { jaar: JAAR, percentage: percentage(bp), getekendOp: dag, basis } as VoorschotAfspraak;
}

describe("eigenschappen van het voorschot (§6)", () => {
  it("betaalt per jaar exact round₂(p × B) bij ondertekening uiterlijk 1 april, anders de gedekte maanden, en nooit negatief", () => {
    fc.assert(
      fc.property(basispunten, centen, getekendOp, (bp, c, dag) => {
        const r = betaalschema(maak(bp, c, dag));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const s = r.waarde;
        expect(s.betalingen.every((b) => !b.bedrag.isNegative())).toBe(true);
        expect(som(s.betalingen.map((b) => b.bedrag)).equals(s.totaal)).toBe(true);
        const terugwerkend = vergelijkDag(dag, { jaar: JAAR, maand: 4, dag: 1 }) <= 0;
        const m0 = terugwerkend ? 1 : dag.maand;
        const maanden = BigInt(13 - m0);
        expect(s.totaal.toFixed(2)).toBe(centTekst(halfUp(bp * c * maanden, 120_000n)));
        if (terugwerkend)
          expect(s.totaal.equals(round2(percentage(bp).times(bedrag(c))))).toBe(true);
        // every cumulative target T(m) is the oracle's
        for (const b of s.betalingen)
          expect(b.doel.toFixed(2)).toBe(
            centTekst(halfUp(bp * c * BigInt(b.maand - m0 + 1), 120_000n)),
          );
      }),
    );
  });

  it("betaalt met willekeurige aanpassingen nooit negatief en nooit meer dan round₂(p × hoogste basis)", () => {
    fc.assert(
      fc.property(basispunten, centen, getekendOp, aanpassingen, (bp, c, dag, extra) => {
        const a = maak(bp, c, dag, extra);
        const r = betaalschema(a);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const s = r.waarde;
        const hoogste = a.basis.reduce((m, v) => (v.bedrag.gt(m) ? v.bedrag : m), new Decimal(0));
        const grens = round2(a.percentage.times(hoogste));
        let cumulatief = new Decimal(0);
        for (const b of s.betalingen) {
          expect(b.bedrag.isNegative()).toBe(false);
          cumulatief = cumulatief.plus(b.bedrag);
          expect(cumulatief.lte(grens)).toBe(true);
        }
        expect(s.totaal.gte(s.jaardoel)).toBe(true);
        expect(s.teVerrekenen.equals(s.totaal.minus(s.jaardoel))).toBe(true);
      }),
    );
  });

  it("bestelt met de maandtaak, ook als die elke maand twee keer draait, precies het betaalschema", () => {
    fc.assert(
      fc.property(basispunten, centen, getekendOp, aanpassingen, (bp, c, dag, extra) => {
        const a = maak(bp, c, dag, extra);
        const opdrachten: GedaneOpdracht[] = [];
        for (let maand = 1; maand <= 12; maand++) {
          for (let keer = 0; keer < 2; keer++) {
            const r = betalingVoorMaand({
              aanbieder: "A",
              zorgkantoor: "Z",
              afspraak: a,
              maand,
              opdrachten,
            });
            expect(r.ok).toBe(true);
            if (r.ok && r.waarde.soort === "opdracht") {
              expect(keer).toBe(0);
              expect(r.waarde.opdracht.bedrag.gt(0)).toBe(true);
              opdrachten.push(r.waarde.opdracht);
            }
          }
        }
        const s = betaalschema(a);
        if (!s.ok) return expect(s.ok).toBe(true);
        const verwacht = s.waarde.betalingen
          .filter((b) => b.bedrag.gt(0))
          .map((b) => [b.maand, b.bedrag.toFixed(2)]);
        expect(opdrachten.map((o) => [o.maand, o.bedrag.toFixed(2)])).toEqual(verwacht);
        expect(new Set(opdrachten.map((o) => `${o.maand}/${o.basisVersie}`)).size).toBe(
          opdrachten.length,
        );
      }),
    );
  });
});
