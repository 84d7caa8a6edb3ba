// docs/regels.md §12: the audit trail of a whole zorgkantoor (its cases, batches, kader and
// organisation) for its beheer, and of everything for landelijk-beheer — newest first, paged,
// filtered by period, user and kind of change, with the changes as lines and autosaves collapsed.
import type { Partij } from "#shared/gebeurtenissen.js";
import { begin, dagTekst, dagVan, eindeExclusief } from "#shared/kalender/tijd.js";
import type { AuditFilter, AuditRecord } from "../data/audit.js";
import { leesAuditOverzicht } from "../data/audit.js";
import type { Startsleutel } from "../data/lezen.js";
import { auditMaandGsi1, auditZorgkantoorGsi2 } from "../data/sleutels.js";
import { cursorVan, limietVan, startVan } from "../lib/paginering.js";
import type { Operatie } from "../lib/verzoek.js";
import { eisZorgkantoorInScope } from "../lib/zorgkantoorscope.js";
import type { RouteVan } from "../routes.js";
import type { AuditOverzichtQuery } from "./schemas.js";
import { samengevat, wijzigingen } from "./wijzigingen.js";

const filterVan = (q: AuditOverzichtQuery): AuditFilter => ({
  ...(q.van && { van: begin(q.van).toISOString() }),
  ...(q.tot && { tot: new Date(eindeExclusief(q.tot).getTime() - 1).toISOString() }),
  ...(q.gebruiker && { gebruiker: q.gebruiker }),
  ...(q.soort && { gebeurtenis: q.soort }),
});

const regel = (r: AuditRecord & { aantal: number }) => ({
  gebeurtenis: r.gebeurtenis,
  omschrijving: r.omschrijving,
  onderwerp: r.onderwerp,
  aanbiederId: r.aanbiederId ?? null,
  zorgkantoorId: r.zorgkantoorId ?? null,
  wie: r.wie,
  wanneer: r.wanneer,
  reden: r.reden ?? null,
  wijzigingen: wijzigingen(r.voor, r.na),
  aantal: r.aantal,
  correlatieId: r.correlatieId,
});

/** A cursor must continue this list: its index partition, an audit moment as sort key. */
const start = (cursor: string | undefined, index: "gsi1" | "gsi2", pk: string) =>
  startVan(cursor, {
    pk: (w) => w.length > 0,
    sk: (w) => w.startsWith("AUDIT#"),
    [`${index}pk`]: (w: string) => w === pk,
    [`${index}sk`]: (w: string) => /^\d{4}-\d\d-\d\dT/.test(w),
  }) as Startsleutel | undefined;

export const auditVanZorgkantoor: Operatie<RouteVan<"auditVanZorgkantoor">> = async (v) => {
  const { zorgkantoorId } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId, true);
  // landelijk-beheer reads what the zorgkantoor reads (§1), plus what is addressed to itself.
  const partijen: Partij[] = v.gebruiker.lidmaatschappen.some((l) => l.rol === "landelijk-beheer")
    ? ["zorgkantoor", "landelijk"]
    : ["zorgkantoor"];
  const { records, volgende } = await leesAuditOverzicht(
    { zorgkantoorId },
    partijen,
    filterVan(v.query),
    limietVan(v.query),
    start(v.query.cursor, "gsi2", auditZorgkantoorGsi2(zorgkantoorId)),
  );
  return {
    body: { zorgkantoorId, regels: samengevat(records).map(regel), volgende: cursorVan(volgende) },
  };
};

export const auditLandelijk: Operatie<RouteVan<"auditLandelijk">> = async (v) => {
  const maand = v.query.maand ?? dagTekst(dagVan(v.nu)).slice(0, 7);
  const { records, volgende } = await leesAuditOverzicht(
    { maand },
    ["aanbieder", "zorgkantoor", "landelijk"],
    filterVan(v.query),
    limietVan(v.query),
    start(v.query.cursor, "gsi1", auditMaandGsi1(maand)),
  );
  return { body: { maand, regels: samengevat(records).map(regel), volgende: cursorVan(volgende) } };
};
