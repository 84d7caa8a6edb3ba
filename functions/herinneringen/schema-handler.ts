// Issue #6: the daily schedule (EventBridge) runs the reminder job as of the event's time.
// The job is idempotent, so a retried or duplicated invocation sends nothing twice.
import type { ScheduledEvent } from "aws-lambda";
import { type Samenvatting, voerHerinneringenUit } from "./job.js";

export async function handler(event: Pick<ScheduledEvent, "time">): Promise<Samenvatting> {
  const samenvatting = await voerHerinneringenUit({ op: new Date(event.time) });
  console.log(JSON.stringify({ bericht: "herinneringen verstuurd", ...samenvatting }));
  return samenvatting;
}
