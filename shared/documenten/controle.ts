// docs/regels.md §12: a document counts only after the server has checked its size, content type and
// content (PDF for plans and reports, at most 25 MB [portal rule]). In AWS the presigned POST
// policy already limits size and type, but the type is only what the browser claims and the
// local S3 emulator enforces nothing — so the server checks the stored object itself, and the
// first bytes must be the file format's signature. The same rules also answer the announcement
// of an upload, so a user with a 40 MB file hears it before uploading.
import * as z from "zod";
import { LIMIETEN } from "../limieten.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import { saneerBestandsnaam } from "./bestandsnaam.js";
import {
  DOCUMENTSOORT_REGELS,
  DocumentsoortSchema,
  PDF,
  type UploadEisen,
  uploadEisen,
} from "./soorten.js";

const VELD = "bestand";

/** The signature every file of a content type starts with, and how a refusal is named. */
interface Handtekening {
  begin: Uint8Array;
  code: string;
  melding: string;
}

const HANDTEKENINGEN: Readonly<Record<string, Handtekening>> = {
  // ISO 32000: a PDF starts with "%PDF-" followed by the version. [portal rule] At the very first
  // byte: readers tolerate leading junk, but a file that needs that tolerance is not a clean PDF.
  [PDF]: {
    begin: new TextEncoder().encode("%PDF-"),
    code: "DOCUMENT_GEEN_PDF",
    melding: "de inhoud is geen PDF (een PDF begint met %PDF-); sla het document op als PDF",
  },
};

/** How many leading bytes the content check needs (the longest signature). */
export const AANTAL_EERSTE_BYTES = Math.max(
  ...Object.values(HANDTEKENINGEN).map((h) => h.begin.length),
);

/** "application/PDF; charset=x" → "application/pdf"; absent or empty → "". */
export const normaliseerContentType = (t: string | undefined): string =>
  (t ?? "").split(";")[0]!.trim().toLowerCase();

/** Megabytes with one decimal, Dutch comma, rounded UP so a too-large file never reads as the limit. */
export function megabytes(bytes: number): string {
  const tienden = Math.ceil((bytes * 10) / (1024 * 1024));
  return `${Math.floor(tienden / 10)},${tienden % 10} MB`;
}

/** The limit rounded DOWN, without ",0" for a whole number: "25 MB". */
export function grensTekst(bytes: number): string {
  const tienden = Math.floor((bytes * 10) / (1024 * 1024));
  const heel = Math.floor(tienden / 10);
  return tienden % 10 === 0 ? `${heel} MB` : `${heel},${tienden % 10} MB`;
}

export interface Kenmerken {
  grootte: number;
  contentType: string | undefined;
}

export interface GecontroleerdeKenmerken {
  grootte: number;
  /** Normalised: lower case, no parameters. */
  contentType: string;
}

/** The fields a refusal names: the stored file, or the announced size and type. */
export interface Velden {
  grootte: string;
  contentType: string;
}
const BESTAND: Velden = { grootte: VELD, contentType: VELD };

/** What a file must satisfy, whatever it is (a case document or a bank statement). */
export interface Bestandseisen {
  /** Dutch, for messages ("een kwaliteitsplan", "het bankafschrift"). */
  omschrijving: string;
  contentTypes: readonly string[];
  maxBytes: number;
}

/** Size and content type (what S3's HeadObject says, or what the browser announces). */
export function controleerKenmerken(
  k: Kenmerken,
  eisen: UploadEisen = uploadEisen("kwaliteitsplan"),
  velden: Velden = BESTAND,
): Resultaat<GecontroleerdeKenmerken> {
  return toetsKenmerken(
    k,
    { ...eisen, omschrijving: DOCUMENTSOORT_REGELS[eisen.soort].omschrijving },
    velden,
  );
}

function toetsKenmerken(
  k: Kenmerken,
  eisen: Bestandseisen,
  velden: Velden,
): Resultaat<GecontroleerdeKenmerken> {
  const omschrijving = eisen.omschrijving;
  const g = velden.grootte;
  if (!Number.isSafeInteger(k.grootte) || k.grootte < 0)
    return fout("ONGELDIGE_INVOER", g, `${g}: de grootte is geen geldig aantal bytes`);
  if (k.grootte === 0) return fout("DOCUMENT_LEEG", g, `${g}: het bestand is leeg (0 bytes)`);
  if (k.grootte > eisen.maxBytes)
    return fout(
      "DOCUMENT_TE_GROOT",
      g,
      `${g}: het bestand is ${megabytes(k.grootte)} (${k.grootte} bytes); ${omschrijving} mag hoogstens ${grensTekst(eisen.maxBytes)} (${eisen.maxBytes} bytes) zijn`,
    );
  const contentType = normaliseerContentType(k.contentType);
  const t = velden.contentType;
  if (!eisen.contentTypes.includes(contentType))
    return fout(
      "DOCUMENT_TYPE_NIET_TOEGESTAAN",
      t,
      `${t}: bestandstype ${contentType || "(onbekend)"} is niet toegestaan voor ${omschrijving}; toegestaan: ${eisen.contentTypes.map(typeNaam).join(", ")}`,
    );
  return ok({ grootte: k.grootte, contentType });
}

const typeNaam = (t: string): string => (t === PDF ? "PDF" : t);

/** The first bytes of the stored object must be its type's signature. */
export function controleerInhoud(
  contentType: string,
  eersteBytes: Uint8Array,
  veld = VELD,
): Resultaat<true> {
  const h = HANDTEKENINGEN[normaliseerContentType(contentType)];
  // A type without a known signature cannot be allowed in DOCUMENTSOORT_REGELS: refuse it.
  if (!h)
    return fout(
      "DOCUMENT_TYPE_NIET_TOEGESTAAN",
      veld,
      `${veld}: bestandstype ${contentType} kan niet worden gecontroleerd`,
    );
  const klopt =
    eersteBytes.length >= h.begin.length && h.begin.every((b, i) => eersteBytes[i] === b);
  return klopt ? ok(true) : fout(h.code, veld, `${veld}: ${h.melding}`);
}

/**
 * A file that arrives whole in a request body (the bankafschrift of §15.5): the same size and
 * signature checks as an upload, every refusal naming `veld`. Its content type is what the
 * caller says it is (`eisen.contentTypes[0]`): the signature decides, not a browser's claim.
 */
export function controleerBytes(
  bytes: Uint8Array,
  eisen: Bestandseisen,
  veld: string,
): Resultaat<GecontroleerdeKenmerken> {
  const k = toetsKenmerken({ grootte: bytes.length, contentType: eisen.contentTypes[0] }, eisen, {
    grootte: veld,
    contentType: veld,
  });
  if (!k.ok) return k;
  const inhoud = controleerInhoud(
    k.waarde.contentType,
    bytes.subarray(0, AANTAL_EERSTE_BYTES),
    veld,
  );
  return inhoud.ok ? k : inhoud;
}

export interface Upload extends Kenmerken {
  /** At least AANTAL_EERSTE_BYTES leading bytes of the object (fewer only if it is that short). */
  eersteBytes: Uint8Array;
}

/** The whole check after upload: size, then type, then signature; the first failure wins. */
export function controleerUpload(
  upload: Upload,
  eisen: UploadEisen = uploadEisen("kwaliteitsplan"),
): Resultaat<GecontroleerdeKenmerken> {
  const kenmerken = controleerKenmerken(upload, eisen);
  if (!kenmerken.ok) return kenmerken;
  const inhoud = controleerInhoud(kenmerken.waarde.contentType, upload.eersteBytes);
  return inhoud.ok ? kenmerken : inhoud;
}

/** What the browser announces before it gets a presigned POST. */
export const UploadAankondigingSchema = z.strictObject({
  soort: DocumentsoortSchema,
  bestandsnaam: z
    .string({ error: "verwacht de naam van het bestand als tekst" })
    .min(1, { error: "geef de naam van het bestand" })
    .max(LIMIETEN.naamTekens, {
      error: `de bestandsnaam is te lang (hoogstens ${LIMIETEN.naamTekens} tekens)`,
    }),
  grootte: z
    .number({ error: "verwacht de grootte in bytes als getal" })
    .int({ error: "de grootte is een geheel aantal bytes" }),
  contentType: z
    .string({ error: "verwacht het bestandstype als tekst, bijvoorbeeld application/pdf" })
    .max(200, { error: "het bestandstype is te lang (hoogstens 200 tekens)" }),
});
export type UploadAankondiging = z.output<typeof UploadAankondigingSchema>;

export interface GoedgekeurdeAankondiging {
  eisen: UploadEisen;
  contentType: string;
  /** The sanitised label to store with the document (never part of a key). */
  weergavenaam: string;
}

/**
 * Checks an announced upload: the kind must be one users upload, and the announced size and type
 * must fit. Passing this gives no right to anything: the stored object is checked again.
 */
export function controleerAankondiging(
  a: UploadAankondiging,
  maxBytes?: number,
): Resultaat<GoedgekeurdeAankondiging> {
  if (DOCUMENTSOORT_REGELS[a.soort].uploadHandeling === null)
    return fout(
      "DOCUMENTSOORT_NIET_UPLOADBAAR",
      "soort",
      `soort: ${DOCUMENTSOORT_REGELS[a.soort].omschrijving} maakt het portaal zelf; die kunt u niet uploaden`,
    );
  const eisen = uploadEisen(a.soort, maxBytes);
  const k = controleerKenmerken(a, eisen, { grootte: "grootte", contentType: "contentType" });
  if (!k.ok) return k;
  return ok({
    eisen,
    contentType: k.waarde.contentType,
    weergavenaam: saneerBestandsnaam(a.bestandsnaam),
  });
}
