// docs/regels.md §12: documents are stored per case. The item is registered before the upload
// (status "wacht_op_upload"); after the upload the server checks size, content type and the PDF
// signature (functions/data/documentopslag.ts) and marks it "geaccepteerd" or "afgekeurd". The S3
// keys come from shared/documenten/sleutel.ts — server ids only (staging key for the upload,
// final key once accepted); the name the user gave is kept as a label and never reaches a key.
import { randomUUID } from "node:crypto";
import * as z from "zod";
import { documentSleutels } from "#shared/documenten/sleutel.js";
import { DOCUMENTSOORTEN } from "#shared/indiening/aanvraag.js";
import type { Zaak } from "./betaalopdrachten.js";
import { accountantsrapportFeit } from "./herinneringsfeiten.js";
import { type Item, leesItem, zoek, zonderSleutels } from "./lezen.js";
import { aanvraagPk, DOCUMENT_PREFIX, documentSleutel } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { nieuw, wijzig } from "./voorwaarden.js";

/** Kinds of documents on a case: the aanvraag's (§4.1) plus the accountant's report (§9.3). */
export const DOCUMENT_SOORTEN = [...DOCUMENTSOORTEN, "accountantsrapport"] as const;
export const DocumentSoortSchema = z.enum(DOCUMENT_SOORTEN);
export type DocumentSoort = z.output<typeof DocumentSoortSchema>;

// "ingetrokken": withdrawn by the aanbieder before submission (shared/documenten/intrekken.ts);
// the record stays for the audit trail, but no list or download shows it any more.
export const DOCUMENT_STATUSSEN = [
  "wacht_op_upload",
  "geaccepteerd",
  "afgekeurd",
  "ingetrokken",
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSSEN)[number];

export interface DocumentRecord {
  aanvraagId: string;
  id: string;
  soort: DocumentSoort;
  /** The user's name for it: a label only. */
  naam: string;
  /** Staging key the browser uploads to. */
  uploadSleutel: string;
  /** Final key of the accepted document; downloads read only this. */
  objectSleutel: string;
  status: DocumentStatus;
  contentType?: string;
  grootte?: number;
  /** Why it was refused. */
  reden?: string;
  aangemaaktOp: string;
  geuploadDoor: string;
  versie: number;
}

export const alsDocument = (i: Item): DocumentRecord => {
  const { documentSoort, soort: _s, ...r } = zonderSleutels(i);
  return { ...(r as Omit<DocumentRecord, "soort">), soort: documentSoort as DocumentSoort };
};

/** Registers a document before its upload; it counts only once checked (beoordeelDocument). */
export async function registreerDocument(
  zaak: Zaak,
  invoer: { soort: DocumentSoort; naam: string },
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<DocumentRecord>> {
  const id = randomUUID();
  const sleutels = documentSleutels(zaak.id, id);
  // Case ids and document ids are UUIDs made here: an invalid one is a bug, not input.
  if (!sleutels.ok) throw new Error(sleutels.fout.melding);
  const record: DocumentRecord = {
    aanvraagId: zaak.id,
    id,
    soort: invoer.soort,
    naam: invoer.naam,
    uploadSleutel: sleutels.waarde.upload,
    objectSleutel: sleutels.waarde.document,
    status: "wacht_op_upload",
    aangemaaktOp: ctx.nu.toISOString(),
    geuploadDoor: ctx.wie.sub,
    versie: 1,
  };
  const { soort, versie: _v, ...velden } = record;
  const r = await schrijfTransactie(
    [
      nieuw({
        ...documentSleutel(zaak.id, id),
        ...velden,
        soort: "document",
        documentSoort: soort,
      }),
    ],
    {
      gebeurtenis: "document_aangemeld",
      onderwerp: aanvraagPk(zaak.id),
      betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      na: { id, soort, naam: invoer.naam, status: record.status },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: record } : r;
}

/** Records the outcome of the server's check after upload, with its audit record. */
export async function beoordeelDocument(
  zaak: Zaak,
  d: DocumentRecord,
  uitkomst:
    | { status: "geaccepteerd"; contentType: string; grootte: number }
    | { status: "afgekeurd"; reden: string; contentType?: string; grootte?: number },
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<DocumentRecord>> {
  const velden = { ...uitkomst };
  // §10: an accepted accountant's report is a fact the case keeps (data/herinneringsfeiten.ts).
  const rapport = d.soort === "accountantsrapport" && uitkomst.status === "geaccepteerd";
  const r = await schrijfTransactie(
    [
      wijzig(documentSleutel(zaak.id, d.id), d.versie, velden),
      ...(rapport ? [accountantsrapportFeit(zaak.id)] : []),
    ],
    {
      gebeurtenis: uitkomst.status === "afgekeurd" ? "document_afgekeurd" : "document_toegevoegd",
      onderwerp: aanvraagPk(zaak.id),
      betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      voor: { id: d.id, status: d.status },
      na: { id: d.id, ...velden },
      reden: uitkomst.status === "afgekeurd" ? uitkomst.reden : undefined,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...d, ...velden, versie: d.versie + 1 } } : r;
}

/**
 * Withdraws a document (status "ingetrokken") with its audit record, in one transaction. The file
 * stays in the bucket: the audit record of its acceptance names its sha256, which must stay
 * verifiable; nobody can download it any more (downloads need "geaccepteerd").
 */
export async function trekDocumentIn(
  zaak: Zaak,
  d: DocumentRecord,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<DocumentRecord>> {
  const velden = { status: "ingetrokken" as const, ingetrokkenOp: ctx.nu.toISOString() };
  const r = await schrijfTransactie(
    [wijzig(documentSleutel(zaak.id, d.id), d.versie, velden)],
    {
      gebeurtenis: "document_ingetrokken",
      onderwerp: aanvraagPk(zaak.id),
      betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      voor: { id: d.id, soort: d.soort, naam: d.naam, status: d.status },
      na: { id: d.id, status: velden.status },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...d, status: velden.status, versie: d.versie + 1 } } : r;
}

export async function leesDocument(
  aanvraagId: string,
  id: string,
): Promise<DocumentRecord | undefined> {
  const i = await leesItem(documentSleutel(aanvraagId, id));
  return i ? alsDocument(i) : undefined;
}

/** The documents of a case, in id order. */
export async function documentenVanAanvraag(aanvraagId: string): Promise<DocumentRecord[]> {
  return (await zoek({ pk: aanvraagPk(aanvraagId), begintMet: DOCUMENT_PREFIX })).map(alsDocument);
}
