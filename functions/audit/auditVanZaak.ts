// docs/regels.md §12: the audit trail of one case, oldest first, one page per call (cursor) — for the aanbieder of the case, the
// users of its zorgkantoor and landelijk-beheer (read); outside that scope 404 as for a missing
// case (§1). Each record shows only to the parties shared/gebeurtenissen.ts names for it (stored
// with the record): the aanbieder does not see e.g. a proposal awaiting the second signature.
import { type Partij, partijVan } from "#shared/gebeurtenissen.js";
import type { Rol } from "#shared/rollen.js";
import { magZaakZien } from "#shared/toegang/zaak.js";
import { leesAanvraag, scopeVan } from "../data/aanvragen.js";
import { leesAuditPagina } from "../data/audit.js";
import { AUDIT_PREFIX, aanvraagPk } from "../data/sleutels.js";
import { cursorVan, limietVan, startVan } from "../lib/paginering.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";

/**
 * [portal rule] The parties a caller reads as. landelijk-beheer reads case content (§1), so it
 * sees what the zorgkantoor sees, plus what is addressed to landelijk itself.
 */
const partijenVan = (rollen: readonly Rol[]): Set<Partij> =>
  new Set(
    rollen.flatMap((r): Partij[] =>
      r === "landelijk-beheer" ? ["landelijk", "zorgkantoor"] : [partijVan(r)],
    ),
  );

export const auditVanZaak: Operatie<RouteVan<"auditVanZaak">> = async (v) => {
  const zaak = await leesAanvraag(v.params.aanvraagId);
  if (!zaak) throw nietGevonden("aanvraag");
  const t = magZaakZien(v.gebruiker.lidmaatschappen, scopeVan(zaak));
  // Reading needs no action right: visible is allowed, so a refusal here is always "not visible".
  if (!t.toegestaan) throw nietGevonden("aanvraag");
  const partijen = partijenVan(t.rollen);
  // The cursor must continue this case's trail: its partition, an audit sort key.
  const start = startVan(v.query.cursor, {
    pk: (w) => w === aanvraagPk(zaak.id),
    sk: (w) => w.startsWith(AUDIT_PREFIX),
  });
  const { records, volgende } = await leesAuditPagina(
    aanvraagPk(zaak.id),
    [...partijen],
    limietVan(v.query),
    start,
  );
  return {
    body: {
      aanvraagId: zaak.id,
      regels: records.map((r) => ({
        gebeurtenis: r.gebeurtenis,
        omschrijving: r.omschrijving,
        wie: r.wie,
        wanneer: r.wanneer,
        voor: r.voor,
        na: r.na,
        reden: r.reden,
        correlatieId: r.correlatieId,
      })),
      volgende: cursorVan(volgende),
    },
  };
};
