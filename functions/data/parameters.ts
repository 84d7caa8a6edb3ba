// docs/regels.md §3.1 and §2 ("year parameters, versioned; a change never rewrites decisions already
// taken"): the versions landelijk-beheer enters, one immutable item per (jaar, versie). A new
// version is put-if-absent on its number, so two concurrent entries cannot both become the same
// version: the second is refused (409) and nothing of it is written.

import {
  type JaarParameters,
  type JaarParametersInvoer,
  parametersVoor,
} from "#shared/parameters/jaarparameters.js";
import { conflict } from "../lib/probleem.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { type Item, zoek } from "./lezen.js";
import { PARAMETERVERSIE_PREFIX, parametersPk, parameterversieSleutel } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { onveranderlijk, type Schrijfactie } from "./voorwaarden.js";

export interface IngevoerdeVersie {
  parameters: JaarParametersInvoer;
  /** ISO instant ("now" of the request that entered it). */
  ingevoerdOp: string;
  ingevoerdDoor: string;
}

const alsVersie = (i: Item): IngevoerdeVersie => ({
  parameters: i.parameters as JaarParametersInvoer,
  ingevoerdOp: String(i.ingevoerdOp),
  ingevoerdDoor: String(i.ingevoerdDoor),
});

/** The entered versions of a year, oldest first (the shipped/carried version 1 is not stored). */
const versies = vooruitLeesbaar("parameterversies", async (jaar: number) => {
  const items = await zoek({ pk: parametersPk(jaar), begintMet: PARAMETERVERSIE_PREFIX });
  return items.map(alsVersie);
});
export const ingevoerdeVersies: (jaar: number) => Promise<IngevoerdeVersie[]> = versies.lees;
/** Started beside the membership lookup by a route that needs the year's parameters (lib/vooruit.ts). */
export const parametersVooruit = versies.vooruit;

/**
 * THE parameters in force for `jaar` on a request path: the newest entered version, else the
 * shipped one, else the 2020 values carried to that year (shared/parameters `parametersVoor`).
 */
export async function parametersInGebruik(jaar: number): Promise<JaarParameters> {
  const ingevoerd = await ingevoerdeVersies(jaar);
  return parametersVoor(
    jaar,
    ingevoerd.map((v) => v.parameters),
  );
}

/**
 * Stores `parameters` (its versie already assigned by the caller: latest + 1) with the audit
 * record of the change (before/after) in one transaction. A version number taken meanwhile → 409.
 */
export async function voerParametersIn(
  parameters: JaarParametersInvoer,
  voor: JaarParametersInvoer,
  ctx: Schrijfcontext,
  /** Writes that belong with the new version (the national counter, kaders.ts). */
  samen: readonly Schrijfactie[] = [],
): Promise<TransactieUitkomst<IngevoerdeVersie>> {
  const versie: IngevoerdeVersie = {
    parameters,
    ingevoerdOp: ctx.nu.toISOString(),
    ingevoerdDoor: ctx.wie.sub,
  };
  const r = await schrijfTransactie(
    [
      onveranderlijk(
        {
          ...parameterversieSleutel(parameters.jaar, parameters.versie),
          soort: "parameters",
          jaar: parameters.jaar,
          ...versie,
        },
        {
          status: 409,
          code: conflict().code,
          melding: `versie ${parameters.versie} van de parameters voor ${parameters.jaar} is intussen door iemand anders ingevoerd; laad de parameters opnieuw`,
        },
      ),
      ...samen,
    ],
    {
      gebeurtenis: "parameters_gewijzigd",
      onderwerp: parametersPk(parameters.jaar),
      voor,
      na: parameters,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: versie } : r;
}
