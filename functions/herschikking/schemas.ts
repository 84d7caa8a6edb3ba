// docs/regels.md §8: request and answer schemas of the herschikking routes — the proposal for one
// zorgkantoor and year, and the zorgkantoor's decision on the (possibly edited) lines. Request
// bodies reuse the shared/ amount schemas; answers are plain JSON with amounts as strings (§11).
import * as z from "zod";
import { BedragSchema } from "#shared/geld/bedrag.js";
import { EigenVerdelingSchema } from "#shared/herschikking/eigenVerdeling.js";
import { Id } from "../lib/padschemas.js";

const Bedrag = z.string().meta({ description: "Bedrag in euro's, twee decimalen: 1234.50" });

export const HerschikkingParamsSchema = z.strictObject({
  zorgkantoorId: Id("het zorgkantoor"),
  jaar: z
    .string({ error: "verwacht een jaartal, bijvoorbeeld 2020" })
    .regex(/^20\d{2}$/, { error: "het jaar is een jaartal van vier cijfers, bijvoorbeeld 2020" })
    .transform(Number),
});

/** §15.2: the proposal one zorgkantoor-beheer user lays down; another approves it. */
export const HerschikkingVoorstelBodySchema = z.strictObject({
  voorstel: z
    .array(
      z.strictObject({
        aanvraagId: Id("de aanvraag"),
        /** The new agreement excluding compensatie (§8); negative passes on to the check. */
        nieuweAfspraak: BedragSchema,
        /** Optimistic lock: the versie of the aanvraag as the proposal showed it. */
        versie: z
          .number({ error: "verwacht de versie van de aanvraag uit het voorstel" })
          .int({ error: "versie is een geheel getal" })
          .min(1, { error: "versie begint bij 1" }),
        /**
         * §15.2 [portal rule]: the zorgkantoor's own split of the new total over personeel and
         * overige (or its lines); absent → the computed split.
         */
        verdeling: EigenVerdelingSchema.optional(),
      }),
      { error: "verwacht de lijst met regels van het voorstel" },
    )
    .max(1000, { error: "te veel regels" }),
  /** §15.2: the decision needs a reason; proposed with the lines, it goes into every audit record. */
  reden: z
    .string({ error: "geef de reden van het herschikkingsbesluit (§15.2)" })
    .trim()
    .min(1, { error: "de reden van het herschikkingsbesluit mag niet leeg zijn (§15.2)" })
    .max(2000, { error: "de reden is te lang (hoogstens 2000 tekens)" }),
});

const RegelSchema = z.object({
  aanvraagId: z.string(),
  aanbiederId: z.string(),
  /** For the screens: the aanbieder's name (null only if the aanbieder is gone). */
  aanbiederNaam: z.string().nullable(),
  versie: z.number(),
  /** A: the agreement in force excluding compensatie. */
  afspraak: Bedrag,
  compensatie: Bedrag,
  /** Q: personeel + overige of year t in the submitted version the toekenning was based on. */
  aangevraagd: Bedrag,
  /** P: the projection for the year (excluding compensatie). */
  prognose: Bedrag,
  prognoseBron: z.enum(["oktober", "juli", "mei", "afspraak"]),
  verlaging: Bedrag,
  vraag: Bedrag,
  verhoging: Bedrag,
  nieuweAfspraak: Bedrag,
  mutatie: Bedrag,
  /**
   * §8, §15.2: A, Q and P per category, for the screens (P only from the October window, else
   * null); §8 itself runs on the totals above.
   */
  perCategorie: z.object({
    personeel: z.object({ afspraak: Bedrag, aangevraagd: Bedrag, prognose: Bedrag.nullable() }),
    overige: z.object({ afspraak: Bedrag, aangevraagd: Bedrag, prognose: Bedrag.nullable() }),
  }),
  /**
   * §15.2: per category the agreement in force, the request (the cap) and the split of
   * nieuweAfspraak by the rule — the default the zorgkantoor may change; null when the stored
   * agreement cannot be split (an agreement above its request).
   */
  verdeling: z
    .object({
      personeel: z.object({ afspraak: Bedrag, aangevraagd: Bedrag, nieuw: Bedrag }),
      overige: z.object({ afspraak: Bedrag, aangevraagd: Bedrag, nieuw: Bedrag }),
    })
    .nullable(),
});

const PerCategorie = z.object({ personeel: Bedrag, overige: Bedrag });
const Regels = z.array(z.object({ id: z.string(), bedrag: Bedrag }));

/** §15.2: one line of the laid-down proposal, old and new per category (and overige line). */
const VastgelegdeRegelSchema = z.object({
  aanvraagId: z.string(),
  aanbiederId: z.string(),
  afspraak: Bedrag,
  nieuweAfspraak: Bedrag,
  mutatie: Bedrag,
  /** A, Q, P per category (P only from the October window, else null) and the new split. */
  vorige: PerCategorie,
  aangevraagd: PerCategorie,
  prognose: PerCategorie.nullable(),
  prognoseTotaal: Bedrag,
  nieuw: PerCategorie,
  /** §15.2: true when the zorgkantoor gave the split itself, false when it is the computed one. */
  eigenVerdeling: z.boolean(),
  vorigeRegels: Regels.nullable(),
  nieuweRegels: Regels.nullable(),
  /** §15.2 overleg: the aanbieder's written response, if any. */
  reactie: z.object({ tekst: z.string(), op: z.string(), voorstelVersie: z.number() }).nullable(),
});

export const VastgelegdVoorstelSchema = z
  .object({
    versie: z.number(),
    reden: z.string(),
    op: z.string(),
    /** The caller laid it down: they cannot approve it (four eyes). */
    doorU: z.boolean(),
    regels: z.array(VastgelegdeRegelSchema),
  })
  .meta({
    id: "HerschikkingVastgelegdVoorstel",
    description:
      "Het vastgelegde herschikkingsvoorstel dat op een tweede handtekening wacht (§15.2)",
  });

export const HerschikkingGoedkeuringBodySchema = z.strictObject({
  /** The version of the laid-down proposal the approver saw (four eyes sign what they read). */
  versie: z
    .number({ error: "verwacht de versie van het vastgelegde voorstel" })
    .int({ error: "versie is een geheel getal" })
    .min(1, { error: "versie begint bij 1" }),
});

/** §15.2: the reopened herschikking window. */
export const HerschikkingHeropeningSchema = z
  .object({
    zorgkantoorId: z.string(),
    jaar: z.number(),
    /** ISO instant until which (exclusive) the window is open again. */
    tot: z.string(),
    reden: z.string(),
    status: z.enum(["nog_niet_open", "open", "gesloten", "heropend"]),
    versie: z.number(),
  })
  .meta({
    id: "HerschikkingHeropening",
    description: "De heropening van het herschikkingsvenster (§15.2)",
  });

/** §15.2: whether the herschikking may be decided now, with the reason in Dutch. */
const VensterSchema = z.object({
  status: z.enum(["nog_niet_open", "open", "gesloten", "heropend"]),
  reden: z.string(),
  heropening: z.object({ tot: z.string(), reden: z.string() }).nullable(),
});

export const HerschikkingZaakParamsSchema = z.strictObject({ aanvraagId: Id("de aanvraag") });

export const HerschikkingReactieBodySchema = z.strictObject({
  tekst: z
    .string({ error: "geef uw reactie op het herschikkingsvoorstel" })
    .trim()
    .min(1, { error: "de reactie mag niet leeg zijn" })
    .max(4000, { error: "de reactie is te lang (hoogstens 4000 tekens)" }),
  versie: z
    .number({ error: "verwacht de versie van het voorstel waarop u reageert" })
    .int({ error: "versie is een geheel getal" })
    .min(1, { error: "versie begint bij 1" }),
});

export const HerschikkingRegelSchema = z
  .object({
    aanvraagId: z.string(),
    jaar: z.number(),
    /** The open proposal's line for this case; null when no proposal names it. */
    voorstel: z
      .object({
        versie: z.number(),
        reden: z.string(),
        op: z.string(),
        regel: VastgelegdeRegelSchema,
      })
      .nullable(),
  })
  .meta({
    id: "HerschikkingRegel",
    description: "De regel van het herschikkingsvoorstel voor deze aanvraag (§15.2)",
  });

export const HerschikkingsvoorstelSchema = z
  .object({
    zorgkantoorId: z.string(),
    jaar: z.number(),
    /** The regional kader as set (incl. compensatie). */
    regionaalKader: Bedrag,
    /** What the herschikking may distribute: kader minus what is not part of it (compensatie, vastgestelde afspraken). */
    kader: Bedrag,
    regels: z.array(RegelSchema),
    ruimte: Bedrag,
    verlagingen: Bedrag,
    vraag: Bedrag,
    verhogingen: Bedrag,
    naarRato: z.boolean(),
    totaalAfspraken: Bedrag,
    /** §15.2: the proposal laid down and awaiting the second signature; null when none. */
    vastgelegd: VastgelegdVoorstelSchema.nullable(),
    /** §15.2: the November window (or its reopening) at this moment. */
    venster: VensterSchema,
  })
  .meta({ id: "Herschikkingsvoorstel", description: "Het herschikkingsvoorstel (§8)" });

export const HerschikkingBesluitSchema = z
  .object({
    zorgkantoorId: z.string(),
    jaar: z.number(),
    gewijzigd: z.array(
      z.object({
        aanvraagId: z.string(),
        afspraakNummer: z.number(),
        vorige: Bedrag,
        nieuweAfspraak: Bedrag,
        mutatie: Bedrag,
        basisVanafMaand: z.string().nullable(),
        /** §15.2: old and new agreement per category, split by the rule of §15.2. */
        perCategorie: z.object({
          personeel: z.object({ vorige: Bedrag, nieuw: Bedrag }),
          overige: z.object({ vorige: Bedrag, nieuw: Bedrag }),
        }),
      }),
    ),
    /** §15.2: the decision's number (the proposal version it approved) and state. */
    besluit: z.number(),
    status: z.enum(["besloten", "toegepast"]),
    regionaalKader: Bedrag,
    afgesproken: Bedrag,
  })
  .meta({ id: "HerschikkingBesluit", description: "De vastgelegde herschikking (§8)" });
