// Request and answer schemas of the rapportage routes — documents
// (PDF, XLSX), the regional overview, the national totals and remainder (§9.4), and the live
// previews that compute without storing. Request bodies reuse the shared/ and other functies'
// schemas; answers are plain JSON with amounts as strings (§11).
import * as z from "zod";
import { NacalculatieUitvoerSchema } from "#shared/nacalculatie/berekening.js";
import { JaarverslagSchema } from "#shared/realisatie/jaarverslag.js";
import { HerschikkingVoorstelBodySchema } from "../herschikking/schemas.js";
import { PaginaQueryVelden, VolgendeSchema } from "../lib/paginaschema.js";
import { RestantverdelingSchema } from "../nacalculatie/schemas.js";

const Bedrag = z.string().meta({ description: "Bedrag in euro's, twee decimalen: 1234.50" });

// The letters' contract is shared with the stukken Lambda (PDF), which must not bundle this file.
export { STUKKEN, type Stuk, StukBriefSchema, StukParamsSchema } from "../lib/stukbrief.js";

/** §7 jaarverslag as the PUT takes it, without the version lock: a preview stores nothing. */
export const JaarverslagVoorbeeldBodySchema = z.strictObject({ verslag: JaarverslagSchema });

/**
 * §8: the (edited) proposal as the decision takes it; versions are not checked by a preview. The
 * reason §15.2 asks of the decision is optional here: checking while typing decides nothing.
 */
export const HerschikkingControleBodySchema = HerschikkingVoorstelBodySchema.partial({
  reden: true,
});

const Cijfers = {
  /** Agreed kwaliteitsbudget in force (incl. compensatie), Σ toegekend. */
  afgesproken: Bedrag,
  /** Voorschot orders in a released payment batch (§1, §6), released up to now. */
  betaald: Bedrag,
  /** Every voorschot order made up to now, released or still awaiting its batch. */
  opgedragen: Bedrag,
  /** Realised to date in the latest realisatie window (§7): personeel costs + overige spend. */
  gerealiseerd: Bedrag,
  /** Vastgesteld by the nacalculatie (§9.3); 0.00 while not vastgesteld. */
  vastgesteld: Bedrag,
};

const RijSchema = z.object({
  aanvraagId: z.string(),
  aanbiederId: z.string(),
  aanbiederNaam: z.string().nullable(),
  toestand: z.string(),
  ...Cijfers,
  realisatieVenster: z.string().nullable(),
  isVastgesteld: z.boolean(),
});

export const RegioOverzichtSchema = z.object({
  zorgkantoorId: z.string(),
  zorgkantoorNaam: z.string().nullable(),
  jaar: z.number(),
  kader: Bedrag.nullable(),
  /** The kader item's running agreed total (§5), beside Σ of the rows. */
  afgesprokenInKader: Bedrag.nullable(),
  /** Cases in the list (concepts not counted), over all pages. */
  aantalAanvragen: z.number(),
  rijen: z.array(RijSchema),
  /** The whole list's totals (running totals and ledger balance), not only this page's. */
  totalen: z.object(Cijfers),
  volgende: VolgendeSchema,
});

export const RegioOverzichtQuerySchema = z.strictObject({ ...PaginaQueryVelden });

export const LandelijkeTotalenSchema = z.object({
  jaar: z.number(),
  landelijkBudget: Bedrag,
  regios: z.array(
    z.object({
      zorgkantoorId: z.string(),
      zorgkantoorNaam: z.string().nullable(),
      kader: Bedrag.nullable(),
      aantalAanvragen: z.number(),
      ...Cijfers,
    }),
  ),
  totalen: z.object({ kader: Bedrag, ...Cijfers }),
});

export const LandelijkRestantSchema = z.object({
  jaar: z.number(),
  landelijkBudget: Bedrag,
  totaalVastgesteld: Bedrag,
  /** false while cases with an agreement still await their vaststelling (§9.4 "after all"). */
  definitief: z.boolean(),
  nogNietVastgesteld: z.array(z.string()),
  restant: Bedrag,
  totaalClaims: Bedrag,
  totaalToegekend: Bedrag,
  naarRato: z.boolean(),
  /** §15.7: the stored round (proposed, decided, booked), null before the first proposal. */
  verdeling: RestantverdelingSchema.nullable(),
  aanbieders: z.array(
    z.object({
      aanvraagId: z.string(),
      aanbiederId: z.string(),
      aanbiederNaam: z.string().nullable(),
      zorgkantoorId: z.string(),
      zorgkantoorNaam: z.string().nullable(),
      personeelGerealiseerd: Bedrag,
      afgesprokenPersoneel: Bedrag,
      aangevraagdPersoneel: Bedrag,
      personeelInDienst: z.boolean(),
      claim: Bedrag,
      toegekend: Bedrag,
      /**
       * §15.7: the allotment booked as a nabetaling, ordered or paid (ledger); `verrekend` is the
       * part that settled a vordering of another year (§15.4). Null without an allotment.
       */
      nabetaling: z
        .object({ bedrag: Bedrag, verrekend: Bedrag, status: z.enum(["opgedragen", "betaald"]) })
        .nullable(),
    }),
  ),
});

export const JaarverslagVoorbeeldSchema = z.object({
  aanvraagId: z.string(),
  jaar: z.number(),
  /** What is still missing before a vaststelling (as the nacalculatie route reports it). */
  ontbreekt: z.array(z.string()),
  berekening: NacalculatieUitvoerSchema.nullable(),
  /** The §9 finding when the inputs break a rule (e.g. no weighted client days). */
  fout: z.object({ code: z.string(), veld: z.string(), melding: z.string() }).nullable(),
});

export const HerschikkingControleSchema = z.object({
  zorgkantoorId: z.string(),
  jaar: z.number(),
  toegestaan: z.boolean(),
  totaalNieuweAfspraken: Bedrag,
  kader: Bedrag,
  regels: z.array(
    z.object({
      aanvraagId: z.string(),
      nieuweAfspraak: Bedrag,
      overtredingen: z.array(z.object({ code: z.string(), veld: z.string(), melding: z.string() })),
    }),
  ),
  /** Violations of the proposal as a whole (kader, missing lines). */
  overtredingen: z.array(z.object({ code: z.string(), veld: z.string(), melding: z.string() })),
});
