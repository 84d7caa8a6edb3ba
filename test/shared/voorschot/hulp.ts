// Test helpers for §6: build a VoorschotAfspraak from edge-form strings, and an exact oracle for
// T(m) in whole cents with BigInt (independent of Decimal).
import { Decimal } from "#shared/geld/decimal.js";
import type { Dag } from "#shared/kalender/tijd.js";
import type { VoorschotAfspraak } from "#shared/voorschot/afspraak.js";
import type { BasisVersie } from "#shared/voorschot/basisversie.js";

export const d = (s: string) => new Decimal(s);

export const dag = (s: string): Dag => {
  const [jaar, maand, dagnr] = s.split("-").map(Number) as [number, number, number];
  return { jaar, maand, dag: dagnr };
};

export const versie = (vanafMaand: number, bedrag: string, v: number): BasisVersie => ({
  vanafMaand,
  bedrag: d(bedrag),
  versie: v,
});

export function afspraak(
  getekendOp: string,
  bedrag: string,
  aanpassingen: BasisVersie[] = [],
  percentage = "0.75",
): VoorschotAfspraak {
  return {
    jaar: 2020,
    percentage: d(percentage),
    getekendOp: dag(getekendOp),
    basis: [versie(1, bedrag, 1), ...aanpassingen],
  };
}

/** n / d rounded half-up, for n, d ≥ 0. */
export const halfUp = (n: bigint, noemer: bigint): bigint => (2n * n + noemer) / (2n * noemer);

/** Cents → "1234.50". */
export const centTekst = (c: bigint): string => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
