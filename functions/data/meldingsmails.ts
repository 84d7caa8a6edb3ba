// docs/regels.md §12, §15.5: the notifications an event left for mailing (the sparse "to send" index of
// transactie.ts) are sent by the scheduled mail job; this module finds and claims them. A claim
// removes the index attributes only while they are still there, so of two runs at once exactly one
// sends a notification (at most once, like the reminders of §10).
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Melding, teVersturenMails } from "./audit.js";
import { dynamo, tabel } from "./clients.js";
import { zoek } from "./lezen.js";
import { MAIL_TE_VERSTUREN_GSI1, meldingenPk, type Organisatie, type Sleutel } from "./sleutels.js";

export { teVersturenMails };

/** The notifications of one organisation still to be mailed, oldest first (a targeted run). */
export async function teVersturenMailsVan(o: Organisatie): Promise<Melding[]> {
  const items = (await zoek({ pk: meldingenPk(o) })).filter(
    (i) => i.gsi1pk === MAIL_TE_VERSTUREN_GSI1,
  );
  return items.map((i) => ({
    sleutel: { pk: String(i.pk), sk: String(i.sk) },
    gebeurtenis: i.gebeurtenis as Melding["gebeurtenis"],
    omschrijving: String(i.omschrijving),
    onderwerp: String(i.onderwerp),
    partij: i.partij as Melding["partij"],
    wanneer: String(i.wanneer),
    aanbiederId: i.aanbiederId as string | undefined,
    zorgkantoorId: i.zorgkantoorId as string | undefined,
    email: i.email === true,
    audit: i.audit as Sleutel,
  }));
}

/** Takes a notification off the "to send" index; false when another run took it first. */
export async function claimMail(sleutel: Sleutel, nu: Date): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: { pk: sleutel.pk, sk: sleutel.sk },
        ConditionExpression: "gsi1pk = :te",
        UpdateExpression: "REMOVE gsi1pk, gsi1sk SET gemaildOp = :nu",
        ExpressionAttributeValues: { ":te": MAIL_TE_VERSTUREN_GSI1, ":nu": nu.toISOString() },
      }),
    );
    return true;
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return false;
    throw e;
  }
}
