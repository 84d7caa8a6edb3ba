// DOMAIN.md §15.7: the stored distribution of the national remainder as the API answers it, and
// per case whether its allotment is ordered or paid — from the ledger (§15.3: "paid" means
// released in a batch, the same everywhere).
import { NUL } from "../../shared/geld/decimal.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { betaaldPerOpdracht, boekingenVanZaak } from "../data/grootboek.js";
import type { RestantverdelingRecord } from "../data/restantverdeling.js";

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

/** "opgedragen" while its payment order waits for a batch, "betaald" once released; else null. */
export async function restantNabetaling(
  r: AanvraagRecord,
): Promise<{ bedrag: string; status: "opgedragen" | "betaald" } | null> {
  const t = r.overig.restanttoekenning;
  if (!t) return null;
  const betaald = betaaldPerOpdracht(await boekingenVanZaak(r.id)).get(t.sleutel) ?? NUL;
  return { bedrag: t.bedrag, status: betaald.gte(t.bedrag) ? "betaald" : "opgedragen" };
}
