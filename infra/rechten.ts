// Least privilege per Lambda. What each functie may do with the table and the
// documents bucket, derived from the code it runs (functions/<functie>/ and functions/data/):
// the repositories read with GetItem/Query (functions/data/lezen.ts) and write only through
// TransactWriteItems (functions/data/transactie.ts: Put, Update, Delete, ConditionCheck — the
// audit record is written in the same transaction, §12); only documenten (functions/data/
// documentopslag.ts) and bank (its bank statements, §15.5) touch S3. A functie not listed with a
// right gets no grant at all.
//
// | functie        | table           | documents bucket                                  |
// |----------------|-----------------|---------------------------------------------------|
// | gezondheid     | —               | —                                                 |
// | openapi        | —               | —                                                 |
// | organisaties   | read            | —                                                 |
// | audit          | read            | — (read-only by design: the trail is append-only) |
// | rapportage     | read            | — (reports and previews write nothing)            |
// | stukken        | —               | — (PDFs from the API's JSON, the caller's token)  |
// | bank           | read + write    | bankafschriften/*: Put, Get, Delete (§15.5)        |
// | herinneringen  | read + write    | — (writes only a user's own reminder preferences) |
// | indiening, beoordeling, voorschot, herschikking, nacalculatie, realisatie, parameters |
// |                | read + write    | —                                                 |
// | documenten     | read + write    | uploads/zaken/*: Put, Get, Delete; zaken/*: Put, Get |
// | voorschot-maandrun (scheduled) | read + write | —                                    |
import type { Functie } from "#functions/lib/route.js";
import {
  BANKAFSCHRIFT_PREFIX,
  DOCUMENT_PREFIX,
  UPLOAD_PREFIX,
} from "#shared/documenten/sleutel.js";

export type Tabelrecht = "geen" | "lezen" | "lezen-schrijven";

export interface Rechten {
  readonly tabel: Tabelrecht;
  /** S3 actions per key prefix of the documents bucket; empty: no S3 access. */
  readonly documenten: readonly { readonly prefix: string; readonly acties: readonly string[] }[];
}

const GEEN: Rechten = { tabel: "geen", documenten: [] };
const LEZEN: Rechten = { tabel: "lezen", documenten: [] };
const SCHRIJVEN: Rechten = { tabel: "lezen-schrijven", documenten: [] };

export const RECHTEN: Record<Functie, Rechten> = {
  gezondheid: GEEN,
  openapi: GEEN,
  organisaties: LEZEN,
  audit: LEZEN,
  // Documents, overviews and previews only read (no write, no S3).
  rapportage: LEZEN,
  // The PDFs; reads through the portal's own API with the caller's token (KB_API_URL).
  stukken: GEEN,
  indiening: SCHRIJVEN,
  beoordeling: SCHRIJVEN,
  voorschot: SCHRIJVEN,
  herschikking: SCHRIJVEN,
  nacalculatie: SCHRIJVEN,
  realisatie: SCHRIJVEN,
  parameters: SCHRIJVEN,
  // Reads reminders and cases, writes only the user's own preferences (with audit).
  herinneringen: SCHRIJVEN,
  // §15.5: bank account changes and their four-eyes approval (with audit); the bank statement
  // is written by the Lambda itself, read for the approver, and deleted when its request is refused.
  bank: {
    tabel: "lezen-schrijven",
    documenten: [
      {
        prefix: BANKAFSCHRIFT_PREFIX,
        acties: ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"],
      },
    ],
  },
  documenten: {
    tabel: "lezen-schrijven",
    documenten: [
      // The presigned POST is signed with the Lambda's role (PutObject); the check reads it
      // (HeadObject = GetObject) and removes a refused or accepted upload.
      { prefix: UPLOAD_PREFIX, acties: ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"] },
      // The checked bytes of an accepted upload (PutObject) and the presigned download (GetObject).
      { prefix: DOCUMENT_PREFIX, acties: ["s3:PutObject", "s3:GetObject"] },
    ],
  },
};

/** The scheduled jobs (infra/planning.ts): the monthly voorschot run (§6) and the reminders (§10). */
export const TAAK_RECHTEN: Rechten = SCHRIJVEN;

export const TABEL_ACTIES: Record<Exclude<Tabelrecht, "geen">, readonly string[]> = {
  lezen: ["dynamodb:GetItem", "dynamodb:Query"],
  "lezen-schrijven": [
    "dynamodb:GetItem",
    "dynamodb:Query",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:ConditionCheckItem",
  ],
};
