// docs/regels.md §12: the audit trail — append-only, chronological per subject, visible to the
// zorgkantoor and, for their own case, to the aanbieder. Records are only ever written by
// transactie.ts (put-if-absent, in the transaction of the change they describe); this module
// only reads. Also the notifications the same transactions leave per organisation.
import type { Gebeurtenis, Partij } from "#shared/gebeurtenissen.js";
import { type Item, type Startsleutel, type Zoekfilter, zoek, zoekPagina } from "./lezen.js";
import {
  AUDIT_PREFIX,
  auditMaandGsi1,
  auditZorgkantoorGsi2,
  MAIL_TE_VERSTUREN_GSI1,
  meldingenPk,
  type Organisatie,
  type Sleutel,
} from "./sleutels.js";
import type { Actor } from "./transactie.js";

export interface AuditRecord {
  gebeurtenis: Gebeurtenis;
  omschrijving: string;
  /** Partition key of the subject, e.g. "AANVRAAG#<id>". */
  onderwerp: string;
  wie: Actor;
  /** ISO instant ("now" of the request, §3.1). */
  wanneer: string;
  aanbiederId?: string;
  zorgkantoorId?: string;
  voor?: unknown;
  na?: unknown;
  reden?: string;
  correlatieId: string;
  zichtbaarVoor: Partij[];
}

const alsAudit = (i: Item): AuditRecord => ({
  gebeurtenis: i.gebeurtenis as Gebeurtenis,
  omschrijving: String(i.omschrijving),
  onderwerp: String(i.onderwerp),
  wie: i.wie as Actor,
  wanneer: String(i.wanneer),
  aanbiederId: i.aanbiederId as string | undefined,
  zorgkantoorId: i.zorgkantoorId as string | undefined,
  voor: i.voor,
  na: i.na,
  reden: i.reden as string | undefined,
  correlatieId: String(i.correlatieId),
  zichtbaarVoor: i.zichtbaarVoor as Partij[],
});

/**
 * The trail of one subject, oldest first; with `partij` only the records that party may see
 * (the aanbieder does not see the zorgkantoor's internal proposals, §1/§12).
 */
export async function leesAudit(onderwerp: string, partij?: Partij): Promise<AuditRecord[]> {
  const items = await zoek({ pk: onderwerp, begintMet: AUDIT_PREFIX });
  const records = items.map(alsAudit);
  return partij ? records.filter((r) => r.zichtbaarVoor.includes(partij)) : records;
}

/**
 * One page of the trail of one subject, oldest first, only the records one of `partijen` may see
 * (§1/§12). The visibility is a FilterExpression on `zichtbaarVoor`, so the cursor and the page
 * agree; a page can hold fewer records than `limiet` (DynamoDB counts before the filter).
 */
export async function leesAuditPagina(
  onderwerp: string,
  partijen: readonly Partij[],
  limiet: number,
  start?: Startsleutel,
): Promise<{ records: AuditRecord[]; volgende?: Startsleutel }> {
  const p = await zoekPagina({
    pk: onderwerp,
    begintMet: AUDIT_PREFIX,
    limiet,
    start,
    filter: zichtbaarFilter(partijen),
  });
  return { records: p.items.map(alsAudit), volgende: p.volgende };
}

/** Only the records one of `partijen` may see, and, when given, of one user and one event. */
function zichtbaarFilter(partijen: readonly Partij[], f: AuditFilter = {}): Zoekfilter {
  const namen = partijen.map((_, i) => `:partij${i}`);
  const delen = [
    // No party at all sees nothing; `size(...) < :nul` is a condition that never holds.
    namen.length > 0
      ? `(${namen.map((n) => `contains(#zichtbaar, ${n})`).join(" OR ")})`
      : "size(#zichtbaar) < :nul",
    ...(f.gebruiker ? ["#wie.#sub = :gebruiker"] : []),
    ...(f.gebeurtenis ? ["#gebeurtenis = :gebeurtenis"] : []),
  ];
  return {
    expressie: delen.join(" AND "),
    namen: {
      "#zichtbaar": "zichtbaarVoor",
      ...(f.gebruiker ? { "#wie": "wie", "#sub": "sub" } : {}),
      ...(f.gebeurtenis ? { "#gebeurtenis": "gebeurtenis" } : {}),
    },
    waarden: {
      ...(namen.length > 0
        ? Object.fromEntries(partijen.map((partij, i) => [namen[i], partij]))
        : { ":nul": 0 }),
      ...(f.gebruiker ? { ":gebruiker": f.gebruiker } : {}),
      ...(f.gebeurtenis ? { ":gebeurtenis": f.gebeurtenis } : {}),
    },
  };
}

export interface AuditFilter {
  /** Instants (ISO, UTC) from and up to, both as sort-key bounds. */
  van?: string;
  tot?: string;
  gebruiker?: string;
  gebeurtenis?: Gebeurtenis;
}

/**
 * One page of the trail of a zorgkantoor (gsi2: its cases, batches, kader and organisation) or,
 * without one, of everything in `maand` (gsi1), newest first, within the filter. Eventually
 * consistent (an index): a change of the last second may show on the next read.
 */
export async function leesAuditOverzicht(
  bron: { zorgkantoorId: string } | { maand: string },
  partijen: readonly Partij[],
  f: AuditFilter,
  limiet: number,
  start?: Startsleutel,
): Promise<{ records: AuditRecord[]; volgende?: Startsleutel }> {
  const p = await zoekPagina({
    ...("zorgkantoorId" in bron
      ? { index: "gsi2" as const, pk: auditZorgkantoorGsi2(bron.zorgkantoorId) }
      : { index: "gsi1" as const, pk: auditMaandGsi1(bron.maand) }),
    // "~" sorts after every moment, so `tot` is inclusive to the end of its instant.
    tussen: [f.van ?? "0", `${f.tot ?? "9999"}~`],
    aflopend: true,
    limiet,
    start,
    filter: zichtbaarFilter(partijen, f),
  });
  return { records: p.items.map(alsAudit), volgende: p.volgende };
}

export interface Melding {
  sleutel: Sleutel;
  gebeurtenis: Gebeurtenis;
  omschrijving: string;
  onderwerp: string;
  partij: Partij;
  wanneer: string;
  aanbiederId?: string;
  zorgkantoorId?: string;
  /** Also to be mailed (shared/gebeurtenissen.ts). */
  email: boolean;
  /** The audit record it announces. */
  audit: Sleutel;
}

const alsMelding = (i: Item): Melding => ({
  sleutel: { pk: String(i.pk), sk: String(i.sk) },
  gebeurtenis: i.gebeurtenis as Gebeurtenis,
  omschrijving: String(i.omschrijving),
  onderwerp: String(i.onderwerp),
  partij: i.partij as Partij,
  wanneer: String(i.wanneer),
  aanbiederId: i.aanbiederId as string | undefined,
  zorgkantoorId: i.zorgkantoorId as string | undefined,
  email: i.email === true,
  audit: i.audit as Sleutel,
});

/** The in-portal notifications of an organisation, newest first. */
export async function leesMeldingen(o: Organisatie, limiet = 50): Promise<Melding[]> {
  return (await zoek({ pk: meldingenPk(o), aflopend: true, limiet })).map(alsMelding);
}

/** Notifications still to be mailed, oldest first (sparse gsi1; for the mail job). */
export async function teVersturenMails(limiet = 100): Promise<Melding[]> {
  return (await zoek({ index: "gsi1", pk: MAIL_TE_VERSTUREN_GSI1, limiet })).map(alsMelding);
}
