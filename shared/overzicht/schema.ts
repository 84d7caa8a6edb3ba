// The financial overview of one aanvraag (financieel.ts) as the API answers it: every amount as
// text with two decimals (§11), months as "YYYY-MM", days as "YYYY-MM-DD".
import * as z from "zod";
import { VORDERINGSTATUSSEN } from "../grootboek/vordering.js";
import { VENSTERS } from "../realisatie/venster.js";

const bedrag = z.string();

export const VERWACHTINGSBRONNEN = ["afspraak", "realisatie", "jaarverslag"] as const;
export type Verwachtingsbron = (typeof VERWACHTINGSBRONNEN)[number];

export const VoorschotmaandSchema = z.object({
  maand: z.string(),
  /** §6: what the schedule pays in this month on the bases in force. */
  gepland: bedrag,
  /** §15.3, from the ledger: ordered, released (= paid), settled by offset, still open. */
  besteld: bedrag,
  betaald: bedrag,
  verrekend: bedrag,
  gecorrigeerd: bedrag,
  open: bedrag,
});

const TotaalSchema = VoorschotmaandSchema.omit({ maand: true });

export const FinancieelOverzichtSchema = z.object({
  jaar: z.number().int(),
  /** §5, §15.1: the agreement in force (not the vaststelling); null before a toekenning. */
  afspraak: z
    .object({
      personeel: bedrag,
      overige: bedrag,
      compensatie: bedrag,
      totaal: bedrag,
      overigeRegels: z.array(z.object({ omschrijving: z.string(), afgesproken: bedrag })),
    })
    .nullable(),
  voorschot: z.object({
    percentage: z.string().nullable(),
    maanden: z.array(VoorschotmaandSchema),
    totaal: TotaalSchema,
    /** §6: T(12) on the basis in force in December. */
    jaardoel: bedrag,
  }),
  /** §7: the latest report of each tussentijdse window, in window order. */
  realisatie: z.array(
    z.object({
      venster: z.enum(VENSTERS),
      maandenGedekt: z.number().int(),
      ingediendOp: z.string(),
      /** Realised to date: personeel cost plus overige spend. */
      gerealiseerd: bedrag,
      /** §7: realised × 12 / months covered, per line, summed. */
      projectie: bedrag,
      /** §6: projected eligible spend plus compensatie, never above the agreement. */
      verwachtVastgesteld: bedrag,
    }),
  ),
  /** [portal rule] docs/regels.md §15.8: the expected outcome before the vaststelling. */
  verwacht: z
    .object({
      bron: z.enum(VERWACHTINGSBRONNEN),
      vastgesteld: bedrag,
      voorschotten: bedrag,
      saldo: bedrag,
    })
    .nullable(),
  /** §9.3: the vaststelling as laid down; null before it. */
  definitief: z.object({ vastgesteld: bedrag, voorschotten: bedrag, saldo: bedrag }).nullable(),
  /** §15.4: the terugvordering as the ledger has it; null when there is none. */
  vordering: z
    .object({
      bedrag,
      ontvangen: bedrag,
      verrekend: bedrag,
      open: bedrag,
      vervaldatum: z.string().nullable(),
      status: z.enum(VORDERINGSTATUSSEN),
    })
    .nullable(),
});
export type FinancieelOverzicht = z.output<typeof FinancieelOverzichtSchema>;
