// docs/regels.md §9: the nacalculatie (rondrekening §9.1, overige §9.2, vaststelling §9.3) and the
// national remainder (§9.4) as berekeningen: `npm run kb -- nacalculatie --input file.json` and
// `npm run kb -- landelijk-restant --input file.json`.
import * as z from "zod";
import { defineer } from "../berekening.js";
import { bedragTekst, NietNegatiefBedragSchema, PercentageSchema } from "../geld/bedrag.js";
import { NUL } from "../geld/decimal.js";
import { JaarSchema } from "../kalender/tijd.js";
import { parametersVoor } from "../parameters/jaarparameters.js";
import { ok } from "../resultaat.js";
import { RestantAanbiederSchema, verdeelLandelijkRestant } from "./landelijkRestant.js";
import { OverigeRegelSchema, overigeVergoedbaar } from "./overige.js";
import {
  AantalDagenSchema,
  ClientdagenSchema,
  GewichtenSchema,
  rondreken,
} from "./rondrekening.js";
import { SALDOSOORTEN, stelVast } from "./vaststelling.js";

const paar = <S extends z.ZodType>(s: S) => z.strictObject({ basis: s, jaar: s });

export const NacalculatieInvoerSchema = z.strictObject({
  /** Year t; only used for defaults from the year parameters (§3.1). Default 2020. */
  jaar: JaarSchema.optional(),
  /** §9.1 weights; default: the weights of the year parameters of `jaar`. */
  gewichten: GewichtenSchema.optional(),
  clientdagen: paar(ClientdagenSchema),
  svDagen: paar(AantalDagenSchema),
  /** SV-loon of year t. */
  svLoon: NietNegatiefBedragSchema,
  /** Werkgeverslasten of year t. */
  werkgeverslasten: NietNegatiefBedragSchema,
  inhuur: paar(NietNegatiefBedragSchema),
  /** Production VV4–VV10 of both years; optional, shown beside the index. */
  omzet: paar(NietNegatiefBedragSchema).optional(),
  /** Default: productieAfwijkingSignaal of the year parameters (0.10). */
  productieAfwijkingSignaal: PercentageSchema.optional(),
  afspraak: z.strictObject({
    personeel: NietNegatiefBedragSchema,
    overige: z.array(OverigeRegelSchema),
  }),
  /** The compensatiecomponent; default "0.00". */
  compensatie: NietNegatiefBedragSchema.optional(),
  betaaldeVoorschotten: NietNegatiefBedragSchema,
  /** Payments still due to the aanbieder in another year, for verrekening; default "0.00". */
  teVerrekenen: NietNegatiefBedragSchema.optional(),
});

const tekst = z.string();

export const NacalculatieUitvoerSchema = z.object({
  /** Client-mix index I, full precision (not rounded). */
  index: tekst,
  gewogenClientdagen: z.object({ basis: tekst, jaar: tekst }),
  /** c, full precision; null when SV-dagen_t = 0 (§15.6: c is undefined, extra eigen is 0). */
  kostenPerSvDag: tekst.nullable(),
  /** max(0, SV-dagen_t − SV-dagen_b × I), full precision. */
  extraSvDagen: tekst,
  extraEigen: tekst,
  extraInhuur: tekst,
  /** Pᵣ */
  personeelGerealiseerd: tekst,
  personeelVergoedbaar: tekst,
  /** omzet_t / omzet_b, full precision; absent without omzet or with omzet.basis 0. */
  productieontwikkeling: tekst.optional(),
  overige: z.array(z.object({ id: tekst, vergoedbaar: tekst })),
  overigeVergoedbaar: tekst,
  compensatie: tekst,
  vastgesteld: tekst,
  betaaldeVoorschotten: tekst,
  /** vastgesteld − betaaldeVoorschotten, with sign. */
  saldo: tekst,
  saldoSoort: z.enum(SALDOSOORTEN),
  nabetaling: tekst,
  verrekening: tekst,
  terugvordering: tekst,
  signalen: z.array(z.object({ code: tekst, melding: tekst })),
});
export type NacalculatieUitvoer = z.output<typeof NacalculatieUitvoerSchema>;

export const nacalculatie = defineer({
  naam: "nacalculatie",
  omschrijving:
    "Rekent de nacalculatie door: rondrekening van het extra personeel met de cliëntmix-index, vergoedbare overige kosten, vastgesteld bedrag en saldo met de betaalde voorschotten.",
  bron: "docs/regels.md §9.1–§9.3",
  invoer: NacalculatieInvoerSchema,
  uitvoer: NacalculatieUitvoerSchema,
  bereken: (invoer) => {
    const parameters = parametersVoor(invoer.jaar ?? 2020);
    const r = rondreken({
      gewichten: invoer.gewichten ?? parameters.gewichten,
      clientdagen: invoer.clientdagen,
      svDagen: invoer.svDagen,
      svLoon: invoer.svLoon,
      werkgeverslasten: invoer.werkgeverslasten,
      inhuur: invoer.inhuur,
      afgesprokenPersoneel: invoer.afspraak.personeel,
      ...(invoer.omzet && { omzet: invoer.omzet }),
      productieAfwijkingSignaal:
        invoer.productieAfwijkingSignaal ?? parameters.productieAfwijkingSignaal,
    });
    if (!r.ok) return r;
    const overige = overigeVergoedbaar(invoer.afspraak.overige);
    if (!overige.ok) return overige;
    const compensatie = invoer.compensatie ?? NUL;
    const v = stelVast({
      personeelVergoedbaar: r.waarde.personeelVergoedbaar,
      overigeVergoedbaar: overige.waarde.totaal,
      compensatie,
      betaaldeVoorschotten: invoer.betaaldeVoorschotten,
      teVerrekenen: invoer.teVerrekenen ?? NUL,
    });
    const rr = r.waarde;
    return ok<NacalculatieUitvoer>({
      index: rr.index.toFixed(),
      gewogenClientdagen: { basis: rr.gewogenBasis.toFixed(), jaar: rr.gewogenJaar.toFixed() },
      kostenPerSvDag: rr.kostenPerSvDag?.toFixed() ?? null,
      extraSvDagen: rr.extraSvDagen.toFixed(),
      extraEigen: bedragTekst(rr.extraEigen),
      extraInhuur: bedragTekst(rr.extraInhuur),
      personeelGerealiseerd: bedragTekst(rr.personeelGerealiseerd),
      personeelVergoedbaar: bedragTekst(rr.personeelVergoedbaar),
      ...(rr.productieontwikkeling && {
        productieontwikkeling: rr.productieontwikkeling.toFixed(),
      }),
      overige: overige.waarde.regels.map((o) => ({
        id: o.id,
        vergoedbaar: bedragTekst(o.vergoedbaar),
      })),
      overigeVergoedbaar: bedragTekst(overige.waarde.totaal),
      compensatie: bedragTekst(compensatie),
      vastgesteld: bedragTekst(v.vastgesteld),
      betaaldeVoorschotten: bedragTekst(invoer.betaaldeVoorschotten),
      saldo: bedragTekst(v.saldo),
      saldoSoort: v.saldoSoort,
      nabetaling: bedragTekst(v.nabetaling),
      verrekening: bedragTekst(v.verrekening),
      terugvordering: bedragTekst(v.terugvordering),
      signalen: rr.signalen,
    });
  },
});

export const LandelijkRestantInvoerSchema = z.strictObject({
  /** The landelijk kwaliteitsbudget of year t (incl. compensatie, as the vastgestelde amounts). */
  landelijkBudget: NietNegatiefBedragSchema,
  /** Vastgestelde amounts of all aanbieders of year t; one total in a list of one is fine. */
  vastgesteld: z.array(NietNegatiefBedragSchema),
  aanbieders: z.array(RestantAanbiederSchema),
});

export const LandelijkRestantUitvoerSchema = z.object({
  /** R = landelijkBudget − Σ vastgesteld, with sign. */
  restant: tekst,
  totaalClaims: tekst,
  /** = min(max(R, 0), totaalClaims). */
  totaalToegekend: tekst,
  naarRato: z.boolean(),
  toekenningen: z.array(z.object({ id: tekst, claim: tekst, toegekend: tekst })),
});
export type LandelijkRestantUitvoer = z.output<typeof LandelijkRestantUitvoerSchema>;

export const landelijkRestant = defineer({
  naam: "landelijk-restant",
  omschrijving:
    "Verdeelt het landelijk restant na alle vaststellingen over aanbieders met meer gerealiseerd extra personeel dan afgesproken, binnen hun goedgekeurde aanvraag en met het personeel nog in dienst.",
  bron: "docs/regels.md §9.4",
  invoer: LandelijkRestantInvoerSchema,
  uitvoer: LandelijkRestantUitvoerSchema,
  bereken: (invoer) => {
    const r = verdeelLandelijkRestant(invoer);
    if (!r.ok) return r;
    return ok<LandelijkRestantUitvoer>({
      restant: bedragTekst(r.waarde.restant),
      totaalClaims: bedragTekst(r.waarde.totaalClaims),
      totaalToegekend: bedragTekst(r.waarde.totaalToegekend),
      naarRato: r.waarde.naarRato,
      toekenningen: r.waarde.toekenningen.map((t) => ({
        id: t.id,
        claim: bedragTekst(t.claim),
        toegekend: bedragTekst(t.toegekend),
      })),
    });
  },
});
