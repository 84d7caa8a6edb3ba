// DOMAIN.md §5 (seed §4.2.1, §4.2.3): the reserved amount of the aanbieder of a case —
// reserveringspercentage × production VV4–VV10 from the aanbieder's reference data, or the amount
// zorgkantoor-beheer set on the case with a reason. The rule itself is shared/beoordeling/reservering.ts.
import {
  ProductieSchema,
  productieTotaal,
  type Reservering,
  reservering,
} from "../../shared/beoordeling/reservering.js";
import { bedragTekst } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import { leesAanbieder } from "../data/aanbieders.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { parametersInGebruik } from "../data/parameters.js";
import { uitFout } from "../lib/probleem.js";

/** What the case item keeps of an override (amount as text, §11). */
export interface AfwijkendeReserveringOpslag {
  bedrag: string;
  reden: string;
  door: string;
  op: string;
}

export const afwijkendeReservering = (z: AanvraagRecord): AfwijkendeReserveringOpslag | undefined =>
  z.overig.reservering as AfwijkendeReserveringOpslag | undefined;

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
): Promise<ReserveringVanZaak> {
  const aanbieder = await leesAanbieder(z.aanbiederId);
  const productie = ProductieSchema.parse(aanbieder?.productie?.bedragen ?? {});
  const percentage = (await parametersInGebruik(z.jaar)).reserveringspercentage;
  const r = reservering(
    productie,
    percentage,
    afwijkend && { bedrag: new Decimal(afwijkend.bedrag), reden: afwijkend.reden },
  );
  if (!r.ok) throw uitFout(r.fout);
  return { ...r.waarde, productieTotaal: productieTotaal(productie), percentage };
}

export const reserveringAntwoord = (z: AanvraagRecord, r: ReserveringVanZaak) => ({
  aanvraagId: z.id,
  aanbiederId: z.aanbiederId,
  jaar: z.jaar,
  bedrag: bedragTekst(r.bedrag),
  berekend: bedragTekst(r.berekend),
  bron: r.bron,
  reden: r.reden ?? null,
  productieTotaal: bedragTekst(r.productieTotaal),
  percentage: r.percentage.toString(),
});
