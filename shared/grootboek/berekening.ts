// docs/regels.md §15.4: the berekening `afwikkeling` — the ledger entries that settle one case after
// its vaststelling, as a controller can reproduce them with
// `npm run kb -- afwikkeling --input file.json`.
import * as z from "zod";
import { defineer } from "../berekening.js";
import { bedragTekst, NietNegatiefBedragSchema } from "../geld/bedrag.js";
import { dagTekst, InstantSchema, JaarSchema } from "../kalender/tijd.js";
import { ok } from "../resultaat.js";
import { TeVerrekenenSchema, VORDERING_TERMIJN_DAGEN, wikkelAf } from "./afwikkeling.js";
import { BOEKINGSOORTEN, BoekingSchema, boekingTekst, OorzaakSchema } from "./boeking.js";
import { cijfers, saldoVan } from "./saldo.js";

export const AfwikkelingInvoerSchema = z.strictObject({
  aanbiederId: z.string().min(1),
  zorgkantoorId: z.string().min(1),
  jaar: JaarSchema,
  vastgesteld: NietNegatiefBedragSchema,
  /** The instant of the decision (second signature), ISO 8601 with offset. */
  op: InstantSchema,
  /** Default {"soort":"vaststelling","id":"kb"}; it names the keys of the new entries. */
  oorzaak: OorzaakSchema.optional(),
  /** The ledger of this case (§15.3). */
  boekingen: z.array(BoekingSchema),
  /** Payments this zorgkantoor still owes this aanbieder in other years; default none. */
  teVerrekenen: z.array(TeVerrekenenSchema).optional(),
  /** Days from the vaststelling to the vordering's due date; default 30 (§15.4). */
  termijnDagen: z
    .number()
    .int({ error: "moet een geheel aantal dagen zijn" })
    .min(0)
    .max(366)
    .optional(),
});

const tekst = z.string();

const BoekingUitvoerSchema = z.object({
  sleutel: tekst,
  aanbiederId: tekst,
  zorgkantoorId: tekst,
  jaar: z.number(),
  soort: z.enum(BOEKINGSOORTEN),
  /** Signed: + towards the aanbieder, − back to the zorgkantoor (shared/grootboek/boeking.ts). */
  bedrag: tekst,
  datum: tekst,
  oorzaak: z.object({ soort: tekst, id: tekst }),
  betreft: tekst.optional(),
  verrekening: z.object({ jaar: z.number(), tegenboeking: tekst }).optional(),
  vervaldatum: tekst.optional(),
});

export const AfwikkelingUitvoerSchema = z.object({
  /** §9.3: vastgesteld − positie, with sign; paid = released (§15.3). */
  saldo: tekst,
  /** §15.3 before the settlement: paid − received + offset. */
  positie: tekst,
  /** vastgesteld − eindpositie (positie once everything open is settled): what this books. */
  teBoeken: tekst,
  gecorrigeerd: tekst,
  nabetaling: tekst,
  verrekend: tekst,
  vordering: tekst,
  /** Only with a vordering: YYYY-MM-DD, Europe/Amsterdam. */
  vervaldatum: tekst.optional(),
  boekingen: z.array(BoekingUitvoerSchema),
  afgewikkeld: z.boolean(),
});
export type AfwikkelingUitvoer = z.output<typeof AfwikkelingUitvoerSchema>;

export const afwikkelingBerekening = defineer({
  naam: "afwikkeling",
  omschrijving:
    "Boekt de afwikkeling van een zaak na de vaststelling: een nabetaling, of verrekening met betalingen in een ander jaar en een vordering voor de rest, als nieuwe grootboekboekingen.",
  bron: "docs/regels.md §15.3–§15.4",
  invoer: AfwikkelingInvoerSchema,
  uitvoer: AfwikkelingUitvoerSchema,
  bereken: (invoer) => {
    const r = wikkelAf({
      zaak: {
        aanbiederId: invoer.aanbiederId,
        zorgkantoorId: invoer.zorgkantoorId,
        jaar: invoer.jaar,
      },
      vastgesteld: invoer.vastgesteld,
      boekingen: invoer.boekingen,
      teVerrekenen: invoer.teVerrekenen ?? [],
      op: invoer.op,
      oorzaak: invoer.oorzaak ?? { soort: "vaststelling", id: "kb" },
      termijnDagen: invoer.termijnDagen ?? VORDERING_TERMIJN_DAGEN,
    });
    if (!r.ok) return r;
    const a = r.waarde;
    return ok<AfwikkelingUitvoer>({
      saldo: bedragTekst(a.saldo),
      positie: bedragTekst(cijfers(saldoVan(invoer.boekingen)).positie),
      teBoeken: bedragTekst(a.teBoeken),
      gecorrigeerd: bedragTekst(a.gecorrigeerd),
      nabetaling: bedragTekst(a.nabetaling),
      verrekend: bedragTekst(a.verrekend),
      vordering: bedragTekst(a.vordering),
      ...(a.vervaldatum && { vervaldatum: dagTekst(a.vervaldatum) }),
      boekingen: a.boekingen.map(boekingTekst),
      afgewikkeld: a.afgewikkeld,
    });
  },
});
