// docs/regels.md §12: THE write path of every handler. A state change, its money totals and
// exactly one audit record (who: sub + rol, when, event type, subject, before, after, reason,
// correlation id) go to DynamoDB as ONE TransactWriteItems: all of it is written or none of it.
// The event list of shared/gebeurtenissen.ts adds the notifications of that event in the same
// transaction, so a notification never announces a change that was not stored.
import { randomBytes } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  NumberValue,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { definitie, type Gebeurtenis, ontvangers, type Partij } from "#shared/gebeurtenissen.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import { telGeldgebeurtenissen } from "../lib/metrieken.js";
import { conflict, HttpProbleem } from "../lib/probleem.js";
import { dynamo, tabel } from "./clients.js";
import {
  auditMaandGsi1,
  auditSleutel,
  auditZorgkantoorGsi2,
  MAIL_TE_VERSTUREN_GSI1,
  meldingenPk,
  type Organisatie,
  type Sleutel,
} from "./sleutels.js";
import {
  alsJson,
  type Bewerking,
  onveranderlijk,
  type Schrijfactie,
  sleutelVan,
  tellerActies,
  type Weigering,
} from "./voorwaarden.js";

/** Who acts: a user with the role they act in, or a scheduled job ("systeem"). */
export interface Actor {
  readonly sub: string;
  readonly rol: Rol | "systeem";
  /** The user's e-mail address from the ID token: the audit trail names people by it (§12). */
  readonly email?: string;
}

/** What every write carries: who, "now" (§3.1: an input, never read from a clock here), and the
 * request's correlation id. */
export interface Schrijfcontext {
  readonly wie: Actor;
  readonly nu: Date;
  readonly correlatieId: string;
}

/** The audit record of a transaction (§12); who/when/correlation id come from the context. */
export interface AuditInvoer {
  readonly gebeurtenis: Gebeurtenis;
  /** Partition key of the subject (e.g. aanvraagPk(id)): the audit trail is read per subject. */
  readonly onderwerp: string;
  /** The organisations involved: decide who is notified (and the aanbieder's view, §12). */
  readonly betrokken?: { readonly aanbiederId?: string; readonly zorgkantoorId?: string };
  /** Plain JSON-able values (Decimals become strings). */
  readonly voor?: unknown;
  readonly na?: unknown;
  readonly reden?: string;
}

export type TransactieUitkomst<T> =
  | { readonly ok: true; readonly waarde: T }
  | { readonly ok: false; readonly weigering: Weigering };

/** TransactWriteItems takes at most 100 operations. */
export const MAX_BEWERKINGEN = 100;

const GELIJKTIJDIG: Weigering = {
  status: 409,
  code: conflict().code,
  melding: "iemand anders wijzigde tegelijk hetzelfde; probeer het opnieuw",
};
/** DynamoDB's size limits (an item 400 KB, a transaction 4 MB) reached by what a user sent. */
export const TE_GROOT: Weigering = {
  status: 413,
  code: "TE_GROOT",
  melding:
    "de gegevens worden te groot om op te slaan: een DynamoDB-item is hoogstens 400 KB (één wijziging samen hoogstens 4 MB); maak teksten of lijsten korter",
};
// DynamoDB answers these as a ValidationException, like a malformed request (a bug), so the
// message is all that tells them apart (the last one is DynamoDB Local's wording).
const GROOTTEFOUT =
  /Item size has exceeded the maximum allowed size|Transaction request cannot be larger than 4 MB|Transaction payload size cannot exceed 4MB/;

/** DynamoDB refused the write only because of its size limits: the input's fault, not a bug. */
export const isTeGroot = (e: unknown): boolean =>
  e instanceof Error && e.name === "ValidationException" && GROOTTEFOUT.test(e.message);

/** DynamoDB's limit on the items of one transaction together. */
const MAX_TRANSACTIE_BYTES = 4 * 1024 * 1024;

/**
 * A lower bound of a value's DynamoDB size: the UTF-8 bytes of its texts, names and binaries
 * (numbers and type overhead left out). Over the limit by this count alone, a transaction is
 * refused before it is sent: tens of MB that DynamoDB refuses anyway, and DynamoDB Local cuts
 * off mid-upload (a socket error in the SDK).
 */
function minsteBytes(x: unknown): number {
  if (typeof x === "string") return Buffer.byteLength(x);
  if (ArrayBuffer.isView(x)) return x.byteLength;
  if (Array.isArray(x)) return x.reduce((n: number, y) => n + minsteBytes(y), 0);
  if (x === null || typeof x !== "object" || x instanceof NumberValue) return 0;
  return Object.entries(x).reduce((n, [k, v]) => n + Buffer.byteLength(k) + minsteBytes(v), 0);
}

/** The stored values of an operation: a put's item, an update's values (not their names). */
const opgeslagen = (b: Bewerking): unknown =>
  b.soort === "Put" ? b.Item : Object.values(b.ExpressionAttributeValues ?? {});

const TE_DRUK: Weigering = {
  status: 503,
  code: "TE_DRUK",
  melding: "de database is tijdelijk te druk; probeer het over enkele seconden opnieuw",
};

let teller = 0;
/**
 * Sortable and unique: "now" of the request first (§3.1: that is the audit's "when"), then the
 * real write time and a counter — with a fixed demo clock every record has the same "now", and
 * the trail must still read in the order things happened — then a random tail.
 */
function moment(nu: Date): string {
  teller = (teller + 1) % 10_000;
  const echt = `${String(Date.now()).padStart(15, "0")}.${String(teller).padStart(4, "0")}`;
  return `${nu.toISOString()}#${echt}#${randomBytes(4).toString("hex")}`;
}

function organisatieVoor(p: Partij, b: AuditInvoer["betrokken"]): Organisatie | undefined {
  if (p === "landelijk") return { soort: "landelijk" };
  const id = p === "aanbieder" ? b?.aanbiederId : b?.zorgkantoorId;
  return id === undefined ? undefined : { soort: p, id };
}

/** The audit record and the notifications of the event, as append-only puts. */
export function auditActies(audit: AuditInvoer, ctx: Schrijfcontext): Schrijfactie[] {
  const d = definitie(audit.gebeurtenis);
  const m = moment(ctx.nu);
  const sleutel = auditSleutel(audit.onderwerp, m);
  const gemeen = {
    gebeurtenis: audit.gebeurtenis,
    omschrijving: d.omschrijving,
    onderwerp: audit.onderwerp,
    aanbiederId: audit.betrokken?.aanbiederId,
    zorgkantoorId: audit.betrokken?.zorgkantoorId,
    wanneer: ctx.nu.toISOString(),
  };
  const zk = audit.betrokken?.zorgkantoorId;
  const record = onveranderlijk({
    ...sleutel,
    // Read per zorgkantoor (gsi2) and per month nationally (gsi1), newest first by moment.
    gsi1pk: auditMaandGsi1(dagTekst(dagVan(ctx.nu)).slice(0, 7)),
    gsi1sk: m,
    ...(zk ? { gsi2pk: auditZorgkantoorGsi2(zk), gsi2sk: m } : {}),
    soort: "audit",
    ...gemeen,
    wie: { sub: ctx.wie.sub, rol: ctx.wie.rol, ...(ctx.wie.email && { email: ctx.wie.email }) },
    zichtbaarVoor: [...d.zichtbaarVoor],
    voor: alsJson(audit.voor),
    na: alsJson(audit.na),
    reden: audit.reden,
    correlatieId: ctx.correlatieId,
  });
  const meldingen = ontvangers(audit.gebeurtenis).flatMap(({ partij, email }) => {
    const o = organisatieVoor(partij, audit.betrokken);
    if (!o) return [];
    return [
      onveranderlijk({
        pk: meldingenPk(o),
        sk: m,
        soort: "melding",
        ...gemeen,
        partij,
        audit: sleutel,
        email,
        // Sparse index: only mails still to send are in it; the mailer removes the attributes.
        ...(email ? { gsi1pk: MAIL_TE_VERSTUREN_GSI1, gsi1sk: `${m}#${meldingenPk(o)}` } : {}),
      }),
    ];
  });
  return [record, ...meldingen];
}

/** The event type of an audit record's put (the transaction's own and any it carries along). */
const auditGebeurtenis = (a: Schrijfactie): string[] =>
  a.bewerking.soort === "Put" && a.bewerking.Item.soort === "audit"
    ? [String(a.bewerking.Item.gebeurtenis)]
    : [];

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

function naarTransactItem(b: Bewerking, TableName: string): TransactItem {
  const { soort, ...rest } = b;
  // The Bewerking fields are exactly the SDK's, minus TableName.
  return { [soort]: { TableName, ...rest } } as TransactItem;
}

function controleerUniek(acties: readonly Schrijfactie[]): void {
  const gezien = new Set<string>();
  for (const a of acties) {
    const s = sleutelVan(a.bewerking);
    const k = `${s.pk}\u0000${s.sk}`;
    // DynamoDB refuses two operations on one item in a transaction (ValidationException): a bug.
    if (gezien.has(k)) throw new Error(`Transactie raakt ${s.pk} / ${s.sk} twee keer`);
    gezien.add(k);
  }
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How often a transaction cancelled by a concurrent one is tried again before answering 409. */
const POGINGEN = 8;

/**
 * Writes the operations plus the audit record (and the event's notifications) as one
 * transaction. A failed condition answers the Weigering of the operation that failed, nothing
 * being written; a clash with a concurrent transaction is retried (its conditions are evaluated
 * anew, so a retry never overwrites what the other one wrote). An item or transaction over
 * DynamoDB's size limits (400 KB, 4 MB) answers TE_GROOT (413); any other request DynamoDB
 * refuses as invalid is a bug and throws.
 */
export async function schrijfTransactie(
  acties: readonly Schrijfactie[],
  audit: AuditInvoer,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<{ audit: Sleutel }>> {
  const eigen = [...acties, ...tellerActies(acties)];
  const alle = [...eigen, ...auditActies(audit, ctx)];
  if (alle.length > MAX_BEWERKINGEN)
    throw new Error(
      `Transactie met ${alle.length} bewerkingen; DynamoDB staat er ${MAX_BEWERKINGEN} toe`,
    );
  controleerUniek(alle);
  const bytes = alle.reduce((n, a) => n + minsteBytes(opgeslagen(a.bewerking)), 0);
  if (bytes > MAX_TRANSACTIE_BYTES) return { ok: false, weigering: TE_GROOT };
  const TableName = tabel();
  const TransactItems = alle.map((a) => naarTransactItem(a.bewerking, TableName));
  const auditSleutelVan = sleutelVan(alle[eigen.length]!.bewerking);
  for (let poging = 1; ; poging++) {
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems }));
      telGeldgebeurtenissen(alle.flatMap(auditGebeurtenis));
      return { ok: true, waarde: { audit: auditSleutelVan } };
    } catch (e) {
      if (isTeGroot(e)) return { ok: false, weigering: TE_GROOT };
      if (!(e instanceof TransactionCanceledException)) throw e;
      const redenen = (e.CancellationReasons ?? []).map((r) => r.Code ?? "None");
      const gefaald = redenen.indexOf("ConditionalCheckFailed");
      if (gefaald >= 0) return { ok: false, weigering: alle[gefaald]!.weigering };
      if (redenen.includes("TransactionConflict")) {
        if (poging < POGINGEN) {
          // Jittered exponential backoff: the competitors do not collide again in lockstep.
          await wacht(Math.random() * 10 * 2 ** poging);
          continue;
        }
        return { ok: false, weigering: GELIJKTIJDIG };
      }
      if (redenen.some((r) => r === "ThrottlingError" || r === "ProvisionedThroughputExceeded"))
        return { ok: false, weigering: TE_DRUK };
      throw e; // ValidationError, ItemCollectionSizeLimitExceeded, ...: a bug, answered as 500
    }
  }
}

/** A refusal as the HttpProbleem the middleware renders as problem+json. */
export const alsProbleem = (w: Weigering): HttpProbleem =>
  w.code === conflict().code && w.status === 409
    ? conflict(w.melding)
    : new HttpProbleem(w.status, w.code, w.melding, w.veld);

/** For handlers: the value of a successful write, or throw the refusal as an HttpProbleem. */
export function ofWeiger<T>(u: TransactieUitkomst<T>): T {
  if (!u.ok) throw alsProbleem(u.weigering);
  return u.waarde;
}
