// docs/regels.md §10: the instant of the last completed reminder run per zorgkantoor. The next run
// considers only reminder moments after it (plus the retry list of herinneringen.ts), so a daily
// run claims what became due since yesterday instead of re-claiming every reminder still in its
// window (most of a day's claim writes used to fail on their condition).
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { dynamo, tabel } from "./clients.js";
import { leesItem } from "./lezen.js";
import type { Sleutel } from "./sleutels.js";

export const herinneringsrunSleutel = (zorgkantoorId: string): Sleutel => ({
  pk: `HERINNERINGSRUN#${encodeURIComponent(zorgkantoorId)}`,
  sk: "LAATSTE",
});

/** The `op` of the zorgkantoor's last completed run; undefined before the first. */
export async function laatsteHerinneringsrun(zorgkantoorId: string): Promise<Date | undefined> {
  const i = await leesItem(herinneringsrunSleutel(zorgkantoorId));
  return typeof i?.op === "string" ? new Date(i.op) : undefined;
}

/**
 * Records a completed run. Only forward: a replay of an earlier day (the CLI's --op) leaves the
 * mark where it is, and of two concurrent runs the later instant wins.
 */
export async function legHerinneringsrunVast(zorgkantoorId: string, op: Date): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: herinneringsrunSleutel(zorgkantoorId),
        ConditionExpression: "attribute_not_exists(op) OR op < :op",
        UpdateExpression: "SET op = :op, soort = :soort",
        ExpressionAttributeValues: { ":op": op.toISOString(), ":soort": "herinneringsrun" },
      }),
    );
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
}
