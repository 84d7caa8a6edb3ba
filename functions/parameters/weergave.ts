// docs/regels.md §3.1, §11: parameters and kaders as plain JSON — amounts as text with two decimals,
// rates and weights as exact decimal text (not rounded: §11 rounds produced amounts only).

import type { z } from "zod";
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { JaarParameters, Zorgprofiel } from "#shared/parameters/jaarparameters.js";
import type { Kader } from "../data/kaders.js";
import type { KaderSchema, ParametersSchema } from "./schemas.js";

export function parametersJson(p: JaarParameters): z.input<typeof ParametersSchema> {
  const gewichten = Object.fromEntries(
    Object.entries(p.gewichten).map(([k, d]) => [k, d.toString()]),
  ) as Record<Zorgprofiel, string>;
  return {
    jaar: p.jaar,
    versie: p.versie,
    landelijkBudget: bedragTekst(p.landelijkBudget),
    compensatie: bedragTekst(p.compensatie),
    beschikbaarPersoneelOverig: bedragTekst(p.beschikbaarPersoneelOverig),
    richtlijnPersoneel: p.richtlijnPersoneel.toString(),
    reserveringspercentage: p.reserveringspercentage.toString(),
    voorschotpercentage: p.voorschotpercentage.toString(),
    basisjaar: p.basisjaar,
    gewichten,
    loonkostenBand: {
      min: bedragTekst(p.loonkostenBand.min),
      max: bedragTekst(p.loonkostenBand.max),
    },
    productieAfwijkingSignaal: p.productieAfwijkingSignaal.toString(),
  };
}

export const kaderJson = (k: Kader): z.input<typeof KaderSchema> => ({
  zorgkantoorId: k.zorgkantoorId,
  jaar: k.jaar,
  kader: bedragTekst(k.kader),
  afgesproken: bedragTekst(k.afgesproken),
  ruimte: bedragTekst(k.ruimte),
  versie: k.versie,
  margeVrijgegeven: k.margeVrijgegeven ?? null,
});
