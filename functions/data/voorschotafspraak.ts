// docs/regels.md §6: the voorschot agreement of a case, as stored or as it follows from the case,
// read by the voorschot, realisatie, herschikking and nacalculatie operations.

import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { fout, ok, type Resultaat, valideer } from "#shared/resultaat.js";
import { type VoorschotAfspraak, VoorschotAfspraakSchema } from "#shared/voorschot/afspraak.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { HttpProbleem } from "../lib/probleem.js";
import type { AanvraagRecord } from "./aanvragen.js";
import { leesAudit } from "./audit.js";
import { parametersInGebruik } from "./parameters.js";
import { aanvraagPk } from "./sleutels.js";

/**
 * §6: the voorschot agreement of a case — the `voorschot` field that signing the addendum stores
 * (VoorschotAfspraakSchema's stored form, as lokaal/demozaken.ts writes it). [portal rule] When a
 * signed case lacks it, it follows from what the case does hold: the day of the addendum_getekend
 * event in the audit trail, the agreement in force as basis version 1 from January, and the
 * year's voorschotpercentage (§3.1). Audit trail and parameters are read at once: one round.
 */
export async function voorschotAfspraakVan(
  r: AanvraagRecord,
): Promise<Resultaat<VoorschotAfspraak> | undefined> {
  const opgeslagen = r.overig.voorschot;
  if (opgeslagen !== undefined) {
    const v = valideer(VoorschotAfspraakSchema, opgeslagen);
    return v.ok
      ? v
      : fout(
          "VOORSCHOTAFSPRAAK_ONGELDIG",
          `voorschot.${v.fout.veld}`,
          `voorschot: ${v.fout.melding}`,
        );
  }
  if (!isAfgesproken(r) || !r.afspraak) return undefined;
  const [audit, parameters] = await Promise.all([
    leesAudit(aanvraagPk(r.id)),
    parametersInGebruik(r.jaar),
  ]);
  const getekend = audit.find((a) => a.gebeurtenis === "addendum_getekend");
  if (!getekend)
    return fout(
      "GEEN_ADDENDUMDATUM",
      "voorschot",
      "voorschot: de datum van ondertekening van het addendum is niet te vinden",
    );
  return ok({
    jaar: r.jaar,
    percentage: parameters.voorschotpercentage,
    getekendOp: dagVan(new Date(getekend.wanneer)),
    basis: [{ vanafMaand: 1, bedrag: new Decimal(r.afspraak.totaal), versie: 1 }],
  });
}

/** The stored form of a voorschot agreement (months as "YYYY-MM", amounts as text). */
export const opslagVorm = (a: VoorschotAfspraak) => ({
  jaar: a.jaar,
  percentage: a.percentage.toString(),
  getekendOp: dagTekst(a.getekendOp),
  basis: a.basis.map((b) => ({
    vanafMaand: maandTekst(a.jaar, b.vanafMaand),
    bedrag: bedragTekst(b.bedrag),
    versie: b.versie,
  })),
});

/** A case's voorschot agreement for an operation: a broken one is a 409, never a 500. */
export async function voorschotAfspraakOfWeiger(
  r: AanvraagRecord,
): Promise<VoorschotAfspraak | undefined> {
  const a = await voorschotAfspraakVan(r);
  if (a && !a.ok) throw new HttpProbleem(409, a.fout.code, a.fout.melding, a.fout.veld);
  return a?.waarde;
}
