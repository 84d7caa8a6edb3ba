// docs/regels.md §15.3: every money movement is an immutable ledger entry (boeking) of one case
// (aanbieder, zorgkantoor, jaar), written in the same transaction as the decision or batch that
// caused it (its oorzaak). Every screen, letter and export takes its figures from these entries.
//
// SIGN CONVENTION [portal rule]: `bedrag` is signed, seen from the aanbieder: positive is money
// (or a claim to money) towards the aanbieder, negative is money (or a claim) back to the
// zorgkantoor. Per soort:
//   voorschot_besteld, nabetaling_besteld          > 0  an order to pay (not yet paid)
//   betaling_vrijgegeven, nabetaling_vrijgegeven   > 0  released in a batch with second signature = paid
//   vordering_opgelegd                             < 0  a terugvordering raised (with vervaldatum)
//   vordering_ontvangen                            < 0  money received back on a vordering
//   verrekening                                    ≠ 0  one half of an offset pair (§15.4): − on the
//        case that owes (it "pays back" by offset), + on the other year's case whose order is
//        settled by offset instead of paid; the two halves net to zero over the aanbieder
//   correctie                                      ≠ 0  §15.6 herziening: only ever reduces an open
//        claim: − cancels (part of) an open order, + reduces an open vordering
// So each entry moves exactly one balance of saldo.ts, and every balance is a plain sum; the
// §15.3 position "paid − received + offset" is Σ bedrag over the vrijgegeven, ontvangen and
// verrekening entries.
import * as z from "zod";
import { BedragSchema, bedragTekst } from "../geld/bedrag.js";
import { Decimal } from "../geld/decimal.js";
import { DatumSchema, dagTekst, InstantSchema, JaarSchema } from "../kalender/tijd.js";

export const BOEKINGSOORTEN = [
  "voorschot_besteld",
  "betaling_vrijgegeven",
  "nabetaling_besteld",
  "nabetaling_vrijgegeven",
  "vordering_opgelegd",
  "vordering_ontvangen",
  "verrekening",
  "correctie",
] as const;
export type BoekingSoort = (typeof BOEKINGSOORTEN)[number];

/** What caused an entry: the decision or batch whose transaction writes it (§15.3). */
export const OORZAAKSOORTEN = [
  "betaalopdracht", // the monthly voorschot job (§6)
  "betaalbatch", // a released payment batch (§15.4: proposal + second signature)
  "vaststelling", // §9.3, settled by §15.4
  "herziening", // §15.6
  "restantverdeling", // §15.7: an allotment of the national remainder becomes a nabetaling
  "ontvangst", // money received on a vordering, as booked by the zorgkantoor
  "verrekening", // a later offset of an open vordering against a payment now owed (§15.4)
] as const;
export type OorzaakSoort = (typeof OORZAAKSOORTEN)[number];

/** Orders and vorderingen: the entries that open a claim others (release, receipt, …) settle. */
export const BESTELLINGEN: readonly BoekingSoort[] = ["voorschot_besteld", "nabetaling_besteld"];
const VRIJGAVEN: readonly BoekingSoort[] = ["betaling_vrijgegeven", "nabetaling_vrijgegeven"];
const POSITIEF: readonly BoekingSoort[] = [...BESTELLINGEN, ...VRIJGAVEN];
const NEGATIEF: readonly BoekingSoort[] = ["vordering_opgelegd", "vordering_ontvangen"];
/** Kinds that settle or correct one earlier claim of the same case, named by `betreft`. */
const MET_BETREFT: readonly BoekingSoort[] = [...VRIJGAVEN, "vordering_ontvangen", "correctie"];

// Keys are made by the portal (boekingSleutel and afhandelSleutel below, betaalopdrachtSleutel of
// §6); they may hold "#" and "%" but never whitespace, so they fit a DynamoDB sort key as they are.
export const BoekingSleutelSchema = z
  .string({ error: "verwacht een sleutel als tekst" })
  .regex(/^\S{1,1024}$/, { error: "geen geldige sleutel: 1–1024 tekens zonder spaties" });

const IdSchema = z
  .string({ error: "verwacht een id als tekst" })
  .min(1, { error: "mag niet leeg zijn" })
  .max(128, { error: "hoogstens 128 tekens" });

export const OorzaakSchema = z.strictObject({
  soort: z.enum(OORZAAKSOORTEN, { error: `verwacht een van: ${OORZAAKSOORTEN.join(", ")}` }),
  /** The id or key of the decision, batch or order (a voorschot order's sleutel, §6). */
  id: BoekingSleutelSchema,
});
export type Oorzaak = z.output<typeof OorzaakSchema>;

export const BoekingSchema = z
  .strictObject({
    /** Unique and deterministic: the data layer writes an entry only if its key is new. */
    sleutel: BoekingSleutelSchema,
    aanbiederId: IdSchema,
    zorgkantoorId: IdSchema,
    jaar: JaarSchema,
    soort: z.enum(BOEKINGSOORTEN, { error: `verwacht een van: ${BOEKINGSOORTEN.join(", ")}` }),
    /** Signed euros, see the sign convention at the top of this file. */
    bedrag: BedragSchema,
    /** The instant of the cause (decision, release, receipt). */
    datum: InstantSchema,
    oorzaak: OorzaakSchema,
    /** The sleutel of the order or vordering of the same case this entry settles or corrects. */
    betreft: BoekingSleutelSchema.optional(),
    /** Only on a verrekening: the year of the other half and that half's sleutel. */
    verrekening: z
      .strictObject({ jaar: JaarSchema, tegenboeking: BoekingSleutelSchema })
      .optional(),
    /** Only on vordering_opgelegd: the due date (§15.4, Europe/Amsterdam day). */
    vervaldatum: DatumSchema.optional(),
  })
  .superRefine((b, ctx) => {
    // zod runs this also when a field already failed; the sign rules need a parsed bedrag.
    if (!Decimal.isDecimal(b.bedrag)) return;
    const meld = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (POSITIEF.includes(b.soort) && !b.bedrag.gt(0))
      meld("bedrag", `een boeking ${b.soort} is positief`);
    if (NEGATIEF.includes(b.soort) && !b.bedrag.lt(0))
      meld("bedrag", `een boeking ${b.soort} is negatief (geld terug naar het zorgkantoor)`);
    if (b.bedrag.isZero()) meld("bedrag", "een boeking van 0 verplaatst geen geld");
    const betreftNodig =
      MET_BETREFT.includes(b.soort) || (b.soort === "verrekening" && b.bedrag.gt(0));
    if (betreftNodig && !b.betreft)
      meld("betreft", `een boeking ${b.soort} noemt de bestelling of vordering die ze afhandelt`);
    if (!betreftNodig && b.soort !== "verrekening" && b.betreft)
      meld("betreft", `een boeking ${b.soort} handelt geen eerdere boeking af`);
    if ((b.soort === "verrekening") !== (b.verrekening !== undefined))
      meld("verrekening", "alleen en altijd bij een verrekening: het jaar en de tegenboeking");
    if (b.verrekening && b.verrekening.jaar === b.jaar)
      meld("verrekening", "een verrekening gaat tegen een ander jaar (§15.4)");
    if ((b.soort === "vordering_opgelegd") !== (b.vervaldatum !== undefined))
      meld("vervaldatum", "alleen en altijd bij vordering_opgelegd");
  });

/** An entry as the rules use it: bedrag a Decimal, datum a Date, vervaldatum a Dag. */
export type Boeking = z.output<typeof BoekingSchema>;
/** An entry at the edge (stored item, JSON): strings. */
export type BoekingTekst = z.input<typeof BoekingSchema>;

/** The edge form; `datum` in UTC with milliseconds, so parsing it back gives the same instant. */
export function boekingTekst(b: Boeking): BoekingTekst {
  return {
    sleutel: b.sleutel,
    aanbiederId: b.aanbiederId,
    zorgkantoorId: b.zorgkantoorId,
    jaar: b.jaar,
    soort: b.soort,
    bedrag: bedragTekst(b.bedrag),
    datum: b.datum.toISOString(),
    oorzaak: { soort: b.oorzaak.soort, id: b.oorzaak.id },
    ...(b.betreft && { betreft: b.betreft }),
    ...(b.verrekening && { verrekening: { ...b.verrekening } }),
    ...(b.vervaldatum && { vervaldatum: dagTekst(b.vervaldatum) }),
  };
}

/** One case of §2: one aanvraag per (aanbieder, zorgkantoor, jaar). */
export interface Zaak {
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
}

export const zaakVan = (b: Zaak): Zaak => ({
  aanbiederId: b.aanbiederId,
  zorgkantoorId: b.zorgkantoorId,
  jaar: b.jaar,
});

export const zelfdeZaak = (a: Zaak, b: Zaak): boolean =>
  a.aanbiederId === b.aanbiederId && a.zorgkantoorId === b.zorgkantoorId && a.jaar === b.jaar;

/**
 * "betaling_vrijgegeven#betaalbatch:<batch>#<order sleutel>": a settling entry is keyed by its
 * cause and the claim it settles, so one batch releases an order at most once, however often
 * the release is retried.
 */
export const afhandelSleutel = (soort: BoekingSoort, oorzaak: Oorzaak, betreft: string): string =>
  [soort, `${oorzaak.soort}:${encodeURIComponent(oorzaak.id)}`, betreft].join("#");

/**
 * "nabetaling_besteld#<aanbieder>#<zorgkantoor>#2020#vaststelling:<id>#1": deterministic per cause,
 * so a settlement computed twice for the same decision gives the same keys (put-if-absent). Ids
 * are percent-encoded so a "#" inside an id cannot make two entries share a key.
 */
export const boekingSleutel = (
  soort: BoekingSoort,
  zaak: Zaak,
  oorzaak: Oorzaak,
  volgnummer: number,
): string =>
  [
    soort,
    encodeURIComponent(zaak.aanbiederId),
    encodeURIComponent(zaak.zorgkantoorId),
    String(zaak.jaar),
    `${oorzaak.soort}:${encodeURIComponent(oorzaak.id)}`,
    String(volgnummer),
  ].join("#");
