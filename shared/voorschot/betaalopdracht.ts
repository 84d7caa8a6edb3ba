// docs/regels.md §6: every voorschot payment order has a deterministic key (aanbieder, zorgkantoor,
// jaar, maand, basisversie). The store writes an order only if its key is new (a conditional
// put), so the monthly job run twice, or twice at once, creates no second order.
import { som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { dan, fout, ok, type Resultaat } from "../resultaat.js";
import type { VoorschotAfspraak } from "./afspraak.js";
import { geldendeBasis } from "./basisversie.js";
import { aanvangMetBasis } from "./betaalschema.js";
import { cumulatiefDoel } from "./doel.js";
import { maandTekst } from "./maand.js";

export interface SleutelDelen {
  aanbieder: string;
  zorgkantoor: string;
  jaar: number;
  maand: number;
  basisVersie: number;
}

/**
 * "voorschot#<aanbieder>#<zorgkantoor>#2020-03#v1". The ids are percent-encoded, so a "#" inside
 * an id cannot make two different orders share a key.
 */
export const betaalopdrachtSleutel = (d: SleutelDelen): string =>
  [
    "voorschot",
    encodeURIComponent(d.aanbieder),
    encodeURIComponent(d.zorgkantoor),
    maandTekst(d.jaar, d.maand),
    `v${d.basisVersie}`,
  ].join("#");

/** An order already made for this (aanbieder, zorgkantoor, jaar). */
export interface GedaneOpdracht {
  maand: number;
  basisVersie: number;
  bedrag: Decimal;
}

export interface Betaalopdracht extends SleutelDelen {
  sleutel: string;
  bedrag: Decimal;
  /** T(m) the order brings the cumulative paid up to. */
  doel: Decimal;
}

export type GeenBetalingReden =
  | "geen_voorschot" // addendum signed after year t
  | "voor_eerste_betaalmaand" // nothing before the addendum is signed
  | "al_besteld" // this month already has an order on the basis in force
  | "doel_bereikt"; // cumulative paid ≥ T(m): a lower basis is waiting for T to catch up

export type Betaalbesluit =
  | { soort: "opdracht"; opdracht: Betaalopdracht }
  | { soort: "geen"; reden: GeenBetalingReden };

export interface MaandjobInvoer {
  aanbieder: string;
  zorgkantoor: string;
  afspraak: VoorschotAfspraak;
  /** The month the job runs for (1–12 of afspraak.jaar). */
  maand: number;
  /** All orders already made for this aanbieder, zorgkantoor and year. */
  opdrachten: readonly GedaneOpdracht[];
}

/**
 * What the monthly job orders for month m. Paid = every order already made (also of later months,
 * should the job catch up out of order), so the cumulative paid never passes T on the basis in
 * force. An order of m on an older basis does not block a new basis from m on: the new key then
 * settles only the difference, which is how an upward adjustment in the same month is paid.
 */
export function betalingVoorMaand(invoer: MaandjobInvoer): Resultaat<Betaalbesluit> {
  const { afspraak, maand, opdrachten } = invoer;
  if (!Number.isInteger(maand) || maand < 1 || maand > 12)
    return fout("ONGELDIGE_INVOER", "maand", "maand: moet tussen 1 en 12 liggen");
  const negatief = opdrachten.findIndex((o) => !o.bedrag.isFinite() || o.bedrag.isNegative());
  if (negatief >= 0)
    return fout(
      "ONGELDIGE_INVOER",
      `opdrachten[${negatief}].bedrag`,
      `opdrachten[${negatief}].bedrag: een betaalopdracht is nooit negatief`,
    );
  return dan(aanvangMetBasis(afspraak), (aanvang): Resultaat<Betaalbesluit> => {
    if (!aanvang) return ok({ soort: "geen", reden: "geen_voorschot" });
    if (maand < aanvang.eersteBetaalmaand)
      return ok({ soort: "geen", reden: "voor_eerste_betaalmaand" });
    const versie = geldendeBasis(afspraak.basis, maand)!;
    if (opdrachten.some((o) => o.maand === maand && o.basisVersie === versie.versie))
      return ok({ soort: "geen", reden: "al_besteld" });
    const doel = cumulatiefDoel(afspraak.percentage, versie.bedrag, aanvang.m0, maand);
    const verschil = doel.minus(som(opdrachten.map((o) => o.bedrag)));
    if (verschil.lte(0)) return ok({ soort: "geen", reden: "doel_bereikt" });
    const delen: SleutelDelen = {
      aanbieder: invoer.aanbieder,
      zorgkantoor: invoer.zorgkantoor,
      jaar: afspraak.jaar,
      maand,
      basisVersie: versie.versie,
    };
    return ok({
      soort: "opdracht",
      opdracht: { ...delen, sleutel: betaalopdrachtSleutel(delen), bedrag: verschil, doel },
    });
  });
}
