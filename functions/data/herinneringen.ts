// docs/regels.md §10: the record of each reminder mail, keyed by herinneringSleutel. It is
// claimed ("bezig") with a conditional write BEFORE the mail goes out, so a second or concurrent
// run never sends it twice; a failed send is "mislukt" (with error and attempts) and may be
// claimed again by the next run; only a send SES accepted is "verstuurd". A failure that will not
// go away by retrying is "definitief_mislukt": never claimed again, and listed per zorgkantoor
// (gsi2) for zorgkantoor-beheer.
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo, tabel } from "./clients.js";
import { leesItem, zoek } from "./lezen.js";
import type { Sleutel } from "./sleutels.js";

export type HerinneringStatus = "bezig" | "verstuurd" | "mislukt" | "definitief_mislukt";

/** What the portal shows of a reminder beside its status. */
export interface HerinneringDetails {
  /** The zorgkantoor of the obligation's case or region: whose beheer sees a permanent failure. */
  zorgkantoorId: string;
  verplichtingSoort: string;
  aanleiding: string;
  /** ISO instant of the reminder moment (§10). */
  moment: string;
  /** JJJJ-MM-DD. */
  deadline: string;
  link: string;
}

export interface HerinneringRecord extends Partial<HerinneringDetails> {
  sleutel: string;
  ontvanger: string;
  verplichting: string;
  status: HerinneringStatus;
  pogingen: number;
  fout?: string;
  email?: string;
  bijgewerktOp: string;
}

export const herinneringRecordSleutel = (sleutel: string): Sleutel => ({
  pk: `HERINNERING#${sleutel}`,
  sk: "META",
});
/** gsi1: the reminders of one recipient (for the portal view), by key. */
export const herinneringenVanGsi1 = (ontvanger: string): string => `HERINNERINGEN#${ontvanger}`;
/** gsi2 (sparse): the permanent failures of a zorgkantoor, by time of failure. */
export const mislukteHerinneringenGsi2 = (zorgkantoorId: string): string =>
  `HERINNERINGEN_MISLUKT#${encodeURIComponent(zorgkantoorId)}`;
/**
 * gsi2 (sparse): the failed sends of a zorgkantoor that the next run tries again. A run only
 * considers the moments since the previous run (herinneringsruns.ts) plus this list, so a daily
 * run does work in proportion to what is due that day, not to every reminder still in its window.
 */
export const teHerhalenGsi2 = (zorgkantoorId: string): string =>
  `HERINNERINGEN_OPNIEUW#${encodeURIComponent(zorgkantoorId)}`;

export interface Claim {
  sleutel: string;
  ontvanger: string;
  verplichting: string;
  nu: Date;
  details?: HerinneringDetails;
}

const DETAILVELDEN = [
  "zorgkantoorId",
  "verplichtingSoort",
  "aanleiding",
  "moment",
  "deadline",
  "link",
] as const;

/**
 * A claim older than this belongs to no running job (the Lambda times out after 5 minutes): the
 * run that made it crashed between claiming and sending, so the next run may claim it again.
 * Choice: after a crash a mail may (rarely) go out twice rather than never — a legal deadline
 * reminder that silently disappears is the worse failure.
 */
export const CLAIM_VERLOOPT_MS = 15 * 60_000;

/**
 * Claims a reminder for this run: succeeds when it was never recorded, its last send failed, or
 * an earlier claim was abandoned (CLAIM_VERLOOPT_MS). Atomic (one conditional UpdateItem), so of
 * two concurrent runs exactly one wins.
 */
export async function claimHerinnering(c: Claim): Promise<boolean> {
  const d = c.details;
  const detailZet = d ? DETAILVELDEN.map((k) => `, #d_${k} = :d_${k}`).join("") : "";
  const detailNamen = d ? Object.fromEntries(DETAILVELDEN.map((k) => [`#d_${k}`, k])) : {};
  const detailWaarden = d ? Object.fromEntries(DETAILVELDEN.map((k) => [`:d_${k}`, d[k]])) : {};
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: herinneringRecordSleutel(c.sleutel),
        ConditionExpression:
          "attribute_not_exists(pk) OR #status = :mislukt OR (#status = :bezig AND bijgewerktOp < :verlopen)",
        UpdateExpression:
          "SET #status = :bezig, pogingen = if_not_exists(pogingen, :nul) + :een, soort = :soort, " +
          "sleutel = :sleutel, ontvanger = :ontvanger, verplichting = :verplichting, " +
          `bijgewerktOp = :nu, gsi1pk = :gsi1pk, gsi1sk = :sleutel${detailZet}`,
        ExpressionAttributeNames: { "#status": "status", ...detailNamen },
        ExpressionAttributeValues: {
          ":mislukt": "mislukt",
          ":bezig": "bezig",
          ":nul": 0,
          ":een": 1,
          ":soort": "herinnering",
          ":sleutel": c.sleutel,
          ":ontvanger": c.ontvanger,
          ":verplichting": c.verplichting,
          ":nu": c.nu.toISOString(),
          ":verlopen": new Date(c.nu.getTime() - CLAIM_VERLOOPT_MS).toISOString(),
          ":gsi1pk": herinneringenVanGsi1(c.ontvanger),
          ...detailWaarden,
        },
      }),
    );
    return true;
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return false;
    throw e;
  }
}

export type Uitkomst =
  | { status: "verstuurd"; email: string }
  | { status: "mislukt"; fout: string; zorgkantoorId: string }
  | { status: "definitief_mislukt"; fout: string; zorgkantoorId: string; email?: string };

/**
 * Ends a claimed reminder: "verstuurd" (with the address used), "mislukt" (with the error; on
 * the zorgkantoor's retry list, so the next run claims it again) or "definitief_mislukt" (listed
 * for the zorgkantoor's beheer, with the address it was sent to when there was one, so beheer
 * can check it). Either end but "mislukt" takes the reminder off the retry list.
 */
export async function sluitHerinnering(
  sleutel: string,
  uitkomst: Uitkomst,
  nu: Date,
): Promise<void> {
  // The attributes this outcome sets; a permanent failure also joins the zorgkantoor's list (gsi2).
  const { status, ...rest } = uitkomst;
  const velden: Record<string, string> = { status, bijgewerktOp: nu.toISOString() };
  if ("email" in rest && rest.email) velden.email = rest.email;
  if ("fout" in rest) velden.fout = rest.fout;
  if (uitkomst.status === "definitief_mislukt") {
    velden.gsi2pk = mislukteHerinneringenGsi2(uitkomst.zorgkantoorId);
    velden.gsi2sk = `${nu.toISOString()}#${sleutel}`;
  } else if (uitkomst.status === "mislukt") {
    velden.gsi2pk = teHerhalenGsi2(uitkomst.zorgkantoorId);
    velden.gsi2sk = sleutel;
  }
  const namen = Object.keys(velden);
  const weg = status === "verstuurd" ? " REMOVE gsi2pk, gsi2sk" : "";
  await dynamo().send(
    new UpdateCommand({
      TableName: tabel(),
      Key: herinneringRecordSleutel(sleutel),
      ConditionExpression: "#status = :bezig",
      UpdateExpression: `SET ${namen.map((n) => `#${n} = :${n}`).join(", ")}${weg}`,
      ExpressionAttributeNames: Object.fromEntries(namen.map((n) => [`#${n}`, n])),
      ExpressionAttributeValues: {
        ":bezig": "bezig",
        ...Object.fromEntries(namen.map((n) => [`:${n}`, velden[n]])),
      },
    }),
  );
}

const alsRecord = (i: Record<string, unknown>): HerinneringRecord => ({
  sleutel: String(i.sleutel),
  ontvanger: String(i.ontvanger),
  verplichting: String(i.verplichting),
  status: i.status as HerinneringStatus,
  pogingen: Number(i.pogingen),
  fout: i.fout as string | undefined,
  email: i.email as string | undefined,
  bijgewerktOp: String(i.bijgewerktOp),
  ...Object.fromEntries(
    DETAILVELDEN.filter((k) => typeof i[k] === "string").map((k) => [k, String(i[k])]),
  ),
});

export async function leesHerinnering(sleutel: string): Promise<HerinneringRecord | undefined> {
  const i = await leesItem(herinneringRecordSleutel(sleutel));
  return i ? alsRecord(i) : undefined;
}

/** The reminders recorded for one recipient (gsi1; eventually consistent). */
export async function herinneringenVan(ontvanger: string): Promise<HerinneringRecord[]> {
  return (await zoek({ index: "gsi1", pk: herinneringenVanGsi1(ontvanger) })).map(alsRecord);
}

/** The permanent failures of a zorgkantoor, newest first (gsi2; eventually consistent). */
export async function mislukteHerinneringen(zorgkantoorId: string): Promise<HerinneringRecord[]> {
  const items = await zoek({ index: "gsi2", pk: mislukteHerinneringenGsi2(zorgkantoorId) });
  return items.map(alsRecord).sort((a, b) => b.bijgewerktOp.localeCompare(a.bijgewerktOp));
}

/** The keys of the zorgkantoor's failed sends that the next run tries again (gsi2). */
export async function teHerhalenHerinneringen(zorgkantoorId: string): Promise<Set<string>> {
  const items = await zoek({ index: "gsi2", pk: teHerhalenGsi2(zorgkantoorId) });
  return new Set(items.map((i) => String(i.sleutel)));
}

/**
 * Takes a failed send off the retry list once its obligation needs no reminder any more (met, or
 * past its deadline); the record keeps its status and error for the recipient's own list.
 */
export async function vergeetHerhaling(sleutel: string): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: herinneringRecordSleutel(sleutel),
        ConditionExpression: "#status = :mislukt",
        UpdateExpression: "REMOVE gsi2pk, gsi2sk",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":mislukt": "mislukt" },
      }),
    );
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
}
