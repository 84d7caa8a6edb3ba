// docs/regels.md §5 [seed §4.2.10]: once the addendum is signed the agreement goes into the budgetronde
// export for the NZa — per aanbieder NZa-nummer, AGB-code, agreed kwaliteitsbudget and, of which,
// compensatie. One XLSX per zorgkantoor and year, for its own users (§1).
//
// Column choice [portal rule]: the four columns §5 names, in that order after the aanbieder's
// name, then the split personeel/overige (what the NZa budget is made of), the kind and number of
// the agreement in force (initieel or herschikking, so a re-export after the herschikking is
// recognisable) and the day the addendum was signed. Rows: every case with a signed agreement
// (addendum_getekend or vastgelegd), by NZa-nummer; the agreement is the one before any
// vaststelling (the NZa's budget is the agreement; the vaststelling follows in the nacalculatie).

import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import { aanbiedersBij, leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { werklijst } from "../data/aanvragen.js";
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

export const KOPPEN_BUDGETRONDE = [
  "NZa-nummer",
  "AGB-code",
  "Aanbieder",
  "Afgesproken kwaliteitsbudget",
  "Waarvan compensatie",
  "Personeel",
  "Overige",
  "Afspraak",
  "Addendum getekend op",
] as const;

export const budgetrondeExport: Operatie<RouteVan<"budgetrondeExport">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId);
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  const zaken = (await werklijst(zorgkantoorId, jaar)).filter(isAfgesproken);
  const aanbieders = aanbiedersBij(
    zorgkantoorId,
    zaken.map((r) => r.aanbiederId),
    lijst,
  );
  const regels = await Promise.all(
    zaken.map(async (r) => {
      const [a, afspraak] = await Promise.all([
        aanbieders.then((m) => m.get(r.aanbiederId)),
        afspraakVoorVaststelling(r),
      ]);
      const voorschot = r.overig.voorschot;
      return { r, a, afspraak, getekendOp: voorschot?.getekendOp ?? null };
    }),
  );
  regels.sort((x, y) => (x.a?.nzaNummer ?? "").localeCompare(y.a?.nzaNummer ?? ""));
  const bedrag = (x: string | undefined) => new Decimal(x ?? "0");
  const rijen = regels.map(({ r, a, afspraak, getekendOp }, i) => [
    tekst(a?.nzaNummer ?? null),
    tekst(a?.agbCode ?? null),
    tekst(a?.naam ?? r.aanbiederId),
    bedragCel(bedrag(afspraak?.totaal), `regels[${i}].totaal`),
    bedragCel(bedrag(afspraak?.compensatie), `regels[${i}].compensatie`),
    bedragCel(bedrag(afspraak?.personeel), `regels[${i}].personeel`),
    bedragCel(bedrag(afspraak?.overige), `regels[${i}].overige`),
    tekst(afspraak ? `${afspraak.soort} ${afspraak.nummer}` : null),
    datumCel(getekendOp),
  ]);
  const totaal = (k: "totaal" | "compensatie" | "personeel" | "overige") =>
    bedragCel(som(regels.map((x) => bedrag(x.afspraak?.[k]))), `totaal.${k}`);
  const bytes = await werkboek([
    {
      naam: `Budgetronde ${jaar}`,
      rijen: [
        kopRij(KOPPEN_BUDGETRONDE),
        ...rijen,
        vet([
          tekst("Totaal"),
          null,
          tekst(`${rijen.length} aanbieders`),
          totaal("totaal"),
          totaal("compensatie"),
          totaal("personeel"),
          totaal("overige"),
          null,
          null,
        ]),
      ],
      breedtes: [12, 11, 36, 26, 20, 18, 18, 16, 20],
    },
  ]);
  return xlsxAntwoord(bytes, bestandsnaam(["budgetronde", jaar, zorgkantoorId]));
};
