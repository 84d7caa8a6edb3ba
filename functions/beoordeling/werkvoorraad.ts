// DOMAIN.md §5: the beoordelaar's work list — the aanvragen of a zorgkantoor for a year with their
// state and the deadline status of the beoordelingstermijn (receipt, +6 weeks, +3 months) at "now".
// One Query on the work-list index (gsi1), no Scan.
import { scopeVan as lidScope } from "../../shared/toegang/scope.js";
import { aanbiedersBij, leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { werklijst } from "../data/aanvragen.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { termijnVan } from "./termijn.js";
import { voorstelAntwoord } from "./voorstel.js";

export const werkvoorraad: Operatie<RouteVan<"werkvoorraad">> = async (v) => {
  const { zorgkantoorId } = v.params;
  const scope = lidScope(v.gebruiker.lidmaatschappen);
  if (!scope.landelijk && !scope.zorgkantoorIds.includes(zorgkantoorId))
    throw nietGevonden("zorgkantoor");
  // The names come from the zorgkantoor's aanbiederslijst, read beside the work list.
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  // [portal rule] a concept is the aanbieder's own work until it is submitted: not in the list.
  const aanvragen = (await werklijst(zorgkantoorId, v.query.jaar)).filter(
    (r) => r.toestand !== "concept",
  );
  const aanbieders = await aanbiedersBij(
    zorgkantoorId,
    aanvragen.map((r) => r.aanbiederId),
    lijst,
  );
  return {
    body: {
      zorgkantoorId,
      jaar: v.query.jaar,
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
    },
  };
};
