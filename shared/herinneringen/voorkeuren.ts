// with docs/regels.md §10: a user can switch off OPTIONAL notifications, never the reminders
// of deadlines with legal effect. The line drawn (where docs/regels.md is silent on opting out):
// - legal (always sent): every reminder before a deadline of §3.2 whose passing has consequences —
//   the aanvraag (§4.2 BUITEN_INDIENINGSPERIODE blocks after 31 Dec), the realisatie windows and
//   the year report (§3.2: the window locks), the accountant's report (§9.3: required before the
//   vaststelling), the addendum (§5 by 31 March; §6 the voorschot depends on the date), the
//   herschikking (§8, 1 Nov), the nacalculatie at the NZa (§9, 1 Jun) and the beoordelingstermijn
//   of at most three months (§5, seed §4.2.7);
// - optional: the notice that a window opens (aanleiding venster_open: it announces, the
//   deadline reminders still follow) and the streefdatum of six weeks (§5: a target, not a limit).
import * as z from "zod";
import type { TeVersturenHerinnering } from "./herinneringen.js";
import { VERPLICHTING_SOORTEN } from "./soorten.js";

export const OPTIONELE_MELDINGEN = ["venster_open", "beoordeling_streefdatum"] as const;
export type OptioneleMelding = (typeof OPTIONELE_MELDINGEN)[number];

/** The switches a user sees: the optional ones, and the legal ones (always on). */
export const WETTELIJKE_MELDINGEN = VERPLICHTING_SOORTEN.filter(
  (s) => s !== "beoordeling_streefdatum",
);
export const MELDINGEN = [...OPTIONELE_MELDINGEN, ...WETTELIJKE_MELDINGEN] as const;
export type Melding = (typeof MELDINGEN)[number];

export const isOptioneel = (m: string): m is OptioneleMelding =>
  (OPTIONELE_MELDINGEN as readonly string[]).includes(m);

/**
 * PUT body: a switch per notification. Switching an optional one off or on is allowed; a legal
 * one may be sent as true (a form sends every switch) but never as false.
 */
export const VoorkeurenInvoerSchema = z.strictObject({
  meldingen: z.partialRecord(z.enum(MELDINGEN), z.boolean()).superRefine((m, ctx) => {
    for (const [code, aan] of Object.entries(m)) {
      if (aan === false && !isOptioneel(code)) {
        ctx.addIssue({
          code: "custom",
          path: [code],
          message: `de herinnering "${code}" hoort bij een wettelijke termijn en kan niet worden uitgezet`,
        });
      }
    }
  }),
});
export type VoorkeurenInvoer = z.output<typeof VoorkeurenInvoerSchema>;

/** The optional notifications a user has switched off. */
export type Uitgezet = ReadonlySet<OptioneleMelding>;

/** The switches after a change: the stored ones, changed by the given values. */
export function pasToe(uit: Uitgezet, invoer: VoorkeurenInvoer): OptioneleMelding[] {
  const nieuw = new Set(uit);
  for (const m of OPTIONELE_MELDINGEN) {
    const aan = invoer.meldingen[m];
    if (aan === false) nieuw.add(m);
    if (aan === true) nieuw.delete(m);
  }
  return OPTIONELE_MELDINGEN.filter((m) => nieuw.has(m));
}

/** Why a reminder is optional, or null when it belongs to a legal deadline (always sent). */
export function optioneleMelding(
  h: Pick<TeVersturenHerinnering, "soort" | "aanleiding">,
): OptioneleMelding | null {
  if (h.soort === "beoordeling_streefdatum") return "beoordeling_streefdatum";
  if (h.aanleiding === "venster_open") return "venster_open";
  return null;
}

/** True when the recipient switched this reminder off (legal reminders are never skipped). */
export function uitgezetDoorOntvanger(
  h: Pick<TeVersturenHerinnering, "soort" | "aanleiding">,
  uit: Uitgezet,
): boolean {
  const m = optioneleMelding(h);
  return m !== null && uit.has(m);
}
