// DOMAIN.md §10, issue #6: the record of each reminder mail, keyed by herinneringSleutel. It is
// claimed ("bezig") with a conditional write BEFORE the mail goes out, so a second or concurrent
// run never sends it twice; a failed send is "mislukt" (with error and attempts) and may be
// claimed again by the next run; only a send SES accepted is "verstuurd".
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo, tabel } from "./clients.js";
import { leesItem, zoek } from "./lezen.js";
import type { Sleutel } from "./sleutels.js";

export type HerinneringStatus = "bezig" | "verstuurd" | "mislukt";

export interface HerinneringRecord {
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
/** gsi1: the reminders of one recipient (for the portal view of issue #6), by key. */
export const herinneringenVanGsi1 = (ontvanger: string): string => `HERINNERINGEN#${ontvanger}`;

export interface Claim {
  sleutel: string;
  ontvanger: string;
  verplichting: string;
  nu: Date;
}

/**
 * Claims a reminder for this run: succeeds when it was never recorded or its last send failed.
 * Atomic (one conditional UpdateItem), so of two concurrent runs exactly one wins.
 */
export async function claimHerinnering(c: Claim): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: herinneringRecordSleutel(c.sleutel),
        ConditionExpression: "attribute_not_exists(pk) OR #status = :mislukt",
        UpdateExpression:
          "SET #status = :bezig, pogingen = if_not_exists(pogingen, :nul) + :een, soort = :soort, " +
          "sleutel = :sleutel, ontvanger = :ontvanger, verplichting = :verplichting, " +
          "bijgewerktOp = :nu, gsi1pk = :gsi1pk, gsi1sk = :sleutel",
        ExpressionAttributeNames: { "#status": "status" },
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
          ":gsi1pk": herinneringenVanGsi1(c.ontvanger),
        },
      }),
    );
    return true;
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return false;
    throw e;
  }
}

/** Ends a claimed reminder: "verstuurd" (with the address used) or "mislukt" (with the error). */
export async function sluitHerinnering(
  sleutel: string,
  uitkomst: { status: "verstuurd"; email: string } | { status: "mislukt"; fout: string },
  nu: Date,
): Promise<void> {
  const extra = uitkomst.status === "verstuurd" ? uitkomst.email : uitkomst.fout;
  await dynamo().send(
    new UpdateCommand({
      TableName: tabel(),
      Key: herinneringRecordSleutel(sleutel),
      ConditionExpression: "#status = :bezig",
      UpdateExpression: `SET #status = :status, bijgewerktOp = :nu, ${
        uitkomst.status === "verstuurd" ? "email" : "fout"
      } = :extra`,
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":bezig": "bezig",
        ":status": uitkomst.status,
        ":nu": nu.toISOString(),
        ":extra": extra,
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
});

export async function leesHerinnering(sleutel: string): Promise<HerinneringRecord | undefined> {
  const i = await leesItem(herinneringRecordSleutel(sleutel));
  return i ? alsRecord(i) : undefined;
}

/** The reminders recorded for one recipient (gsi1; eventually consistent). */
export async function herinneringenVan(ontvanger: string): Promise<HerinneringRecord[]> {
  return (await zoek({ index: "gsi1", pk: herinneringenVanGsi1(ontvanger) })).map(alsRecord);
}
