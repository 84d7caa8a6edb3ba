// The daily schedule (EventBridge) runs the reminder job as of the event's time, and then mails
// the notifications the event list queued (§12, §15.5: bank-account changes). Both are
// idempotent, so a retried or duplicated invocation sends nothing twice. The counts go out as
// metrics (docs/runbook.md: a run with failed reminders raises an alarm).
import type { ScheduledEvent } from "aws-lambda";
import { telTaak } from "../lib/metrieken.js";
import { TAAKMETRIEKEN } from "../lib/metriekNamen.js";
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
  const namen = TAAKMETRIEKEN.herinneringen;
  telTaak("herinneringen", {
    [namen.aantal]: samenvatting.verstuurd,
    [namen.fouten]: samenvatting.mislukt,
    meldingsmails_verstuurd: meldingsmails.mails,
    meldingsmails_zonder_adres: meldingsmails.zonderAdres,
  });
  return uitkomst;
}
