// docs/regels.md §5: the beoordelaar's work list — the aanvragen of a zorgkantoor for a year with their
// state and the deadline status of the beoordelingstermijn (receipt, +6 weeks, +3 months) at "now",
// filtered (state, deadline status, aanbieder by name), sorted and paged by cursor.
//
// [choice] National size: the largest region has ~150 cases a year, a few KB each, so the year's
// list is one Query on the work-list index (gsi1, one partition per zorgkantoor and year; never a
// Scan), read beside the aanbiederslijst: two sequential rounds with the membership lookup. Filter,
// name search and sort then run in memory (shared/beoordeling/werkvoorraad.ts). A key design per
// filter and sort (an index per order, a name key without diacritics) would cost writes and indexes
// on every state change for lists this short, and still could not search inside a name. The cursor
// is keyset, not an offset: the work-list key of the last row shown (so it can only continue this
// zorgkantoor's list of this year), its sort value (`na`) and the order it belongs to (`volgorde`:
// sort, direction and a digest of the filters); a case that changes between two pages never shows
// twice. A cursor of another order or filter is a 422 on `cursor`.
import { createHash } from "node:crypto";
import {
  laatVensterNodig,
  type WerkvoorraadKeuze,
  werkvoorraadPagina,
  zoektekst,
} from "#shared/beoordeling/werkvoorraad.js";
import { rolMag } from "#shared/toegang/rechten.js";
import { scopeVan as lidScope } from "#shared/toegang/scope.js";
import { aanbiedersBij, leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { werklijst, werklijstCursor, werklijstSleutel } from "../data/aanvragen.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { cursorVan, limietVan, startVan } from "../lib/paginering.js";
import { nietGevonden } from "../lib/probleem.js";
import { termijnVan } from "../lib/termijn.js";
import type { Gebruiker, Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { voorstelAntwoord } from "./voorstel.js";

/** Sort, direction and the filters, so a cursor only continues the list it came from. */
function volgordeVan(k: WerkvoorraadKeuze, concepten: boolean): string {
  const filters = [k.toestand ?? "", k.termijn ?? "", zoektekst(k.aanbieder ?? ""), concepten];
  const digest = createHash("sha256").update(JSON.stringify(filters)).digest("base64url");
  return `${k.sorteer}.${k.richting}.${digest.slice(0, 16)}`;
}

/** Zorgkantoor-beheer of this zorgkantoor: the role that opens a late window (§3.2). */
const opentLateVensters = (g: Gebruiker, zorgkantoorId: string): boolean =>
  g.lidmaatschappen.some(
    (l) =>
      l.rol !== "aanbieder" &&
      l.rol !== "landelijk-beheer" &&
      l.zorgkantoorId === zorgkantoorId &&
      rolMag(l.rol, "vensterHeropenen"),
  );

export const werkvoorraad: Operatie<RouteVan<"werkvoorraad">> = async (v) => {
  const { zorgkantoorId } = v.params;
  const { jaar, toestand, termijn, aanbieder, sorteer, richting } = v.query;
  const keuze: WerkvoorraadKeuze = { toestand, termijn, aanbieder, sorteer, richting };
  const scope = lidScope(v.gebruiker.lidmaatschappen);
  if (!scope.landelijk && !scope.zorgkantoorIds.includes(zorgkantoorId))
    throw nietGevonden("zorgkantoor");
  const concepten = opentLateVensters(v.gebruiker, zorgkantoorId);
  const volgorde = volgordeVan(keuze, concepten);
  const start = startVan(v.query.cursor, {
    ...werklijstCursor(zorgkantoorId, jaar),
    volgorde: (w) => w === volgorde,
    na: () => true,
  });
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  // [portal rule] a concept is the aanbieder's own work: only beheer sees the concepts that need
  // a late window (shared/beoordeling/werkvoorraad.ts laatVensterNodig). The zorgkantoor's own
  // record (its name for the screen) in the same round as the list.
  const [werk, zk] = await Promise.all([
    werklijst(zorgkantoorId, jaar),
    leesZorgkantoor(zorgkantoorId),
  ]);
  const alle = werk.filter(
    (r) => r.toestand !== "concept" || (concepten && laatVensterNodig(r, v.nu)),
  );
  const aanbieders = await aanbiedersBij(
    zorgkantoorId,
    alle.map((r) => r.aanbiederId),
    lijst,
  );
  const regels = alle.map((r) => ({
    r,
    sleutel: werklijstSleutel(r).pk!,
    toestand: r.toestand,
    aanbiederNaam: aanbieders.get(r.aanbiederId)?.naam ?? r.aanbiederId,
    termijn: termijnVan(r, v.nu),
  }));
  const na = start
    ? { waarde: start.na === "" ? null : String(start.na), sleutel: String(start.pk) }
    : undefined;
  const pagina = werkvoorraadPagina(regels, keuze, limietVan(v.query), na);
  const laatste = pagina.rijen.at(-1);
  return {
    body: {
      zorgkantoorId,
      zorgkantoorNaam: zk?.naam ?? null,
      jaar,
      aantal: pagina.aantal,
      aanvragen: pagina.rijen.map(({ r, termijn }) => ({
        id: r.id,
        aanbiederId: r.aanbiederId,
        aanbiederNaam: aanbieders.get(r.aanbiederId)?.naam ?? null,
        toestand: r.toestand,
        mediation: r.mediation,
        versie: r.versie,
        laatsteVersie: r.laatsteVersie,
        termijn,
        voorstelWachtOpTweedeHandtekening: r.overig.toekenningsvoorstel !== undefined,
        voorstel: r.overig.toekenningsvoorstel
          ? voorstelAntwoord(r.overig.toekenningsvoorstel)
          : null,
        afspraakTotaal: r.afspraak?.totaal ?? null,
        laatVenster:
          r.toestand === "concept"
            ? { nodig: laatVensterNodig(r, v.nu), tot: r.overig.laatVenster?.tot ?? null }
            : null,
      })),
      volgende:
        pagina.laatste && laatste
          ? cursorVan({
              ...werklijstSleutel(laatste.r),
              volgorde,
              na: pagina.laatste.waarde ?? "",
            })
          : null,
    },
  };
};
