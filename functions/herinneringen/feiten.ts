// docs/regels.md §10: the facts the obligation rule (shared/herinneringen/afleiding.ts)
// needs, read from the table — per zorgkantoor from its work list (gsi1) for the job and the
// zorgkantoor's view, per aanbieder from its own aanvragen (gsi2) for the aanbieder's view. No
// Scan: every read is a GetItem or a Query on one partition. What a case with an agreement needs of
// its realisaties and documents is kept on the case (data/herinneringsfeiten.ts); only a case from
// before that is read per case (data/zaakverzameling.ts).
import type { Feiten, ZaakFeiten } from "#shared/herinneringen/afleiding.js";
import { dagVan } from "#shared/kalender/tijd.js";
import { type AanvraagRecord, aanvragenVanAanbieder, werklijst } from "../data/aanvragen.js";
import { leesAudit } from "../data/audit.js";
import {
  bijgehoudenFeiten,
  type Herinneringsfeiten,
  leesHerinneringsfeiten,
} from "../data/herinneringsfeiten.js";
import { zorgkantoorPk } from "../data/sleutels.js";

/** Budget years whose obligations can have a moment in calendar year t (Amsterdam). */
export const jarenRond = (op: Date): number[] => {
  const t = dagVan(op).jaar;
  return [t - 1, t, t + 1];
};

export async function zaakFeiten(a: AanvraagRecord): Promise<ZaakFeiten> {
  const metAfspraak = a.afspraak !== undefined;
  return {
    ...zaakbasis(a),
    afspraak: metAfspraak,
    ...(metAfspraak ? (bijgehoudenFeiten(a) ?? (await leesHerinneringsfeiten(a))) : geenFeiten),
  };
}

const geenFeiten: Herinneringsfeiten = { realisaties: [], accountantsrapport: false };

function zaakbasis(a: AanvraagRecord) {
  return {
    id: a.id,
    aanbiederId: a.aanbiederId,
    zorgkantoorId: a.zorgkantoorId,
    jaar: a.jaar,
    toestand: a.toestand,
    ontvangen: a.ontvangenOp ? dagVan(new Date(a.ontvangenOp)) : null,
    // The vaststelling is stored on the case and as the agreement of kind "vaststelling" (§9.3).
    vastgesteld: a.afspraak?.soort === "vaststelling" || a.overig.vaststelling !== undefined,
    behandelaar: a.overig.behandelaar?.sub ?? null,
  };
}

/**
 * The years a zorgkantoor decided its herschikking: the decision leaves an audit record on the
 * zorgkantoor with the year, also when it changed no agreement — "herschikking_goedgekeurd" since
 * §15.2's four eyes, "herschikking_besloten" for decisions taken before.
 */
async function herschiktIn(zorgkantoorId: string): Promise<Feiten["herschikt"]> {
  const trail = await leesAudit(zorgkantoorPk(zorgkantoorId));
  return trail
    .filter(
      (r) =>
        r.gebeurtenis === "herschikking_goedgekeurd" || r.gebeurtenis === "herschikking_besloten",
    )
    .map((r) => (r.na as { jaar?: unknown } | undefined)?.jaar)
    .filter((jaar): jaar is number => typeof jaar === "number")
    .map((jaar) => ({ zorgkantoorId, jaar }));
}

export async function feitenVanZorgkantoor(
  zorgkantoorId: string,
  jaren: readonly number[],
): Promise<Feiten> {
  // The audit trail is read beside the work lists, not after them.
  const [zaken, herschikt] = await Promise.all([
    Promise.all(jaren.map((j) => werklijst(zorgkantoorId, j))),
    herschiktIn(zorgkantoorId),
  ]);
  return { zaken: await Promise.all(zaken.flat().map(zaakFeiten)), herschikt };
}

/** An aanbieder's own cases: enough for its obligations (the zorgkantoor's are not asked for). */
export async function feitenVanAanbieder(
  aanbiederId: string,
  jaren: readonly number[],
): Promise<Feiten> {
  const zaken = (await aanvragenVanAanbieder(aanbiederId)).filter((a) => jaren.includes(a.jaar));
  return { zaken: await Promise.all(zaken.map(zaakFeiten)), herschikt: [] };
}
