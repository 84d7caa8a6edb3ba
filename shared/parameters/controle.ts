// DOMAIN.md §3.1: year parameters that would make a rule meaningless are refused, naming the
// field. Pure; functions/parameters/controle.ts adds the checks that need stored data.
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
