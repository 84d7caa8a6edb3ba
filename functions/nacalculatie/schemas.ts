// docs/regels.md §9: request and answer schemas of the nacalculatie routes — the computed
// nacalculatie of a case, the zorgkantoor's judgement of the overige lines, and the vaststelling
// with four eyes (proposal, second signature). Answers are plain JSON, amounts as strings (§11).
import * as z from "zod";
import { BedragSchema, NietNegatiefBedragSchema } from "#shared/geld/bedrag.js";
import { VORDERINGSTATUSSEN } from "#shared/grootboek/vordering.js";
import { DatumSchema } from "#shared/kalender/tijd.js";
import { NacalculatieUitvoerSchema } from "#shared/nacalculatie/berekening.js";
import { FinancieelOverzichtSchema } from "#shared/overzicht/schema.js";
import { Id } from "../lib/padschemas.js";

const Bedrag = z.string().meta({ description: "Bedrag in euro's, twee decimalen: 1234.50" });

const Versie = z
  .number({ error: "verwacht de versie van de aanvraag die u las" })
  .int({ error: "versie is een geheel getal" })
  .min(1, { error: "versie begint bij 1" });

const Reden = (wat: string) =>
  z
    .string({ error: `geef de reden ${wat}` })
    .trim()
    .min(1, { error: `de reden ${wat} mag niet leeg zijn` })
    .max(2000, { error: "de reden is te lang (hoogstens 2000 tekens)" });

/** §9.2: not conform needs a reason; it goes into the vaststelling's motivation. */
const eisRedenNietConform = (r: { conform: boolean; reden?: string }, ctx: z.RefinementCtx) => {
  if (!r.conform && r.reden === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["reden"],
      message: "geef een reden waarom deze regel niet conform de afspraak is besteed",
    });
};

/**
 * §9.2, §15.6: the zorgkantoor's judgement of one line of the year report — conform or not (with
 * a reason) — and optionally the realised amount from the accountant's report that replaces the
 * reported one, with the reason why.
 */
const OverigeOordeelSchema = z
  .strictObject({
    id: Id("de overige regel"),
    /** false: not spent as agreed (§9.2), the line gets 0; a reason is required. */
    conform: z.boolean({ error: "conform is true of false" }).default(true),
    reden: Reden("waarom de regel niet conform is besteed").optional(),
    correctie: z
      .strictObject(
        {
          bedrag: NietNegatiefBedragSchema,
          reden: Reden("van de correctie uit het accountantsrapport"),
        },
        { error: "verwacht een correctie met bedrag en reden" },
      )
      .optional(),
  })
  .superRefine(eisRedenNietConform);

/** §15.6: a herziening's correction of one line: the realised amount and the judgement. */
const HerzieningOverigeSchema = z
  .strictObject({
    id: Id("de overige regel"),
    gerealiseerd: NietNegatiefBedragSchema,
    conform: z.boolean({ error: "conform is true of false" }).default(true),
    reden: Reden("van deze regel").optional(),
  })
  .superRefine(eisRedenNietConform);

export const OverigeBodySchema = z.strictObject({
  versie: Versie,
  regels: z
    .array(OverigeOordeelSchema, { error: "verwacht een lijst met overige regels" })
    .min(1, { error: "geef minstens één regel op" })
    .max(200, { error: "te veel regels" }),
});

export const VoorstelBodySchema = z.strictObject({
  versie: Versie,
  /** Payments due to the aanbieder in another year that a negative saldo is offset against (§9.3). */
  teVerrekenen: NietNegatiefBedragSchema.optional(),
});

export const GoedkeuringBodySchema = z.strictObject({ versie: Versie });

/**
 * §15.6: the figures a herziening corrects. Per overige line the corrected realised amount and
 * conform flag (with reason), as in §9.2; of the year report only the money figures of year t
 * that the accountant's report checks — SV-loon, werkgeverslasten and inhuur [portal rule: client
 * days and SV-days are production figures, not the accountant's correction].
 */
export const HerzieningCorrectiesSchema = z.strictObject({
  overige: z
    .array(HerzieningOverigeSchema, { error: "verwacht een lijst met overige regels" })
    .max(200, { error: "te veel regels" })
    .optional(),
  jaarverslag: z
    .strictObject({
      svLoon: NietNegatiefBedragSchema.optional(),
      werkgeverslasten: NietNegatiefBedragSchema.optional(),
      inhuur: NietNegatiefBedragSchema.optional(),
    })
    .optional(),
});

export const HerzieningBodySchema = z.strictObject({
  versie: Versie,
  reden: z
    .string({ error: "geef de reden van de herziening" })
    .trim()
    .min(1, { error: "de reden van de herziening mag niet leeg zijn" })
    .max(2000, { error: "de reden is te lang (hoogstens 2000 tekens)" }),
  correcties: HerzieningCorrectiesSchema,
});

/** §15.7: whether the extra staff are still employed, with the date and a note (§9.4). */
export const PersoneelInDienstBodySchema = z.strictObject({
  versie: Versie,
  personeelInDienst: z.boolean({ error: "personeelInDienst is true (ja) of false (nee)" }),
  datum: DatumSchema,
  toelichting: z
    .string({ error: "de toelichting is tekst" })
    .trim()
    .min(1, { error: "de toelichting mag niet leeg zijn" })
    .max(2000, { error: "de toelichting is te lang (hoogstens 2000 tekens)" }),
});

/**
 * §15.4: money received on the case's vordering. [portal rule] The kenmerk is the bank's reference
 * of the transfer, in the SEPA character set and at most 140 characters (a SEPA remittance line):
 * the same kenmerk booked again is the same receipt (vorderingOntvangst.ts).
 */
export const OntvangstBodySchema = z.strictObject({
  bedrag: BedragSchema.refine((d) => d.gt(0), { error: "het ontvangen bedrag is groter dan 0" }),
  ontvangenOp: DatumSchema,
  kenmerk: z
    .string({ error: "geef het kenmerk of de omschrijving van de bankbetaling" })
    .trim()
    .min(1, { error: "het kenmerk van de bankbetaling mag niet leeg zijn" })
    .max(140, { error: "het kenmerk is te lang (hoogstens 140 tekens, zoals bij de bank)" })
    .regex(/^[A-Za-z0-9 /\-?:().,'+]+$/, {
      error: "het kenmerk bevat alleen letters, cijfers, spaties en / - ? : ( ) . , ' +",
    }),
});

const PersoneelInDienstSchema = z.object({
  personeelInDienst: z.boolean(),
  datum: z.string(),
  toelichting: z.string(),
  vastgelegdDoor: z.string(),
  op: z.string(),
});

const OverigeRegelSchema = z.object({
  id: z.string(),
  omschrijving: z.string(),
  afgesproken: Bedrag,
  gemeld: Bedrag.nullable().meta({ description: "door de aanbieder gemeld in het jaarverslag" }),
  correctie: z
    .object({ bedrag: Bedrag, reden: z.string() })
    .nullable()
    .meta({ description: "correctie van het zorgkantoor uit het accountantsrapport" }),
  gerealiseerd: Bedrag.nullable().meta({ description: "de correctie, anders het gemelde bedrag" }),
  conform: z.boolean(),
  reden: z.string().optional(),
  vergoedbaar: Bedrag.nullable().meta({ description: "wat de nacalculatie telt (§9.2)" }),
});

const VoorstelSchema = z.object({
  voorgesteldDoor: z.object({ sub: z.string(), rol: z.string() }),
  op: z.string(),
  teVerrekenen: Bedrag,
  uitkomst: NacalculatieUitvoerSchema,
});

/** §15.6: year-report corrections as stored (amounts as text, §11). */
const JaarverslagCorrectiesAntwoordSchema = z.object({
  svLoon: Bedrag.optional(),
  werkgeverslasten: Bedrag.optional(),
  inhuur: Bedrag.optional(),
});

/** §15.6: a herziening's corrections as stored (amounts as text, §11): what the site lists. */
const HerzieningCorrectiesAntwoordSchema = z.object({
  overige: z
    .array(
      z.object({
        id: z.string(),
        gerealiseerd: Bedrag,
        conform: z.boolean(),
        reden: z.string().optional(),
      }),
    )
    .optional(),
  jaarverslag: JaarverslagCorrectiesAntwoordSchema.optional(),
});

const VaststellingSchema = z.object({
  vastgesteld: Bedrag,
  saldo: Bedrag,
  saldoSoort: z.string(),
  nabetaling: Bedrag,
  nabetalingVerrekend: Bedrag.optional().meta({
    description: "deel van de nabetaling verrekend met open vorderingen van andere jaren (§15.4)",
  }),
  verrekening: Bedrag,
  terugvordering: Bedrag,
  vervaldatum: z.string().optional().meta({ description: "vervaldag van de vordering (§15.4)" }),
  voorgesteldDoor: z.string(),
  goedgekeurdDoor: z.string(),
  op: z.string(),
  versie: z.number().optional().meta({ description: "1, +1 per herziening (§15.6)" }),
  herziening: z
    .object({
      reden: z.string(),
      vorigVastgesteld: Bedrag,
      gecorrigeerd: Bedrag,
      correcties: HerzieningCorrectiesAntwoordSchema,
      jaarverslag: JaarverslagCorrectiesAntwoordSchema.meta({
        description: "de jaarverslagcorrecties die na deze herziening gelden",
      }),
    })
    .optional(),
});

const HerzieningsvoorstelSchema = z.object({
  voorgesteldDoor: z.object({ sub: z.string(), rol: z.string() }),
  op: z.string(),
  reden: z.string(),
  vanVersie: z.number(),
  correcties: HerzieningCorrectiesAntwoordSchema,
  uitkomst: NacalculatieUitvoerSchema,
});

/** §15.4: the terugvordering of the case, from the ledger. */
const VorderingSchema = z.object({
  bedrag: Bedrag.meta({ description: "opgelegd, min wat een herziening eraf haalde" }),
  vervaldatum: z.string().nullable().meta({ description: "JJJJ-MM-DD (Europe/Amsterdam)" }),
  ontvangen: Bedrag,
  verrekend: Bedrag,
  open: Bedrag,
  status: z.enum(VORDERINGSTATUSSEN),
});

/** §15.3, §15.4: where the settlement stands, from the ledger. */
const AfwikkelingSchema = z.object({
  betaald: Bedrag.meta({ description: "vrijgegeven − ontvangen + verrekend (de positie)" }),
  openstaandBesteld: Bedrag.meta({ description: "opgedragen, nog niet vrijgegeven" }),
  vorderingOpen: Bedrag,
  /** null: the case has no terugvordering. */
  vordering: VorderingSchema.nullable(),
  afgewikkeld: z.boolean(),
});

export const NacalculatieSchema = z
  .object({
    aanvraagId: z.string(),
    jaar: z.number(),
    versie: z.number(),
    jaarverslagVersie: z.number().nullable(),
    rapportAanwezig: z.boolean(),
    afgesprokenPersoneel: Bedrag,
    compensatie: Bedrag,
    betaaldeVoorschotten: Bedrag,
    overige: z.array(OverigeRegelSchema),
    /** What is still missing before the vaststelling (Dutch, one line each). */
    ontbreekt: z.array(z.string()),
    berekening: NacalculatieUitvoerSchema.nullable(),
    voorstel: VoorstelSchema.nullable(),
    vaststelling: VaststellingSchema.nullable(),
    /** §15.7: the zorgkantoor's record for the national remainder; null: not yet recorded. */
    personeelInDienst: PersoneelInDienstSchema.nullable(),
    /** §15.4: from the ledger once vastgesteld; null before. */
    afwikkeling: AfwikkelingSchema.nullable(),
    /** §15.6: a herziening awaiting its second signature; null: none. */
    herzieningsvoorstel: HerzieningsvoorstelSchema.nullable(),
    /** §15.6: the earlier vaststelling versions, oldest first (each with its figures). */
    eerdereVaststellingen: z.array(VaststellingSchema),
  })
  .meta({ id: "Nacalculatie", description: "De nacalculatie van een aanvraag (§9)" });

export const VaststellingsvoorstelSchema = z
  .object({ aanvraagId: z.string(), versie: z.number(), voorstel: VoorstelSchema })
  .meta({ id: "Vaststellingsvoorstel", description: "Voorgestelde vaststelling (§9.3)" });

export const VaststellingAntwoordSchema = z
  .object({
    aanvraagId: z.string(),
    versie: z.number(),
    afspraakNummer: z.number(),
    vaststelling: VaststellingSchema,
  })
  .meta({ id: "Vaststelling", description: "De vastgestelde nacalculatie (§9.3)" });

/** §15.7: the approver names the version of the proposed distribution they read. */
export const RestantGoedkeuringBodySchema = z.strictObject({
  versie: z
    .number({ error: "versie: verwacht de versie van de voorgestelde verdeling die u las" })
    .int({ error: "versie is een geheel getal" })
    .min(1, { error: "versie begint bij 1" }),
});

const Toekenning = z.object({
  aanvraagId: z.string(),
  aanbiederId: z.string(),
  zorgkantoorId: z.string(),
  claim: Bedrag,
  toegekend: Bedrag,
});

export const RestantverdelingSchema = z
  .object({
    jaar: z.number(),
    versie: z.number(),
    status: z.enum(["voorgesteld", "besloten", "toegepast"]),
    voorgesteldDoor: z.string(),
    voorgesteldOp: z.string(),
    goedgekeurdDoor: z.string().nullable(),
    besluitOp: z.string().nullable(),
    restant: Bedrag,
    totaalClaims: Bedrag,
    totaalToegekend: Bedrag,
    naarRato: z.boolean(),
    aantalToekenningen: z.number(),
    /** Only the allotments above 0: each becomes a nabetaling of its zorgkantoor. */
    toekenningen: z.array(Toekenning),
  })
  .meta({
    id: "Restantverdeling",
    description:
      "De verdeling van het landelijk restant: voorgesteld, besloten met vier ogen, toegepast als nabetalingen (§15.7, §9.4)",
  });

export const HerzieningsvoorstelAntwoordSchema = z
  .object({ aanvraagId: z.string(), versie: z.number(), voorstel: HerzieningsvoorstelSchema })
  .meta({ id: "Herzieningsvoorstel", description: "Voorgestelde herziening (§15.6)" });

export const HerzieningAntwoordSchema = z
  .object({
    aanvraagId: z.string(),
    versie: z.number(),
    afspraakNummer: z.number(),
    vaststelling: VaststellingSchema,
  })
  .meta({ id: "Herziening", description: "De herziene vaststelling, een nieuwe versie (§15.6)" });

/** §15.8: the financial overview of one aanvraag (shared/overzicht/schema.ts). */
export const FinancieelOverzichtAntwoordSchema = FinancieelOverzichtSchema.extend({
  aanvraagId: z.string(),
});
