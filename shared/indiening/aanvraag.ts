// docs/regels.md §4.1: the content of an aanvraag — kwaliteitsplan and bijlagen, a verbeterparagraaf
// per locatie, the meerjarenbegroting, the three verklaringen and (for a deviating verhouding) the
// onderbouwing. `{}` is a valid concept: parts that are absent get empty defaults, and what is
// still missing at indiening is what the §4.2 checks report.
import * as z from "zod";
import { LIMIETEN } from "../limieten.js";
import {
  MeerjarenbegrotingSchema,
  ORGANISATIEBREED,
  regelsVan,
  TekstSchema,
} from "./begrotingsregels.js";

/** A schema of free-text fields, one per label: the labels are the single list of the parts. */
const tekstvelden = <K extends string>(labels: Record<K, string>) =>
  z.strictObject(
    Object.fromEntries(Object.keys(labels).map((k) => [k, TekstSchema])) as Record<
      K,
      typeof TekstSchema
    >,
  );

export const DOCUMENTSOORTEN = ["kwaliteitsplan", "bijlage"] as const;

/** A reference to a stored document (§12 checks type and size when it is uploaded). */
export const DocumentSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .min(1, { error: "een document-id mag niet leeg zijn" })
    .max(LIMIETEN.idTekens, { error: `een document-id is hoogstens ${LIMIETEN.idTekens} tekens` }),
  soort: z.enum(DOCUMENTSOORTEN),
  naam: z
    .string()
    .trim()
    .min(1, { error: "een document heeft een naam" })
    .max(LIMIETEN.naamTekens, {
      error: `de naam van een document is hoogstens ${LIMIETEN.naamTekens} tekens`,
    }),
});
export type Document = z.output<typeof DocumentSchema>;

/** The four parts of seed §4.2.2, in its order. */
export const VERBETERPARAGRAAF_DELEN = {
  watGaatDeAanbiederDoen: "wat gaat de aanbieder doen",
  welkResultaat: "welk resultaat",
  watIsDaarvoorNodig: "wat is daarvoor nodig",
  hoeWordtInternGemonitord: "hoe wordt intern gemonitord",
} as const;
export type VerbeterparagraafDeel = keyof typeof VERBETERPARAGRAAF_DELEN;

export const VerbeterparagraafSchema = tekstvelden(VERBETERPARAGRAAF_DELEN);

export const LocatieSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .min(1, { error: "een locatie-id mag niet leeg zijn" })
    .max(LIMIETEN.idTekens, { error: `een locatie-id is hoogstens ${LIMIETEN.idTekens} tekens` })
    .refine((id) => id !== ORGANISATIEBREED, {
      error: `"${ORGANISATIEBREED}" is geen locatie-id maar de keuze voor organisatiebrede regels`,
    }),
  naam: TekstSchema,
  verbeterparagraaf: VerbeterparagraafSchema.prefault({}),
});
export type Locatie = z.output<typeof LocatieSchema>;

/** §4.1.4, each a confirmation by the aanbieder. */
export const VERKLARINGEN = {
  geenDubbeleBekostiging:
    "geen dubbele bekostiging (Sectorplanplus, transitiemiddelen of andere bronnen)",
  uitsluitendVv4TotVv10: "het extra personeel is uitsluitend voor cliënten met ZZP/VPT VV4–VV10",
  extraFteTovBasisjaar:
    "extra fte zijn geteld ten opzichte van het basisjaar bij gelijkblijvende cliëntpopulatie",
} as const;
export type Verklaring = keyof typeof VERKLARINGEN;

export const VerklaringenSchema = z.strictObject({
  geenDubbeleBekostiging: z.boolean().default(false),
  uitsluitendVv4TotVv10: z.boolean().default(false),
  extraFteTovBasisjaar: z.boolean().default(false),
});

/** The ten toetspunten of seed §4.2.7 (§4.1.5), in its order. */
export const TOETSPUNTEN = {
  doelenKwaliteitskader:
    "doelen van het kwaliteitskader en het programma Thuis in het Verpleeghuis",
  nodenClientgroep: "noden en wensen van de cliëntgroep",
  kenmerkenAanbieder: "kenmerken van de aanbieder",
  kenmerkenRegio: "kenmerken van de regio",
  bijdrageLerenEnVerbeteren: "bijdrage aan leren en verbeteren",
  bereidheidLeereffectDelen: "bereidheid het leereffect te delen",
  innovatieveTechnologie: "inzet van innovatieve technologie",
  draagvlak: "draagvlak bij cliënten, medewerkers, bestuur en Raad van Toezicht",
  opschalingEnVoortzetting: "visie op opschaling en structurele voortzetting",
  businessCase: "onderbouwde business case",
} as const;
export type Toetspunt = keyof typeof TOETSPUNTEN;

export const OnderbouwingSchema = tekstvelden(TOETSPUNTEN);

const LocatiesSchema = regelsVan(LocatieSchema, "locaties").superRefine((locaties, ctx) => {
  locaties.forEach((l, i) => {
    if (locaties.findIndex((k) => k.id === l.id) !== i)
      ctx.addIssue({
        code: "custom",
        path: [i, "id"],
        message: `locatie-id "${l.id}" komt meer dan eens voor`,
      });
  });
});

export const AanvraagSchema = z.strictObject({
  documenten: regelsVan(DocumentSchema, "documenten").default([]),
  locaties: LocatiesSchema.default([]),
  begroting: MeerjarenbegrotingSchema.default([]),
  verklaringen: VerklaringenSchema.prefault({}),
  onderbouwing: OnderbouwingSchema.prefault({}),
});
/** The stored (JSON) form: amounts as strings. */
export type AanvraagInvoer = z.input<typeof AanvraagSchema>;
export type Aanvraag = z.output<typeof AanvraagSchema>;

/** A text counts as answered when it has more than white space. */
export const ingevuld = (tekst: string | undefined): boolean =>
  tekst !== undefined && tekst.trim() !== "";
