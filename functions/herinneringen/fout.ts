// When a failed reminder is "permanent" — retrying it on the next run cannot help, so it
// is not retried and zorgkantoor-beheer sees it in the portal with its reason. Where the issue is
// silent: (1) SES refuses this message or its address (MessageRejected, BadRequestException: e.g.
// an invalid address), (2) the user has no e-mail address at all, or (3) the same reminder failed
// MAX_POGINGEN times (an outage that outlasts three daily runs needs a person, not a fourth try).
// Anything else (SES unreachable, throttled, a timeout) is retried on the next run.

export const MAX_POGINGEN = 3;

/** The recipient has no address in the user pool. */
export class GeenAdres extends Error {
  override name = "GeenAdres";
  constructor(sub: string) {
    super(`geen e-mailadres bekend voor gebruiker ${sub}`);
  }
}

const DEFINITIEVE_FOUTEN: ReadonlySet<string> = new Set([
  "MessageRejected",
  "BadRequestException",
  "GeenAdres",
]);

/** `pogingen`: the attempts so far, this one included. */
export function isDefinitief(e: unknown, pogingen: number): boolean {
  if (pogingen >= MAX_POGINGEN) return true;
  return e instanceof Error && DEFINITIEVE_FOUTEN.has(e.name);
}
