// docs/regels.md §5: the beoordelaar's work list — the aanvragen of a zorgkantoor for a year with their
// state and the deadline status of the beoordelingstermijn (receipt, +6 weeks, +3 months) at "now".
// One Query on the work-list index (gsi1) per page (cursor, functions/lib/paginering.ts), no Scan.
import { scopeVan as lidScope } from "#shared/toegang/scope.js";
import { aanbiedersBij, leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { werklijstCursor, werklijstPagina } from "../data/aanvragen.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { cursorVan, limietVan, startVan } from "../lib/paginering.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { termijnVan } from "./termijn.js";
import { voorstelAntwoord } from "./voorstel.js";

export const werkvoorraad: Operatie<RouteVan<"werkvoorraad">> = async (v) => {
  const { zorgkantoorId } = v.params;
  const { jaar } = v.query;
  const scope = lidScope(v.gebruiker.lidmaatschappen);
  if (!scope.landelijk && !scope.zorgkantoorIds.includes(zorgkantoorId))
    throw nietGevonden("zorgkantoor");
  // The cursor must continue this zorgkantoor's list of this year: the gsi1 key of a case.
  const start = startVan(v.query.cursor, werklijstCursor(zorgkantoorId, jaar));
  // The names come from the zorgkantoor's aanbiederslijst, read beside the work list.
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  // [portal rule] a concept is the aanbieder's own work until it is submitted: not in the list
  // (filtered in the Query, so a page may hold fewer than `limiet` rows).
  // The zorgkantoor's own record (its name for the screen) in the same round as the list.
  const [{ aanvragen, volgende }, zk] = await Promise.all([
    werklijstPagina(zorgkantoorId, jaar, limietVan(v.query), start),
    leesZorgkantoor(zorgkantoorId),
  ]);
  const aanbieders = await aanbiedersBij(
    zorgkantoorId,
    aanvragen.map((r) => r.aanbiederId),
    lijst,
  );
  return {
    body: {
      zorgkantoorId,
      zorgkantoorNaam: zk?.naam ?? null,
      jaar,
      aanvragen: aanvragen.map((r) => ({
        id: r.id,
        aanbiederId: r.aanbiederId,
        aanbiederNaam: aanbieders.get(r.aanbiederId)?.naam ?? null,
        toestand: r.toestand,
        mediation: r.mediation,
        versie: r.versie,
        laatsteVersie: r.laatsteVersie,
        termijn: termijnVan(r, v.nu),
        voorstelWachtOpTweedeHandtekening: r.overig.toekenningsvoorstel !== undefined,
        voorstel: r.overig.toekenningsvoorstel
          ? voorstelAntwoord(r.overig.toekenningsvoorstel)
          : null,
        afspraakTotaal: r.afspraak?.totaal ?? null,
      })),
      volgende: cursorVan(volgende),
    },
  };
};
