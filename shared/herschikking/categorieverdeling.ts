// docs/regels.md §15.2 on the two levels of an agreement: the new total of an aanbieder over personeel
// and overige, and — when the agreement carries agreed amounts per overige line (§15.1) — the new
// overige over those lines. Both levels use the one rule of verdeling.ts.

import { som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import { type VerdeeldOnderdeel, type VerdeelOnderdeel, verdeelNieuwTotaal } from "./verdeling.js";

export type Categorie = Omit<VerdeelOnderdeel, "id">;

export interface AfspraakPerCategorie {
  personeel: Categorie;
  overige: Categorie;
  /** §15.1: Q, A (and P) per overige line; Σ afgesproken equals overige.afgesproken. */
  overigeRegels?: readonly VerdeelOnderdeel[];
}

export interface NieuweAfspraakPerCategorie {
  personeel: Decimal;
  overige: Decimal;
  /** Present when the agreement had overige lines: the new agreed amount per line. */
  overigeRegels?: VerdeeldOnderdeel[];
}

/** §15.2: the new total over the categories, then the new overige over its lines. */
export function verdeelOverCategorieen(
  a: AfspraakPerCategorie,
  nieuwTotaal: Decimal,
): Resultaat<NieuweAfspraakPerCategorie> {
  const r = verdeelNieuwTotaal(
    [
      { id: "personeel", ...a.personeel },
      { id: "overige", ...a.overige },
    ],
    nieuwTotaal,
    "categorieen",
  );
  if (!r.ok) return r;
  const [personeel, overige] = r.waarde as [VerdeeldOnderdeel, VerdeeldOnderdeel];
  if (!a.overigeRegels) return ok({ personeel: personeel.nieuw, overige: overige.nieuw });
  const regelsAfgesproken = som(a.overigeRegels.map((l) => l.afgesproken));
  if (!regelsAfgesproken.equals(a.overige.afgesproken))
    return fout(
      "OVERIGE_REGELS_WIJKEN_AF",
      "overigeRegels",
      `overigeRegels: de regels zijn samen ${euro(regelsAfgesproken)}, de afgesproken overige ${euro(a.overige.afgesproken)} (§15.1: de overige is de som van haar regels)`,
    );
  const regels = verdeelNieuwTotaal(a.overigeRegels, overige.nieuw, "overigeRegels");
  if (!regels.ok) return regels;
  return ok({ personeel: personeel.nieuw, overige: overige.nieuw, overigeRegels: regels.waarde });
}
