// docs/regels.md §4.3 and §5: the request and answer schemas of the beoordeling Lambda. Request bodies
// reuse the shared/ schemas (amounts as text → Decimal); answers are plain JSON (amounts as text
// with two decimals), also used for the OpenAPI document.
import * as z from "zod";
import { WerkvoorraadKeuzeVelden } from "#shared/beoordeling/werkvoorraad.js";
import { NietNegatiefBedragSchema } from "#shared/geld/bedrag.js";
import { TOESTANDEN } from "#shared/indiening/toestanden.js";
import { TERMIJN_STATUSSEN } from "#shared/kalender/beoordelingstermijn.js";
import { JaarSchema } from "#shared/kalender/tijd.js";
import { PaginaQueryVelden, VolgendeSchema } from "../lib/paginaschema.js";

const Id = z.string().trim().min(1).max(200);

export const AanvraagParamsSchema = z.strictObject({ aanvraagId: Id });
export const ZorgkantoorParamsSchema = z.strictObject({ zorgkantoorId: Id });

/** Query strings are text: "2020" → 2020, then the shared year rule. */
export const JaarQuerySchema = z.strictObject({
  jaar: z
    .string({ error: "geef het jaar op, bijvoorbeeld ?jaar=2020" })
    .regex(/^\d{4}$/, { error: "verwacht een jaartal van vier cijfers, bijvoorbeeld 2020" })
    .transform(Number)
    .pipe(JaarSchema),
});

/** §5 work list, filtered, sorted and paged (shared/beoordeling/werkvoorraad.ts). */
export const WerkvoorraadQuerySchema = z.strictObject({
  ...JaarQuerySchema.shape,
  ...WerkvoorraadKeuzeVelden,
  ...PaginaQueryVelden,
});

/** Optimistic locking: the `versie` of the aanvraag the caller read (409 when it moved on). */
const Versie = z
  .number({ error: "verwacht de versie van de aanvraag zoals u die las (een getal)" })
  .int({ error: "versie is een geheel getal" })
  .min(1, { error: "versie begint bij 1" });
const Reden = z.string().trim().min(1, { error: "geef een reden op" }).max(20000);

export const VersieBodySchema = z.strictObject({ versie: Versie });
export const AanvullingBodySchema = z.strictObject({ versie: Versie, reden: Reden });
export const MediationBodySchema = z.strictObject({
  versie: Versie,
  actief: z.boolean({ error: "actief is true (mediation melden) of false (beëindigen)" }),
  reden: z.string().trim().max(20000).optional(),
});
export const ReserveringBodySchema = z.strictObject({
  bedrag: NietNegatiefBedragSchema,
  reden: Reden,
});
/** §15.1: the amount granted for one overige line of year t (0 = not granted). */
const OverigeRegelToekenningSchema = z.strictObject({
  id: Id,
  bedrag: NietNegatiefBedragSchema,
});

export const ToekenningBodySchema = z.strictObject({
  versie: Versie,
  personeel: NietNegatiefBedragSchema,
  overige: NietNegatiefBedragSchema,
  overigeRegels: z
    .array(OverigeRegelToekenningSchema)
    .max(2000, { error: "ten hoogste 2.000 overige regels" })
    .optional(),
  compensatie: NietNegatiefBedragSchema.prefault("0.00"),
  motivering: z.string().max(20000).default(""),
});
export const AfwijzingBodySchema = z.strictObject({
  versie: Versie,
  motivering: z.string().max(20000).default(""),
});

const Bedrag = z.string().meta({ description: "bedrag in euro's, twee decimalen" });
const Actor = z.object({ sub: z.string(), rol: z.string() });

const VoorstelSchema = z.object({
  personeel: Bedrag,
  overige: Bedrag,
  compensatie: Bedrag,
  totaal: Bedrag,
  motivering: z.string(),
  voorgesteldDoor: Actor,
  op: z.string(),
});

const TermijnSchema = z.object({
  ontvangen: z.string().meta({ description: "ontvangstdatum JJJJ-MM-DD" }),
  streefdatum: z.string().meta({ description: "ontvangst + 6 weken" }),
  uitersteDatum: z.string().meta({ description: "ontvangst + 3 maanden" }),
  status: z.enum([...TERMIJN_STATUSSEN, "afgerond"]),
});

export const WerkvoorraadSchema = z
  .object({
    zorgkantoorId: z.string(),
    zorgkantoorNaam: z.string().nullable().meta({ description: "Voor het scherm: naam, geen id" }),
    jaar: z.number().int(),
    aantal: z
      .number()
      .int()
      .meta({ description: "Aantal aanvragen dat aan de filters voldoet (alle pagina's)" }),
    aanvragen: z.array(
      z.object({
        id: z.string(),
        aanbiederId: z.string(),
        aanbiederNaam: z.string().nullable(),
        toestand: z.enum(TOESTANDEN),
        mediation: z.boolean(),
        versie: z.number().int(),
        laatsteVersie: z.number().int(),
        termijn: TermijnSchema.nullable(),
        voorstelWachtOpTweedeHandtekening: z.boolean(),
        voorstel: VoorstelSchema.nullable().meta({
          description: "De voorgestelde toekenning die wacht op de tweede handtekening (§1)",
        }),
        afspraakTotaal: Bedrag.nullable(),
        laatVenster: z
          .object({
            nodig: z.boolean().meta({
              description:
                "Een concept na de indieningsperiode: alleen een laat venster laat het indienen (§3.2)",
            }),
            tot: z.string().nullable().meta({ description: "Einde van het geopende late venster" }),
          })
          .nullable()
          .meta({
            description: "Alleen bij een concept (zorgkantoor-beheer ziet die na 31 december t−1)",
          }),
      }),
    ),
    volgende: VolgendeSchema,
  })
  .meta({
    id: "Werkvoorraad",
    description:
      "Aanvragen van een zorgkantoor voor een jaar (§5), gefilterd en gesorteerd, één pagina",
  });

export const ReserveringSchema = z
  .object({
    aanvraagId: z.string(),
    aanbiederId: z.string(),
    jaar: z.number().int(),
    bedrag: Bedrag,
    berekend: Bedrag,
    bron: z.enum(["berekend", "zorgkantoor"]),
    reden: z.string().nullable(),
    productieTotaal: Bedrag,
    percentage: z.string(),
  })
  .meta({ id: "Reservering", description: "Het gereserveerde bedrag van een aanbieder (§5)" });

export const ZaakstandSchema = z
  .object({
    id: z.string(),
    toestand: z.enum(TOESTANDEN),
    mediation: z.boolean(),
    versie: z.number().int(),
  })
  .meta({ id: "Zaakstand", description: "De stand van een aanvraag na een actie (§4.3)" });

export const ToekenningsvoorstelSchema = z
  .object({
    id: z.string(),
    toestand: z.enum(TOESTANDEN),
    versie: z.number().int(),
    voorstel: VoorstelSchema,
  })
  .meta({
    id: "Toekenningsvoorstel",
    description: "Voorstel dat wacht op een tweede handtekening",
  });

export const LaatVensterSchema = ZaakstandSchema.extend({
  laatVenster: z.object({
    tot: z
      .string()
      .meta({ description: "tijdstip (exclusief) tot wanneer de aanbieder kan indienen" }),
    reden: z.string(),
  }),
}).meta({
  id: "LaatVenster",
  description:
    "Een laat indieningsvenster voor deze aanvraag (§3.2, §4.2 BUITEN_INDIENINGSPERIODE)",
});

export const AfspraakStandSchema = ZaakstandSchema.extend({
  afspraak: z
    .object({
      nummer: z.number().int(),
      soort: z.string(),
      personeel: Bedrag,
      overige: Bedrag,
      compensatie: Bedrag,
      totaal: Bedrag,
      overigeRegels: z
        .array(z.object({ id: z.string(), bedrag: Bedrag }))
        .optional()
        .meta({ description: "§15.1: per overige regel; ontbreekt bij afspraken van vóór §15.1" }),
    })
    .nullable(),
}).meta({ id: "AfspraakStand", description: "De aanvraag met de afspraak die geldt (§5)" });

export const AddendumStandSchema = ZaakstandSchema.extend({
  handtekeningen: z.object({
    aanbieder: z.object({ door: z.string(), op: z.string() }).nullable(),
    zorgkantoor: z.object({ door: z.string(), op: z.string() }).nullable(),
  }),
  getekendOp: z.string().nullable().meta({ description: "dag van de tweede handtekening (§6)" }),
}).meta({ id: "AddendumStand", description: "Handtekeningen onder het addendum (§5)" });

const Tekstblok = z.union([
  z.object({ soort: z.literal("kop"), tekst: z.string() }),
  z.object({ soort: z.literal("alinea"), tekst: z.string() }),
  z.object({
    soort: z.literal("bedragen"),
    kolommen: z.array(z.string()),
    rijen: z.array(
      z.object({ omschrijving: z.string(), aangevraagd: z.string(), toegekend: z.string() }),
    ),
  }),
]);

export const BeoordelingsbriefSchema = z
  .object({
    onderwerp: z.string(),
    datum: z.string(),
    aan: z.string(),
    van: z.string(),
    blokken: z.array(Tekstblok),
  })
  .meta({ id: "Beoordelingsbrief", description: "Inhoud van de beoordelingsbrief (§5.4)" });
