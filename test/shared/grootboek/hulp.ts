// Test helpers for the grootboek (§15.3): entries from edge-form strings, validated by the same
// schema the data layer uses, so a helper cannot build an entry the portal would refuse.
import { Decimal } from "#shared/geld/decimal.js";
import {
  type Boeking,
  BoekingSchema,
  type BoekingTekst,
  type Zaak,
} from "#shared/grootboek/boeking.js";

export const d = (s: string) => new Decimal(s);

export const ZAAK: Zaak = { aanbiederId: "a1", zorgkantoorId: "z1", jaar: 2020 };

let teller = 0;

/** One entry of `zaak` (default ZAAK); sleutel and datum default to something unique and valid. */
export function boeking(
  soort: BoekingTekst["soort"],
  bedrag: string,
  extra: Partial<BoekingTekst> = {},
  zaak: Zaak = ZAAK,
): Boeking {
  teller += 1;
  const r = BoekingSchema.safeParse({
    sleutel: `${soort}#${teller}`,
    ...zaak,
    soort,
    bedrag,
    datum: "2020-06-01T10:00:00+02:00",
    oorzaak: { soort: "betaalbatch", id: `b${teller}` },
    ...extra,
  });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

/** An order with its release in full: a voorschot paid (§6, §15.3). */
export function betaaldVoorschot(bedrag: string, maand: number, zaak: Zaak = ZAAK): Boeking[] {
  const datum = `${zaak.jaar}-${String(maand).padStart(2, "0")}-01T10:00:00+02:00`;
  const order = boeking("voorschot_besteld", bedrag, { datum }, zaak);
  return [order, boeking("betaling_vrijgegeven", bedrag, { datum, betreft: order.sleutel }, zaak)];
}

/** §13 A/E: March 192.000,00 and April–December 64.000,00, all released: 768.000,00. */
export const voorschottenE = (): Boeking[] => [
  ...betaaldVoorschot("192000.00", 3),
  ...Array.from({ length: 9 }, (_, i) => betaaldVoorschot("64000.00", i + 4)).flat(),
];

export const tekst = (x: Decimal) => x.toFixed(2);
