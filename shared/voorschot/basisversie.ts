// docs/regels.md §6: the voorschot basis B as a list of versions. Version 1 is the agreement of the
// addendum; a realisatie window (§7) or the herschikking (§8) adds a version that applies from
// its month on. Earlier versions stay, so every past payment can be explained.
import type { Decimal } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

export interface BasisVersie {
  /** First month (1–12 of year t) in which this basis applies. */
  vanafMaand: number;
  /** B: the agreed kwaliteitsbudget incl. compensatie, or the adjusted basis. */
  bedrag: Decimal;
  /** Increasing number of the decision; part of the payment-order key. */
  versie: number;
}

/**
 * The basis in force in `maand`: of the versions that apply by then, the newest decision (highest
 * versie) wins — a later decision replaces an earlier one from its own month on, also when it
 * starts earlier than that one.
 */
export function geldendeBasis(
  versies: readonly BasisVersie[],
  maand: number,
): BasisVersie | undefined {
  let gevonden: BasisVersie | undefined;
  for (const v of versies) {
    if (v.vanafMaand <= maand && (!gevonden || v.versie > gevonden.versie)) gevonden = v;
  }
  return gevonden;
}

const isMaandnummer = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

/** Checks what the type cannot: months 1–12, non-negative amounts, unique positive versions. */
export function controleerBasis(
  versies: readonly BasisVersie[],
  veld = "basis",
): Resultaat<readonly BasisVersie[]> {
  if (versies.length === 0)
    return fout("BASIS_ONTBREEKT", veld, `${veld}: geef minstens één basis op`);
  const gezien = new Set<number>();
  for (const [i, v] of versies.entries()) {
    const pad = `${veld}[${i}]`;
    if (!isMaandnummer(v.vanafMaand))
      return fout(
        "ONGELDIGE_INVOER",
        `${pad}.vanafMaand`,
        `${pad}.vanafMaand: maand moet tussen 1 en 12 liggen`,
      );
    if (!v.bedrag.isFinite() || v.bedrag.isNegative())
      return fout("ONGELDIGE_INVOER", `${pad}.bedrag`, `${pad}.bedrag: mag niet negatief zijn`);
    if (!Number.isInteger(v.versie) || v.versie < 1)
      return fout(
        "ONGELDIGE_INVOER",
        `${pad}.versie`,
        `${pad}.versie: moet een geheel getal vanaf 1 zijn`,
      );
    if (gezien.has(v.versie))
      return fout(
        "DUBBELE_VERSIE",
        `${pad}.versie`,
        `${pad}.versie: versie ${v.versie} komt twee keer voor`,
      );
    gezien.add(v.versie);
  }
  return ok(versies);
}

/**
 * §7, §8: a decision adds a basis version from `vanafMaand` on, numbered after every earlier one;
 * the earlier versions stay.
 */
export function metNieuweBasis<T extends { basis: readonly BasisVersie[] }>(
  afspraak: T,
  vanafMaand: number,
  bedrag: Decimal,
): { afspraak: T; versie: number } {
  // geheel getal: a version counter of the basis, not an amount.
  const versie = Math.max(...afspraak.basis.map((b) => b.versie)) + 1;
  return {
    afspraak: { ...afspraak, basis: [...afspraak.basis, { vanafMaand, bedrag, versie }] },
    versie,
  };
}
