// docs/regels.md §3.1 and §5.3: the checks a new version of the year parameters must pass beyond its
// schema: values that would make a rule meaningless, the §3.1 table's sums, and the kaders
// already set for the year (an input: pure, no I/O). A refusal names the field.
import { controleerRegionaleKaders } from "../beoordeling/toekenning.js";
import { som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import type { Fout } from "../resultaat.js";
import { type JaarParameters, ZORGPROFIELEN } from "./jaarparameters.js";

/**
 * The fractions of §3.1 [portal rule]: 0 would make the rule say nothing (no reservering, no
 * voorschot, a richtlijn that any aanvraag meets, a warning on every production change), and more
 * than 1 (100%) is not a share.
 */
export const PERCENTAGES = [
  "richtlijnPersoneel",
  "reserveringspercentage",
  "voorschotpercentage",
  "productieAfwijkingSignaal",
] as const;

type Gecontroleerd = Pick<JaarParameters, "gewichten" | (typeof PERCENTAGES)[number]>;

/** Weights > 0 (§9.1: a weight of 0 or less drops or inverts a zorgprofiel in the index). */
export function controleerZinvol(p: Gecontroleerd): Fout[] {
  const fouten: Fout[] = [];
  for (const k of ZORGPROFIELEN) {
    const w = p.gewichten[k];
    if (w !== undefined && !w.gt(0))
      fouten.push({
        code: "GEWICHT_NIET_POSITIEF",
        veld: `gewichten.${k}`,
        melding: `gewichten.${k}: een gewicht moet groter dan 0 zijn; bij 0 of minder telt zorgprofiel ${k} niet of averechts mee in de cliëntmix-index (§9.1)`,
      });
  }
  for (const veld of PERCENTAGES) {
    const w = p[veld];
    if (!w.gt(0) || w.gt(1))
      fouten.push({
        code: "PERCENTAGE_ONGELDIG",
        veld,
        melding: `${veld}: moet groter dan 0 en hoogstens 1 (100%) zijn (0.75 betekent 75%); bij 0 zegt de regel niets`,
      });
  }
  return fouten;
}

type Nieuw = Omit<JaarParameters, "versie">;

const fout = (code: string, veld: string, melding: string): Fout => ({
  code,
  veld,
  melding: `${veld}: ${melding}`,
});

/**
 * [portal rule] §3.1's table: landelijk budget = compensatie + beschikbaar voor personeel/overig
 * (2020: 1.100 = 125 + 975 mln), all non-negative; the loonkosten band is a band (min ≤ max); and
 * a lower budget may not fall below the regional kaders already set for the year (§5.3).
 */
export function controleerParameters(
  p: Nieuw,
  kaders: readonly { zorgkantoor: string; bedrag: Decimal }[],
): Fout[] {
  // Weights and percentages that make a rule meaningless first.
  const fouten: Fout[] = controleerZinvol(p);
  for (const veld of ["landelijkBudget", "compensatie", "beschikbaarPersoneelOverig"] as const)
    if (p[veld].isNegative()) fouten.push(fout("NEGATIEF_BEDRAG", veld, "mag niet negatief zijn"));
  if (!som([p.compensatie, p.beschikbaarPersoneelOverig]).eq(p.landelijkBudget))
    fouten.push(
      fout(
        "PARAMETERS_TELLEN_NIET_OP",
        "beschikbaarPersoneelOverig",
        "compensatie plus beschikbaar voor personeel en overig moet gelijk zijn aan het landelijke budget",
      ),
    );
  if (p.loonkostenBand.min.gt(p.loonkostenBand.max))
    fouten.push(fout("ONGELDIGE_BAND", "loonkostenBand.max", "mag niet lager zijn dan min"));
  if (p.loonkostenBand.min.isNegative())
    fouten.push(fout("NEGATIEF_BEDRAG", "loonkostenBand.min", "mag niet negatief zijn"));
  fouten.push(
    ...controleerRegionaleKaders(kaders, p.landelijkBudget, p.jaar).map((f) => ({
      ...f,
      veld: "landelijkBudget",
      melding: `landelijkBudget: ${f.melding}`,
    })),
  );
  return fouten;
}
