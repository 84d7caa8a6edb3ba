// Issue #6: the daily schedule (EventBridge) runs the reminder job as of the event's time, and
// then mails the notifications the event list queued (§12, §15.5: bank-account changes). Both are
// idempotent, so a retried or duplicated invocation sends nothing twice.
import type { ScheduledEvent } from "aws-lambda";
import { type Samenvatting, voerHerinneringenUit } from "./job.js";
import { type MeldingsmailSamenvatting, verstuurMeldingsmails } from "./meldingsmails.js";

export async function handler(
  event: Pick<ScheduledEvent, "time">,
): Promise<Samenvatting & { meldingsmails: MeldingsmailSamenvatting }> {
  const op = new Date(event.time);
  const samenvatting = await voerHerinneringenUit({ op });
  const meldingsmails = await verstuurMeldingsmails({ nu: op });
  const uitkomst = { ...samenvatting, meldingsmails };
  console.log(JSON.stringify({ bericht: "herinneringen verstuurd", ...uitkomst }));
  return uitkomst;
}
