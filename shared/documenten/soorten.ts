// docs/regels.md §12 (documents per case, content type and size checked, PDF for plans and reports,
// at most 25 MB [portal rule]) with the kinds named in §4.1 (kwaliteitsplan, bijlagen), §5
// (beoordelingsbrief, addendum) and §9.3 (rapport van feitelijke bevindingen). One table says,
// per kind, which content types are allowed, who may upload it and whether the portal makes it
// itself, so the upload route, the screens and the tests ask the same data.
import * as z from "zod";
import type { Handeling } from "../toegang/rechten.js";

export const PDF = "application/pdf";

export const DOCUMENTSOORTEN = [
  "kwaliteitsplan",
  "bijlage",
  "rapport_feitelijke_bevindingen",
  "beoordelingsbrief",
  "addendum",
] as const;
export type Documentsoort = (typeof DOCUMENTSOORTEN)[number];
export const DocumentsoortSchema = z.enum(DOCUMENTSOORTEN, {
  error: `kies een documentsoort: ${DOCUMENTSOORTEN.join(", ")}`,
});

export interface DocumentsoortRegel {
  /** Dutch, for messages and screens ("een kwaliteitsplan"). */
  omschrijving: string;
  /** Allowed content types, lower case without parameters. */
  contentTypes: readonly string[];
  /**
   * The kind of action (shared/toegang/rechten.ts) a user needs to upload it; null for a
   * document the portal generates itself and nobody uploads.
   */
  uploadHandeling: Handeling | null;
}

// [portal rule] Every kind is PDF only in the first release: limits uploads to PDF, and
// a bijlage such as a business case can be saved as PDF. Widening a kind (e.g. XLSX for a
// business case) is one entry here plus its signature in controle.ts.
export const DOCUMENTSOORT_REGELS: Readonly<Record<Documentsoort, DocumentsoortRegel>> = {
  kwaliteitsplan: {
    omschrijving: "een kwaliteitsplan",
    contentTypes: [PDF],
    uploadHandeling: "indienen",
  },
  bijlage: {
    omschrijving: "een bijlage bij de aanvraag",
    contentTypes: [PDF],
    uploadHandeling: "indienen",
  },
  // The accountant's report belongs to the year report (§7) and must be there before the
  // vaststelling (§9.3): the aanbieder uploads it with the realisatie.
  rapport_feitelijke_bevindingen: {
    omschrijving: "een rapport van feitelijke bevindingen",
    contentTypes: [PDF],
    uploadHandeling: "realisatieMelden",
  },
  // §5: the beoordelingsbrief is made from the written motivation, and the addendum is generated
  // by the portal and signed in it by both parties: neither is an upload.
  beoordelingsbrief: {
    omschrijving: "een beoordelingsbrief",
    contentTypes: [PDF],
    uploadHandeling: null,
  },
  addendum: {
    omschrijving: "een addendum",
    contentTypes: [PDF],
    uploadHandeling: null,
  },
};

/** 25 MB [portal rule] as the user's file manager counts it: 25 × 1024 × 1024 bytes. */
export const STANDAARD_MAX_BYTES = 25 * 1024 * 1024;

/** A configured limit: a whole number of bytes, at least 1, at most 5 GB (one S3 upload). */
export const MaxBytesSchema = z
  .number({ error: "verwacht een aantal bytes als geheel getal" })
  .int({ error: "moet een geheel aantal bytes zijn" })
  .min(1, { error: "moet minstens 1 byte zijn" })
  .max(5 * 1024 ** 3, { error: "mag hoogstens 5 GB zijn (de grens van één S3-upload)" });

/** What an upload of one kind must satisfy; the same values go into the presigned POST policy. */
export interface UploadEisen {
  soort: Documentsoort;
  contentTypes: readonly string[];
  maxBytes: number;
}

/** The requirements for a kind; `maxBytes` is the configurable limit (default 25 MB). */
export const uploadEisen = (soort: Documentsoort, maxBytes = STANDAARD_MAX_BYTES): UploadEisen => ({
  soort,
  contentTypes: DOCUMENTSOORT_REGELS[soort].contentTypes,
  maxBytes,
});
