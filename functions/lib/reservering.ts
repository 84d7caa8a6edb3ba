// docs/regels.md §5 (seed §4.2.1, §4.2.3): the reserved amount of the aanbieder of a case —
// reserveringspercentage × production VV4–VV10 from the aanbieder's reference data, or the amount
// zorgkantoor-beheer set on the case with a reason. The rule itself is shared/beoordeling/reservering.ts;
// this is the one place that applies it to a case, so the submission checks (indiening) and the
// assessor's screen (beoordeling) cannot disagree.
import {
  ProductieSchema,
  productieTotaal,
  type Reservering,
  reservering,
} from "#shared/beoordeling/reservering.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { JaarParameters } from "#shared/parameters/jaarparameters.js";
import { leesAanbieder } from "../data/aanbieders.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { parametersInGebruik } from "../data/parameters.js";
import type { AfwijkendeReserveringOpslag } from "../data/zaakgegevens.js";
import { uitFout } from "./probleem.js";

export type { AfwijkendeReserveringOpslag };

export const afwijkendeReservering = (z: AanvraagRecord): AfwijkendeReserveringOpslag | undefined =>
  z.overig.reservering;

export interface ReserveringVanZaak extends Reservering {
  productieTotaal: Decimal;
  percentage: Decimal;
}

/**
 * The reservering in force for the case. [portal rule] an aanbieder without recorded production
 * has a calculated reservering of € 0,00 until the zorgkantoor sets one.
 */
export async function reserveringVan(
  z: AanvraagRecord,
  afwijkend = afwijkendeReservering(z),
  parameters?: JaarParameters | Promise<JaarParameters>,
): Promise<ReserveringVanZaak> {
  const [aanbieder, p] = await Promise.all([
    leesAanbieder(z.aanbiederId),
    parameters ?? parametersInGebruik(z.jaar),
  ]);
  const productie = ProductieSchema.parse(aanbieder?.productie?.bedragen ?? {});
  const percentage = p.reserveringspercentage;
  const r = reservering(
    productie,
    percentage,
    afwijkend && { bedrag: new Decimal(afwijkend.bedrag), reden: afwijkend.reden },
  );
  if (!r.ok) throw uitFout(r.fout);
  return { ...r.waarde, productieTotaal: productieTotaal(productie), percentage };
}
