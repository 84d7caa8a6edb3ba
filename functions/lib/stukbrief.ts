///#5: the contract between the two halves of the portal's letters (docs/regels.md §5, §9.3).
// The rapportage Lambda loads the case and composes the letter as JSON
// (GET /api/aanvragen/{aanvraagId}/stukken/{stuk}); the stukken Lambda fetches that JSON, checks
// it with these schemas and lays it out as PDF (functions/stukken/opmaak.ts). Only zod here —
// no pdf-lib, no data layer — so both bundles can carry it.
import * as z from "zod";

/**
 * The documents the portal renders as PDF (§5: brief and addendum; §9.3: vaststelling; §15.2:
 * the herschikkingsbrief).
 */
export const STUKKEN = [
  "beoordelingsbrief",
  "addendum",
  "vaststelling",
  "herschikkingsbrief",
] as const;
export type Stuk = (typeof STUKKEN)[number];

export const StukParamsSchema = z.strictObject({
  aanvraagId: z
    .string({ error: "verwacht het id van de aanvraag" })
    .min(1, { error: "het id van de aanvraag mag niet leeg zijn" })
    .max(200, { error: "het id van de aanvraag is te lang" }),
  stuk: z.enum(STUKKEN, { error: `het stuk is een van: ${STUKKEN.join(", ")}` }),
});

const Tekst = z.string();

export const BlokSchema = z.discriminatedUnion("soort", [
  z.object({ soort: z.literal("kop"), tekst: Tekst }),
  z.object({ soort: z.literal("alinea"), tekst: Tekst }),
  z.object({
    soort: z.literal("tabel"),
    kolommen: z.array(Tekst).min(1),
    rijen: z.array(z.array(Tekst)),
    /** The last row is a total: bold, with a rule above it. */
    totaalrij: z.boolean().optional(),
  }),
]);

/** A letter, already formatted (amounts "€ 1.234,56", dates dd-mm-jjjj, §11): only laid out. */
export const BriefSchema = z.object({
  /** Document title (PDF metadata and the footer). */
  titel: Tekst,
  van: Tekst,
  aan: Tekst,
  /** The addressee's address lines under its name (none when not known). */
  aanAdres: z.array(Tekst).max(4).default([]),
  /** The letter's reference, to quote in any reply (shared/brieven/brief.ts). */
  kenmerk: Tekst,
  datum: z.string().regex(/^\d{2}-\d{2}-\d{4}$/, { error: "verwacht een datum dd-mm-jjjj" }),
  onderwerp: Tekst,
  blokken: z.array(BlokSchema),
});

/**
 * The answer of the JSON route: the letter plus the case's year, which the PDF's file name
 * needs (kind, year and id: never user text) and only the data route knows.
 */
export const StukBriefSchema = BriefSchema.extend({
  jaar: z.number().int().min(2000).max(2099).meta({ description: "Het jaar van de aanvraag" }),
}).meta({ id: "StukBrief", description: "De inhoud van een stuk van een aanvraag, als brief" });
export type Blok = z.output<typeof BlokSchema>;
export type Brief = z.output<typeof BriefSchema>;
export type StukBrief = z.output<typeof StukBriefSchema>;

/** The download name: kind, year and id only (safe characters), never user text. */
export const bestandsnaam = (stuk: Stuk, jaar: number, aanvraagId: string): string =>
  `${stuk}-${jaar}-${aanvraagId.replace(/[^A-Za-z0-9-]/g, "")}.pdf`;
