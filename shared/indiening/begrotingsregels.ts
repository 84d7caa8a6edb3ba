// docs/regels.md §4.1.3 (seed §4.2.3–§4.2.5): the lines of the meerjarenbegroting. A concept may be
// incomplete, so the schema checks types and formats only; the SMART texts and dates may be empty
// and the §4.2 checks (toetsing.ts) report what is missing as findings.
import * as z from "zod";
import { NietNegatiefBedragSchema } from "../geld/bedrag.js";
import { Decimal } from "../geld/decimal.js";
import { DatumSchema, JaarSchema, MaandSchema } from "../kalender/tijd.js";
import { heleCijfers, LIMIETEN } from "../limieten.js";

export const FUNCTIEGROEPEN = [
  "behandelaar",
  "verpleegkundige",
  "verzorgende",
  "helpende",
  "geestelijk-verzorger",
  "gastvrouw-gastheer",
  "vrijwilligerscoordinator",
  "activiteitenbegeleider",
  "overig-zorgpersoneel",
] as const;
export type Functiegroep = (typeof FUNCTIEGROEPEN)[number];

export const FUNCTIEGROEP_NAAM: Record<Functiegroep, string> = {
  behandelaar: "behandelaar",
  verpleegkundige: "verpleegkundige",
  verzorgende: "verzorgende",
  helpende: "helpende",
  "geestelijk-verzorger": "geestelijk verzorger",
  "gastvrouw-gastheer": "gastvrouw/-heer",
  vrijwilligerscoordinator: "vrijwilligerscoördinator",
  activiteitenbegeleider: "activiteitenbegeleider",
  "overig-zorgpersoneel": "overig zorgpersoneel",
};

export const OVERIGE_CATEGORIEEN = [
  "productiviteit",
  "deskundigheid",
  "technologie",
  "welbevinden",
  "overhead",
  "werving-en-selectie",
  "accountantskosten",
] as const;
export type OverigeCategorie = (typeof OVERIGE_CATEGORIEEN)[number];

export const CATEGORIE_NAAM: Record<OverigeCategorie, string> = {
  productiviteit: "productiviteit",
  deskundigheid: "deskundigheid",
  technologie: "technologie",
  welbevinden: "welbevinden",
  overhead: "overhead",
  "werving-en-selectie": "werving & selectie",
  accountantskosten: "accountantskosten",
};

/** A line that is not tied to one locatie (§4.1.3 "locatie or organisatiebreed"). */
export const ORGANISATIEBREED = "organisatiebreed";

/** A free text of a concept: may be empty, completeness is a finding, not a schema error. */
export const TekstSchema = z
  .string({ error: "verwacht tekst" })
  .max(20000, { error: "tekst is te lang (hoogstens 20.000 tekens)" })
  .default("");

const IdSchema = z
  .string({ error: "verwacht een id als tekst" })
  .trim()
  .min(1, { error: "een id mag niet leeg zijn" })
  .max(LIMIETEN.idTekens, { error: `een id is hoogstens ${LIMIETEN.idTekens} tekens` });

/** A locatie id or "organisatiebreed". */
export const LocatieVerwijzingSchema = z
  .string({ error: 'verwacht een locatie-id of "organisatiebreed"' })
  .trim()
  .min(1, { error: 'kies een locatie of "organisatiebreed"' })
  .max(LIMIETEN.idTekens, { error: `een locatie-id is hoogstens ${LIMIETEN.idTekens} tekens` });

/** A list of a request's rows, bounded like every list (shared/limieten.ts). */
export const regelsVan = <T extends z.ZodType>(regel: T, wat: string) =>
  z.array(regel).max(LIMIETEN.regels, { error: `hoogstens ${LIMIETEN.regels} ${wat}` });

/** Extra fte: ≥ 0 with at most two decimals, as a string ("2.50"). Output: Decimal. */
export const FteSchema = z
  .string({ error: 'verwacht extra fte als tekst, bijvoorbeeld "2.50"' })
  .max(LIMIETEN.getalTekens, { error: "te lang voor een aantal fte" })
  .regex(/^\d+(\.\d{1,2})?$/, {
    error: 'geen geldig aantal fte: niet negatief, hoogstens twee decimalen, bijvoorbeeld "2.50"',
  })
  .refine((s) => heleCijfers(s) <= LIMIETEN.fteCijfers, {
    error: `te groot: hoogstens ${LIMIETEN.fteCijfers} cijfers vóór de punt (minder dan 100.000 fte)`,
  })
  .transform((s) => new Decimal(s));

/** Loonkosten per fte per year, split as seed §4.2.4 allows them. */
export const LoonkostenSchema = z.strictObject({
  /** salaris, vakantietoeslag */
  direct: NietNegatiefBedragSchema,
  /** pensioen, reiskosten, vergoedingen, secundaire voorwaarden, personeelsverzekeringen */
  indirect: NietNegatiefBedragSchema,
  /** loonheffing, volks- en werknemersverzekeringen, Zvw-bijdrage */
  premies: NietNegatiefBedragSchema,
});

const personeelBasis = {
  id: IdSchema,
  functiegroep: z.enum(FUNCTIEGROEPEN),
  locatie: LocatieVerwijzingSchema,
  fte: FteSchema,
  ingangsmaand: MaandSchema,
};

export const LoondienstRegelSchema = z.strictObject({
  ...personeelBasis,
  soort: z.literal("loondienst"),
  loonkostenPerFte: LoonkostenSchema,
});

export const InhuurRegelSchema = z.strictObject({
  ...personeelBasis,
  soort: z.literal("inhuur"),
  /** Cost of hiring one fte for a full year. */
  kostenPerFte: NietNegatiefBedragSchema,
});

export const PersoneelsregelSchema = z.discriminatedUnion(
  "soort",
  [LoondienstRegelSchema, InhuurRegelSchema],
  { error: 'soort moet "loondienst" of "inhuur" zijn' },
);
export type Personeelsregel = z.output<typeof PersoneelsregelSchema>;

export const SmartSchema = z.strictObject({
  specifiekDoel: TekstSchema,
  meetbaarResultaat: TekstSchema,
  haalbaarheid: TekstSchema,
  relevantie: TekstSchema,
  startdatum: DatumSchema.optional(),
  einddatum: DatumSchema.optional(),
});

export const OverigeRegelSchema = z.strictObject({
  id: IdSchema,
  categorie: z.enum(OVERIGE_CATEGORIEEN),
  omschrijving: TekstSchema,
  locatie: LocatieVerwijzingSchema,
  smart: SmartSchema.prefault({}),
  bedrag: NietNegatiefBedragSchema,
});
export type OverigeRegel = z.output<typeof OverigeRegelSchema>;

/** One year of the meerjarenbegroting; line ids are unique within the year (§7 reports per line). */
export const BegrotingsjaarSchema = z
  .strictObject({
    jaar: JaarSchema,
    personeel: regelsVan(PersoneelsregelSchema, "personeelsregels per jaar").default([]),
    overige: regelsVan(OverigeRegelSchema, "overige regels per jaar").default([]),
  })
  .superRefine((j, ctx) => {
    const gezien = new Set<string>();
    const regels = [
      ...j.personeel.map((r, i) => ({ id: r.id, pad: ["personeel", i, "id"] })),
      ...j.overige.map((r, i) => ({ id: r.id, pad: ["overige", i, "id"] })),
    ];
    for (const r of regels) {
      if (gezien.has(r.id))
        ctx.addIssue({
          code: "custom",
          path: r.pad,
          message: `regel-id "${r.id}" komt in ${j.jaar} meer dan eens voor`,
        });
      gezien.add(r.id);
    }
  });
export type Begrotingsjaar = z.output<typeof BegrotingsjaarSchema>;

/** Per year t and up to two later years (§4.1.3); each year once. */
export const MeerjarenbegrotingSchema = z
  .array(BegrotingsjaarSchema)
  .max(3, { error: "de meerjarenbegroting heeft hoogstens drie jaren (t, t+1, t+2)" })
  .superRefine((jaren, ctx) => {
    jaren.forEach((j, i) => {
      if (jaren.findIndex((k) => k.jaar === j.jaar) !== i)
        ctx.addIssue({
          code: "custom",
          path: [i, "jaar"],
          message: `het jaar ${j.jaar} staat meer dan eens in de begroting`,
        });
    });
  });
export type Meerjarenbegroting = z.output<typeof MeerjarenbegrotingSchema>;
