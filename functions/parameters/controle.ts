// DOMAIN.md §3.1 and §5.3: the checks a new version of the year parameters must pass beyond its
// schema. Pure: the kaders already set for the year are an input.

import { controleerRegionaleKaders } from "../../shared/beoordeling/toekenning.js";
import { som } from "../../shared/geld/bedrag.js";
import type { Decimal } from "../../shared/geld/decimal.js";
import { controleerZinvol } from "../../shared/parameters/controle.js";
import type { JaarParameters } from "../../shared/parameters/jaarparameters.js";
import type { Fout } from "../../shared/resultaat.js";

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
  // Weights and percentages that make a rule meaningless first (shared/parameters/controle.ts).
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
