// docs/regels.md §5: the overview of all aanvragen of a zorgkantoor in a year as XLSX — state,
// requested and granted amounts, the dates of the beoordelingstermijn and its status now (the
// same rule as the werkvoorraad: shared/kalender/beoordelingstermijn.ts). For its own users (§1).
//
// [portal rule] as in the werkvoorraad: concepts are not listed, and the termijn counts only while
// the zorgkantoor has the case (ingediend, in_beoordeling, aanvulling_gevraagd), else "afgerond".
// Requested = personeel + overige of year t that the decision was checked against (kept on the
// case with the decision), else of the latest version.
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { aanbiedersBij, leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { aangevraagdVoorJaar } from "../data/aangevraagd.js";
import { type AanvraagRecord, werklijst } from "../data/aanvragen.js";
import { termijnVan } from "../lib/termijn.js";
import type { Operatie } from "../lib/verzoek.js";
import { eisZorgkantoorInScope } from "../lib/zorgkantoorscope.js";
import type { RouteVan } from "../routes.js";
import { afspraakVoorVaststelling } from "./cijfers.js";
import {
  bedragCel,
  bestandsnaam,
  datumCel,
  kopRij,
  tekst,
  vet,
  werkboek,
  xlsxAntwoord,
} from "./xlsx/werkboek.js";

export const KOPPEN_AANVRAGEN = [
  "Aanbieder",
  "NZa-nummer",
  "Toestand",
  "Ontvangen",
  "Streefdatum",
  "Uiterste datum",
  "Termijnstatus",
  "Gevraagd personeel",
  "Gevraagd overige",
  "Gevraagd totaal",
  "Toegekend",
  "Waarvan compensatie",
] as const;

async function gevraagd(r: AanvraagRecord) {
  const b = r.overig.besluit;
  if (b)
    return {
      personeel: new Decimal(b.aangevraagd.personeel),
      overige: new Decimal(b.aangevraagd.overige),
    };
  return aangevraagdVoorJaar(r);
}

export const aanvragenExport: Operatie<RouteVan<"aanvragenExport">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId);
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  const zaken = (await werklijst(zorgkantoorId, jaar)).filter((r) => r.toestand !== "concept");
  const aanbieders = aanbiedersBij(
    zorgkantoorId,
    zaken.map((r) => r.aanbiederId),
    lijst,
  );
  const regels = await Promise.all(
    zaken.map(async (r) => {
      const [a, g, afspraak] = await Promise.all([
        aanbieders.then((m) => m.get(r.aanbiederId)),
        gevraagd(r),
        afspraakVoorVaststelling(r),
      ]);
      return { r, a, g, afspraak, t: termijnVan(r, v.nu) };
    }),
  );
  regels.sort((x, y) => (x.a?.naam ?? x.r.aanbiederId).localeCompare(y.a?.naam ?? y.r.aanbiederId));
  const nul = new Decimal(0);
  const toegekend = (x: (typeof regels)[number]) => new Decimal(x.afspraak?.totaal ?? 0);
  const compensatie = (x: (typeof regels)[number]) => new Decimal(x.afspraak?.compensatie ?? 0);
  const rijen = regels.map((x, i) => [
    tekst(x.a?.naam ?? x.r.aanbiederId),
    tekst(x.a?.nzaNummer ?? null),
    tekst(x.r.toestand),
    datumCel(x.t?.ontvangen),
    datumCel(x.t?.streefdatum),
    datumCel(x.t?.uitersteDatum),
    tekst(x.t?.status ?? null),
    bedragCel(x.g.personeel, `regels[${i}].gevraagd.personeel`),
    bedragCel(x.g.overige, `regels[${i}].gevraagd.overige`),
    bedragCel(x.g.personeel.plus(x.g.overige), `regels[${i}].gevraagd.totaal`),
    x.afspraak ? bedragCel(toegekend(x), `regels[${i}].toegekend`) : null,
    x.afspraak ? bedragCel(compensatie(x), `regels[${i}].compensatie`) : null,
  ]);
  const totaal = (f: (x: (typeof regels)[number]) => Decimal, veld: string) =>
    bedragCel(regels.length ? som(regels.map(f)) : nul, `totaal.${veld}`);
  const bytes = await werkboek([
    {
      naam: `Aanvragen ${jaar}`,
      rijen: [
        kopRij(KOPPEN_AANVRAGEN),
        ...rijen,
        vet([
          tekst("Totaal"),
          null,
          tekst(`${rijen.length} aanvragen`),
          null,
          null,
          null,
          null,
          totaal((x) => x.g.personeel, "gevraagd.personeel"),
          totaal((x) => x.g.overige, "gevraagd.overige"),
          totaal((x) => x.g.personeel.plus(x.g.overige), "gevraagd.totaal"),
          totaal(toegekend, "toegekend"),
          totaal(compensatie, "compensatie"),
        ]),
      ],
      breedtes: [36, 12, 20, 12, 12, 14, 26, 20, 20, 20, 20, 20],
    },
  ]);
  return xlsxAntwoord(bytes, bestandsnaam(["aanvragen", jaar, zorgkantoorId]));
};
