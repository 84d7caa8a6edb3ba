// docs/regels.md §15.7: the stored distribution of the national remainder as the API answers it, and
// per case whether its allotment is ordered or paid — from the ledger (§15.3: "paid" means
// released in a batch, the same everywhere; §15.4: what settled a vordering is not paid out).
import { NUL } from "#shared/geld/decimal.js";
import { openPosten } from "#shared/grootboek/posten.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { boekingenVanZaak } from "../data/grootboek.js";
import type { RestantverdelingRecord } from "../data/restantverdeling.js";
import { uitFout } from "../lib/probleem.js";

export function verdelingAntwoord(d: RestantverdelingRecord) {
  const toekenningen = d.regels.filter((l) => l.toegekend !== "0.00");
  return {
    jaar: d.jaar,
    versie: d.versie,
    status: d.status,
    voorgesteldDoor: d.voorgesteldDoor.sub,
    voorgesteldOp: d.voorgesteldOp,
    goedgekeurdDoor: d.goedgekeurdDoor?.sub ?? null,
    besluitOp: d.besluitOp ?? null,
    restant: d.restant,
    totaalClaims: d.totaalClaims,
    totaalToegekend: d.totaalToegekend,
    naarRato: d.naarRato,
    aantalToekenningen: toekenningen.length,
    toekenningen,
  };
}

/**
 * "opgedragen" while its payment order is open, "betaald" once released — or, for the part that
 * settled a vordering of another year (§15.4, `verrekend`), offset; else null.
 */
export async function restantNabetaling(
  r: AanvraagRecord,
): Promise<{ bedrag: string; verrekend: string; status: "opgedragen" | "betaald" } | null> {
  const t = r.overig.restanttoekenning;
  if (!t) return null;
  const posten = openPosten(await boekingenVanZaak(r.id));
  if (!posten.ok) throw uitFout(posten.fout, 409);
  const open = posten.waarde.find((p) => p.sleutel === t.sleutel)?.open ?? NUL;
  return {
    bedrag: t.bedrag,
    verrekend: t.verrekend ?? "0.00",
    status: open.gt(0) ? "opgedragen" : "betaald",
  };
}
