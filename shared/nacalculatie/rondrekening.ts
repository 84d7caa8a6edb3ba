// docs/regels.md §9.1 (seed §4.2.12): the rondrekening of extra personeel. Extra staff is counted
// against the base year at an unchanged client population: the base year's SV-dagen and inhuur
// are scaled by the client-mix index I before the difference with year t is taken.
import * as z from "zod";
import { max, min, NietNegatiefDecimaalSchema, round2 } from "../geld/bedrag.js";
import { Decimal, NUL } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { ZORGPROFIELEN } from "../parameters/jaarparameters.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

/** A count of days: a whole number ≥ 0, or a non-negative decimal string. Output: Decimal. */
export const AantalDagenSchema = z.union(
  [
    z
      .number()
      .int()
      .min(0)
      .transform((n) => new Decimal(n)),
    NietNegatiefDecimaalSchema,
  ],
  { error: 'verwacht een aantal dagen ≥ 0: een geheel getal of een getal als tekst ("7300")' },
);

/** Client days per zorgprofiel; a profile that is missing counts as 0. */
export const ClientdagenSchema = z.partialRecord(z.enum(ZORGPROFIELEN), AantalDagenSchema);
export type Clientdagen = z.output<typeof ClientdagenSchema>;

/** Weights per zorgprofiel (§3.1 year parameter); a weight of 0 or less would hide a profile. */
export const GewichtenSchema = z.partialRecord(
  z.enum(ZORGPROFIELEN),
  NietNegatiefDecimaalSchema.refine((d) => d.gt(0), {
    error: "een gewicht moet groter dan 0 zijn",
  }),
);
export type GewichtenInvoer = z.output<typeof GewichtenSchema>;

export interface Signaal {
  code: string;
  melding: string;
}

export interface RondrekeningInvoer {
  gewichten: GewichtenInvoer;
  clientdagen: { basis: Clientdagen; jaar: Clientdagen };
  svDagen: { basis: Decimal; jaar: Decimal };
  svLoon: Decimal;
  werkgeverslasten: Decimal;
  inhuur: { basis: Decimal; jaar: Decimal };
  afgesprokenPersoneel: Decimal;
  /** Production (omzet) VV4–VV10 of both years; optional, only shown beside I. */
  omzet?: { basis: Decimal; jaar: Decimal };
  /** §3.1 productieAfwijkingSignaal, e.g. 0.10. */
  productieAfwijkingSignaal: Decimal;
}

export interface Clientmix {
  gewogenBasis: Decimal;
  gewogenJaar: Decimal;
  /** I = gewogenJaar / gewogenBasis, not rounded (§11). */
  index: Decimal;
}

export interface Rondrekening extends Clientmix {
  /** c; undefined when SV-dagen_t = 0 (§15.6: an aanbieder that only hires staff). */
  kostenPerSvDag: Decimal | undefined;
  extraSvDagen: Decimal;
  extraEigen: Decimal;
  extraInhuur: Decimal;
  /** Pᵣ = extraEigen + extraInhuur */
  personeelGerealiseerd: Decimal;
  /** min(Pᵣ, afgesproken personeel) */
  personeelVergoedbaar: Decimal;
  /** omzet_t / omzet_b, not rounded; absent without (usable) omzet. */
  productieontwikkeling?: Decimal;
  signalen: Signaal[];
}

function gewogen(
  gewichten: GewichtenInvoer,
  dagen: Clientdagen,
  jaarVeld: "basis" | "jaar",
): Resultaat<Decimal> {
  let totaal = NUL;
  for (const k of ZORGPROFIELEN) {
    const d = dagen[k] ?? NUL;
    if (d.isZero()) continue;
    const w = gewichten[k];
    if (w === undefined) {
      return fout(
        "GEWICHT_ONTBREEKT",
        `gewichten.${k}`,
        `gewichten.${k}: er zijn cliëntdagen ${k} (clientdagen.${jaarVeld}) maar geen gewicht voor ${k}`,
      );
    }
    totaal = totaal.plus(d.times(w));
  }
  return ok(totaal);
}

/** I = Σ clientdagen_t,k × wₖ / Σ clientdagen_b,k × wₖ; no weighted base days is an input error. */
export function clientmixIndex(
  gewichten: GewichtenInvoer,
  clientdagen: { basis: Clientdagen; jaar: Clientdagen },
): Resultaat<Clientmix> {
  const basis = gewogen(gewichten, clientdagen.basis, "basis");
  if (!basis.ok) return basis;
  const jaar = gewogen(gewichten, clientdagen.jaar, "jaar");
  if (!jaar.ok) return jaar;
  if (basis.waarde.isZero()) {
    return fout(
      "GEEN_CLIENTDAGEN_BASISJAAR",
      "clientdagen.basis",
      "clientdagen.basis: het basisjaar heeft geen (gewogen) cliëntdagen VV4–VV10, dus de cliëntmix-index is niet te berekenen; vul de cliëntdagen van het basisjaar in",
    );
  }
  // Same days in both years give the same Decimal sums, so I is exactly 1.
  return ok({
    gewogenBasis: basis.waarde,
    gewogenJaar: jaar.waarde,
    index: jaar.waarde.dividedBy(basis.waarde),
  });
}

/**
 * c = (SV-loon_t + werkgeverslasten_t) / SV-dagen_t, not rounded (a rate, §11). §15.6: SV-dagen_t
 * = 0 is allowed (an aanbieder that only hires staff); c is then undefined, and not needed.
 */
export function kostenPerSvDag(
  svLoon: Decimal,
  werkgeverslasten: Decimal,
  svDagenJaar: Decimal,
): Decimal | undefined {
  if (svDagenJaar.isZero()) return undefined;
  return svLoon.plus(werkgeverslasten).dividedBy(svDagenJaar);
}

const getal = (d: Decimal): string => d.toDecimalPlaces(4).toFixed(4).replace(".", ",");

/**
 * §9.1 "production development is shown beside I; a difference above 10% is a warning". Both
 * are indices against the base year, so we compare them directly: |omzet_t/omzet_b − I| above
 * the threshold (0.10 = 10 percentage points of growth) is the warning [portal rule].
 */
export function productieSignalen(
  omzet: { basis: Decimal; jaar: Decimal } | undefined,
  index: Decimal,
  drempel: Decimal,
): { productieontwikkeling?: Decimal; signalen: Signaal[] } {
  if (omzet === undefined) return { signalen: [] };
  if (omzet.basis.isZero()) {
    return {
      signalen: [
        {
          code: "PRODUCTIE_BASISJAAR_ONBEKEND",
          melding:
            "omzet.basis: zonder omzet in het basisjaar is de productieontwikkeling niet naast de cliëntmix-index te tonen",
        },
      ],
    };
  }
  const ontwikkeling = omzet.jaar.dividedBy(omzet.basis);
  if (ontwikkeling.minus(index).abs().lte(drempel)) {
    return { productieontwikkeling: ontwikkeling, signalen: [] };
  }
  return {
    productieontwikkeling: ontwikkeling,
    signalen: [
      {
        code: "PRODUCTIE_AFWIJKEND",
        melding: `De productieontwikkeling (${getal(ontwikkeling)}) wijkt meer dan ${drempel.times(100).toFixed()} procentpunt af van de cliëntmix-index (${getal(index)}); vraag de aanbieder om een toelichting`,
      },
    ],
  };
}

/** The whole §9.1 rondrekening. */
export function rondreken(invoer: RondrekeningInvoer): Resultaat<Rondrekening> {
  const mix = clientmixIndex(invoer.gewichten, invoer.clientdagen);
  if (!mix.ok) return mix;
  const { gewogenBasis: gb, gewogenJaar: gj, index } = mix.waarde;
  const { svDagen, inhuur } = invoer;
  // Both amounts are computed as one exact fraction and divided once, so the half-up rounding
  // to cents acts on the exact value, not on a product of already-rounded index and rate:
  //   extra eigen  = (SVt·gb − SVb·gj) · (loon + lasten) / (gb · SVt)
  //   extra inhuur = (inhuurT·gb − inhuurB·gj) / gb
  const extraSvTeller = max(NUL, svDagen.jaar.times(gb).minus(svDagen.basis.times(gj)));
  const extraSvDagen = extraSvTeller.dividedBy(gb);
  // §15.6: without SV-dagen in t there are no extra SV-dagen either (the teller is 0), so extra
  // eigen personeel is 0 without dividing by SV-dagen_t.
  const extraEigen = svDagen.jaar.isZero()
    ? NUL
    : round2(
        extraSvTeller
          .times(invoer.svLoon.plus(invoer.werkgeverslasten))
          .dividedBy(gb.times(svDagen.jaar)),
      );
  const extraInhuur = round2(
    max(NUL, inhuur.jaar.times(gb).minus(inhuur.basis.times(gj))).dividedBy(gb),
  );
  const personeelGerealiseerd = extraEigen.plus(extraInhuur);
  const personeelVergoedbaar = min(personeelGerealiseerd, invoer.afgesprokenPersoneel);
  const productie = productieSignalen(invoer.omzet, index, invoer.productieAfwijkingSignaal);
  const signalen = [...productie.signalen];
  if (personeelGerealiseerd.gt(invoer.afgesprokenPersoneel)) {
    signalen.push({
      code: "PERSONEEL_BOVEN_AFSPRAAK",
      melding: `De gerealiseerde extra personeelskosten (${euro(personeelGerealiseerd)}) liggen boven de afspraak personeel (${euro(invoer.afgesprokenPersoneel)}); het verschil komt mogelijk in aanmerking voor het landelijk restant (§9.4)`,
    });
  }
  return ok({
    ...mix.waarde,
    kostenPerSvDag: kostenPerSvDag(invoer.svLoon, invoer.werkgeverslasten, svDagen.jaar),
    extraSvDagen,
    extraEigen,
    extraInhuur,
    personeelGerealiseerd,
    personeelVergoedbaar,
    ...(productie.productieontwikkeling && {
      productieontwikkeling: productie.productieontwikkeling,
    }),
    signalen,
  });
}
