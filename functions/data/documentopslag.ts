// docs/regels.md §12: documents in S3. The browser uploads through a presigned POST that
// AWS limits to the exact staging key, the content type and 1..25 MB; after the upload the
// server checks the stored object itself (size, type, PDF signature: shared/documenten/
// controle.ts) because s3rver enforces none of the policy and a browser's content type is only a
// claim. A refused object is deleted; of an accepted one the server writes the very bytes it read
// and checked to the final key, which no presigned POST covers, so neither a re-upload during the
// check nor one afterwards can swap it. Downloads go through short-lived presigned GETs, issued
// only after the handler has authorised the caller.
//
// Every function takes the client and bucket as a parameter ({ s3, bucket }): handlers pass the
// module-scope client of functions/data/clients.ts, tests the emulator's.
import { createHash } from "node:crypto";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { contentDisposition, downloadnaam } from "#shared/documenten/bestandsnaam.js";
import {
  AANTAL_EERSTE_BYTES,
  controleerKenmerken,
  controleerUpload,
  type GecontroleerdeKenmerken,
} from "#shared/documenten/controle.js";
import { type DocumentSleutels, UPLOAD_PREFIX } from "#shared/documenten/sleutel.js";
import { PDF, type UploadEisen, uploadEisen } from "#shared/documenten/soorten.js";
import { type Fout, fout, ok, type Resultaat } from "#shared/resultaat.js";

export interface Opslag {
  s3: S3Client;
  bucket: string;
}

/** [portal rule] An upload form is valid for 5 minutes: long enough to pick and send a file. */
export const UPLOAD_GELDIG_SECONDEN = 300;
/** [portal rule] A download link is valid for 60 seconds: it is used at once, never shared. */
export const DOWNLOAD_GELDIG_SECONDEN = 60;

const VELD = "bestand";

/** Programming errors (a 5xx is a bug): a handler never passes these. */
function eis(voorwaarde: boolean, melding: string): void {
  if (!voorwaarde) throw new RangeError(melding);
}
const geldigeDuur = (s: number) => Number.isInteger(s) && s >= 1 && s <= 3600;

export interface Uploadverzoek {
  /** POST the form here: the fields first, the file last, as field "file". */
  url: string;
  velden: Record<string, string>;
  geldigSeconden: number;
  maxBytes: number;
}

/**
 * A presigned POST for exactly this staging key, this content type and 1..maxBytes bytes. In AWS,
 * S3 refuses any upload outside these conditions or after the expiry.
 */
export async function maakUploadverzoek(
  opslag: Opslag,
  verzoek: { sleutel: string; contentType: string; maxBytes: number; geldigSeconden?: number },
): Promise<Uploadverzoek> {
  const { sleutel, contentType, maxBytes } = verzoek;
  const geldigSeconden = verzoek.geldigSeconden ?? UPLOAD_GELDIG_SECONDEN;
  eis(sleutel.startsWith(UPLOAD_PREFIX), `uploadsleutel moet beginnen met ${UPLOAD_PREFIX}`);
  eis(Number.isSafeInteger(maxBytes) && maxBytes >= 1, "maxBytes moet een geheel getal ≥ 1 zijn");
  eis(geldigeDuur(geldigSeconden), "geldigSeconden moet tussen 1 en 3600 liggen");
  const post = await createPresignedPost(opslag.s3, {
    Bucket: opslag.bucket,
    Key: sleutel,
    Conditions: [
      ["content-length-range", 1, maxBytes],
      ["eq", "$Content-Type", contentType],
    ],
    Fields: { "Content-Type": contentType },
    Expires: geldigSeconden,
  });
  return { url: post.url, velden: post.fields, geldigSeconden, maxBytes };
}

const status = (e: unknown): number | undefined =>
  (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;

/** HeadObject, or undefined when the object does not exist. */
async function kop(opslag: Opslag, sleutel: string) {
  try {
    return await opslag.s3.send(new HeadObjectCommand({ Bucket: opslag.bucket, Key: sleutel }));
  } catch (e) {
    if (status(e) === 404) return undefined;
    throw e;
  }
}

const verwijderObject = (opslag: Opslag, sleutel: string) =>
  opslag.s3.send(new DeleteObjectCommand({ Bucket: opslag.bucket, Key: sleutel }));

/** A refused upload never stays in the bucket. */
async function weiger(opslag: Opslag, sleutel: string, f: Fout): Promise<Resultaat<never>> {
  await verwijderObject(opslag, sleutel);
  return fout(f.code, f.veld, f.melding);
}

const gewijzigd = () =>
  fout<never>(
    "DOCUMENT_GEWIJZIGD",
    VELD,
    `${VELD}: het bestand werd tijdens de controle opnieuw geüpload; laat het opnieuw controleren`,
  );

/**
 * Reads the object whole, once, into memory: these bytes are what gets checked, hashed and (for
 * an upload) written to the final key, so nothing can be swapped between check and write. The
 * first bytes go through `toets` as soon as they are in (a refusal stops the download there).
 * The read must be the version the HeadObject saw: `IfMatch` pins it in AWS, and because s3rver
 * ignores If-Match the answer's ETag and length are compared as well; the bytes read must number
 * exactly its size. Memory is one buffer of exactly that size, which the caller has already held
 * against the document's maximum: 25 MB by default (shared/documenten/soorten.ts),
 * well within the 1024 MB Lambda. MaxBytesSchema would allow a limit up to 5 GB; reading stays
 * correct for any size that fits in memory, but a limit above a few hundred MB needs more Lambda
 * memory, and one Node buffer holds at most 4 GB.
 */
async function leesGeheel(
  opslag: Opslag,
  sleutel: string,
  versie: { etag: string | undefined; grootte: number },
  toets: (eersteBytes: Uint8Array) => Resultaat<unknown>,
): Promise<Resultaat<Uint8Array>> {
  let antwoord: GetObjectCommandOutput;
  try {
    antwoord = await opslag.s3.send(
      new GetObjectCommand({ Bucket: opslag.bucket, Key: sleutel, IfMatch: versie.etag }),
    );
  } catch (e) {
    if (status(e) === 412 || status(e) === 404) return gewijzigd();
    throw e;
  }
  const body = antwoord.Body as AsyncIterable<Uint8Array> & { destroy?: () => void };
  if (antwoord.ETag !== versie.etag || antwoord.ContentLength !== versie.grootte) {
    body.destroy?.();
    return gewijzigd();
  }
  const bytes = new Uint8Array(versie.grootte);
  let gelezen = 0;
  let getoetst = false;
  try {
    // Leaving the loop early destroys the stream: the rest of the object is not downloaded.
    for await (const stuk of body) {
      if (gelezen + stuk.length > bytes.length) return gewijzigd();
      bytes.set(stuk, gelezen);
      gelezen += stuk.length;
      if (!getoetst && gelezen >= AANTAL_EERSTE_BYTES) {
        getoetst = true;
        const t = toets(bytes.subarray(0, AANTAL_EERSTE_BYTES));
        if (!t.ok) return t;
      }
    }
  } catch (e) {
    // s3rver breaks a download off when a re-upload rewrites the file under it: a read that
    // failed while the object changed is a change; any other failure stays an error.
    if ((await kop(opslag, sleutel))?.ETag !== versie.etag) return gewijzigd();
    throw e;
  }
  if (gelezen !== bytes.length) return gewijzigd();
  if (!getoetst) {
    const t = toets(bytes);
    if (!t.ok) return t;
  }
  return ok(bytes);
}

const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface OpgeslagenDocument extends GecontroleerdeKenmerken {
  /** The final key: the only one downloads read. */
  sleutel: string;
  /** Hex SHA-256 of the accepted bytes: for the audit record, so anyone can verify a copy. */
  sha256: string;
}

/** Checks an object already at its final key (a retry after a crash between write and record). */
async function alVerwerkt(
  opslag: Opslag,
  sleutel: string,
  eisen: UploadEisen,
): Promise<Resultaat<OpgeslagenDocument> | undefined> {
  const h = await kop(opslag, sleutel);
  if (!h) return undefined;
  const k = { grootte: h.ContentLength ?? 0, contentType: h.ContentType };
  const kenmerken = controleerKenmerken(k, eisen);
  if (!kenmerken.ok) return kenmerken;
  const r = await leesGeheel(opslag, sleutel, { etag: h.ETag, grootte: k.grootte }, (b) =>
    controleerUpload({ ...k, eersteBytes: b }, eisen),
  );
  return r.ok ? ok({ ...kenmerken.waarde, sleutel, sha256: sha256Hex(r.waarde) }) : r;
}

/**
 * The server's check after upload (§12). A refused object is deleted and the Fout returned; of an
 * accepted one the checked bytes are written to its final key (with their content type and hash)
 * and the staging object removed. Safe to call again: a document already moved is checked and
 * returned.
 */
export async function verwerkUpload(
  opslag: Opslag,
  sleutels: DocumentSleutels,
  eisen: UploadEisen = uploadEisen("kwaliteitsplan"),
): Promise<Resultaat<OpgeslagenDocument>> {
  const h = await kop(opslag, sleutels.upload);
  if (!h) {
    const eerder = await alVerwerkt(opslag, sleutels.document, eisen);
    return (
      eerder ??
      fout(
        "DOCUMENT_NIET_ONTVANGEN",
        VELD,
        `${VELD}: er is geen bestand ontvangen; upload het opnieuw`,
      )
    );
  }
  const k = { grootte: h.ContentLength ?? 0, contentType: h.ContentType };
  // Size and type first, from the HeadObject: a 40 MB or PNG upload is refused unread.
  const kenmerken = controleerKenmerken(k, eisen);
  if (!kenmerken.ok) return weiger(opslag, sleutels.upload, kenmerken.fout);
  const { contentType, grootte } = kenmerken.waarde;
  const gelezen = await leesGeheel(opslag, sleutels.upload, { etag: h.ETag, grootte }, (b) =>
    controleerUpload({ ...k, eersteBytes: b }, eisen),
  );
  if (!gelezen.ok)
    // A re-upload during the check is not refused: the next check judges the new bytes.
    return gelezen.fout.code === "DOCUMENT_GEWIJZIGD"
      ? gelezen
      : weiger(opslag, sleutels.upload, gelezen.fout);
  // The server writes the bytes it checked itself rather than copying the staging object: a
  // conditional copy (CopySourceIfMatch) is all that would stop a re-upload in between from
  // becoming the document, and s3rver ignores that condition.
  const sha256 = await bewaarBytes(opslag, sleutels.document, gelezen.waarde, contentType);
  await verwijderObject(opslag, sleutels.upload);
  return ok({ sleutel: sleutels.document, grootte, contentType, sha256 });
}

/**
 * A presigned GET, valid `geldigSeconden` (default 60), that makes the browser save the file
 * under the sanitised name. Call it only after authorising the caller for the case.
 */
export function downloadLink(
  opslag: Opslag,
  sleutel: string,
  opties: { bestandsnaam: string; contentType?: string; geldigSeconden?: number },
): Promise<string> {
  const geldigSeconden = opties.geldigSeconden ?? DOWNLOAD_GELDIG_SECONDEN;
  eis(geldigeDuur(geldigSeconden), "geldigSeconden moet tussen 1 en 3600 liggen");
  eis(!sleutel.startsWith(UPLOAD_PREFIX), "een download leest nooit een ongecontroleerde upload");
  return getSignedUrl(
    opslag.s3,
    new GetObjectCommand({
      Bucket: opslag.bucket,
      Key: sleutel,
      ResponseContentDisposition: contentDisposition(
        downloadnaam(opties.bestandsnaam, opties.contentType ?? PDF),
      ),
      // A case document is personal data: no shared cache may keep it.
      ResponseCacheControl: "private, no-store",
    }),
    { expiresIn: geldigSeconden },
  );
}

/** Removes an object; removing one that is already gone is fine (S3 answers 204 either way). */
export async function verwijder(opslag: Opslag, sleutel: string): Promise<void> {
  await verwijderObject(opslag, sleutel);
}

/**
 * Writes bytes the server has checked itself (an accepted upload, or the bankafschrift of §15.5
 * received in a request body), with their hash as metadata and as S3's integrity checksum;
 * answers the hex SHA-256 of exactly these bytes.
 */
export async function bewaarBytes(
  opslag: Opslag,
  sleutel: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<string> {
  eis(!sleutel.startsWith(UPLOAD_PREFIX), "gecontroleerde bytes horen niet onder uploads/");
  const digest = createHash("sha256").update(bytes).digest();
  const sha256 = digest.toString("hex");
  await opslag.s3.send(
    new PutObjectCommand({
      Bucket: opslag.bucket,
      Key: sleutel,
      Body: bytes,
      ContentType: contentType,
      Metadata: { sha256 },
      // S3 refuses the write unless it received exactly these bytes, and keeps the checksum with
      // the object. s3rver 3.7 accepts the header but verifies nothing (Content-MD5 neither).
      ChecksumSHA256: digest.toString("base64"),
    }),
  );
  return sha256;
}

/**
 * Reads a whole stored object (small files only, such as a 2 MB bankafschrift) and checks it
 * against the hash recorded when it was written: a changed object is never served.
 */
export async function leesBytes(
  opslag: Opslag,
  sleutel: string,
  sha256: string,
): Promise<Uint8Array> {
  const a = await opslag.s3.send(new GetObjectCommand({ Bucket: opslag.bucket, Key: sleutel }));
  const bytes = await a.Body!.transformToByteArray();
  const gelezen = createHash("sha256").update(bytes).digest("hex");
  if (gelezen !== sha256) throw new Error(`${sleutel}: de inhoud wijkt af van de vastgelegde hash`);
  return bytes;
}
