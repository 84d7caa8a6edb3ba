// docs/regels.md §12: object keys never contain user-supplied names. A key is built from
// two server-made ids only (the case and the document, e.g. UUIDs), and both must be plain
// [A-Za-z0-9_-] so no id can smuggle in a "/", "..", "%" or whitespace. The id is an input:
// shared/ makes no randomness; the handler generates it (crypto.randomUUID()).
//
// Two keys per document: the browser uploads to a staging key under `uploads/`, and only after
// the server's check does the server write the bytes it checked to the final key under `zaken/`.
// A presigned POST can be replayed until it expires; because it only ever covers the staging
// key, an accepted document cannot be swapped afterwards. A lifecycle rule on `uploads/` can
// sweep abandoned ones.
import * as z from "zod";
import { fout, ok, type Resultaat } from "../resultaat.js";

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export const IdSchema = z
  .string({ error: "verwacht een id als tekst" })
  .regex(ID, { error: "geen geldig id: alleen letters, cijfers, - en _ (hoogstens 128 tekens)" });

export const UPLOAD_PREFIX = "uploads/zaken/";
export const DOCUMENT_PREFIX = "zaken/";

export interface DocumentSleutels {
  /** Where the browser's presigned POST puts the bytes (before the check). */
  upload: string;
  /** Where an accepted document lives; downloads only ever read this key. */
  document: string;
}

const geldigId = (id: string, veld: string): Resultaat<string> =>
  ID.test(id)
    ? ok(id)
    : fout(
        "ONGELDIG_ID",
        veld,
        `${veld}: geen geldig id voor een documentsleutel (alleen letters, cijfers, - en _)`,
      );

/** `uploads/zaken/<zaakId>/<documentId>` and `zaken/<zaakId>/documenten/<documentId>`. */
export function documentSleutels(zaakId: string, documentId: string): Resultaat<DocumentSleutels> {
  const zaak = geldigId(zaakId, "zaakId");
  if (!zaak.ok) return zaak;
  const document = geldigId(documentId, "documentId");
  if (!document.ok) return document;
  return ok({
    upload: `${UPLOAD_PREFIX}${zaakId}/${documentId}`,
    document: `${DOCUMENT_PREFIX}${zaakId}/documenten/${documentId}`,
  });
}

/**
 * §15.5: where the server writes a bank statement it checked itself (no presigned upload, so no
 * staging key): `bankafschriften/<aanbiederId>/<afschriftId>`. A fresh id per request, so an
 * object only counts once the request's transaction refers to it.
 */
export const BANKAFSCHRIFT_PREFIX = "bankafschriften/";

export function bankafschriftSleutel(aanbiederId: string, afschriftId: string): Resultaat<string> {
  const aanbieder = geldigId(aanbiederId, "aanbiederId");
  if (!aanbieder.ok) return aanbieder;
  const afschrift = geldigId(afschriftId, "afschriftId");
  if (!afschrift.ok) return afschrift;
  return ok(`${BANKAFSCHRIFT_PREFIX}${aanbiederId}/${afschriftId}`);
}
