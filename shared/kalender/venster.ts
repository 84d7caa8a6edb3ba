// docs/regels.md §3.2: the state of a window at an instant. A window opens at 00:00 Europe/Amsterdam
// of its first day and "uiterlijk D" runs until D 23:59:59, so it closes at 00:00 of the next day
// (eindeExclusief). After closing the entry is read-only unless zorgkantoor-beheer reopens it for
// one aanbieder, with a reason (§3.2 last paragraph); that heropening is data, passed in here.
import * as z from "zod";
import { fout, ok, type Resultaat } from "../resultaat.js";
import {
  begin,
  type Dag,
  DatumSchema,
  dagWeergave,
  eindeExclusief,
  InstantSchema,
  tijdstipWeergave,
  vergelijkDag,
} from "./tijd.js";

export interface Venster {
  /** First day; null when there is no opening ("uiterlijk D" only): open from the start. */
  opent: Dag | null;
  /** Last day, inclusive until 23:59:59 Amsterdam time. */
  uiterlijk: Dag;
}

export const VensterSchema = z
  .object({ opent: DatumSchema.nullable(), uiterlijk: DatumSchema })
  .refine((v) => v.opent === null || vergelijkDag(v.opent, v.uiterlijk) <= 0, {
    error: "het venster kan niet openen na de uiterste dag",
    path: ["opent"],
  });

/** A reopening by zorgkantoor-beheer for one aanbieder: open until `tot` (exclusive). */
export interface Heropening {
  tot: Date;
  reden: string;
}

/** The request to reopen a closed window (a realisatie window, or the aanvraag's as a late window). */
export const HeropeningVerzoekSchema = z.strictObject({
  reden: z
    .string({ error: "geef de reden van de heropening" })
    .trim()
    .min(1, { error: "een heropening heeft een reden nodig (§3.2)" })
    .max(2000, { error: "de reden is te lang (hoogstens 2000 tekens)" }),
  /** Open again until this day 23:59:59 Amsterdam time. */
  uiterlijk: DatumSchema,
});

/**
 * §3.2: a reopening runs until `uiterlijk` 23:59:59 Amsterdam time: the instant it ends
 * (exclusive), or the refusal on `uiterlijk` when that day is already past at `nu` — it would
 * reopen nothing.
 */
export function heropeningTot(uiterlijk: Dag, nu: Date): Resultaat<Date> {
  const tot = eindeExclusief(uiterlijk);
  return tot.getTime() > nu.getTime()
    ? ok(tot)
    : fout(
        "HEROPENING_VERLOPEN",
        "uiterlijk",
        `uiterlijk: een heropening tot ${tijdstipWeergave(tot)} is nu al voorbij; kies een dag vanaf vandaag`,
      );
}

export const HeropeningSchema = z.object({
  tot: InstantSchema,
  reden: z.string().trim().min(1, { error: "een heropening heeft een reden nodig (§3.2)" }),
});

export const VENSTER_STATUSSEN = ["nog_niet_open", "open", "gesloten", "heropend"] as const;
export type VensterStatusCode = (typeof VENSTER_STATUSSEN)[number];

export interface VensterStatus {
  status: VensterStatusCode;
  /** Dutch, with dates as dd-mm-jjjj, for the screen and the audit trail. */
  reden: string;
}

const tijd = "Amsterdamse tijd";

export function vensterStatus(
  venster: Venster,
  instant: Date,
  heropening?: Heropening,
): VensterStatus {
  const t = instant.getTime();
  const { opent, uiterlijk } = venster;
  if (opent !== null && t < begin(opent).getTime()) {
    return {
      status: "nog_niet_open",
      reden: `Het venster opent op ${dagWeergave(opent)} om 00:00 (${tijd}); tot dan kan niets worden ingevoerd.`,
    };
  }
  if (t < eindeExclusief(uiterlijk).getTime()) {
    const vanaf = opent === null ? "" : ` van ${dagWeergave(opent)}`;
    return {
      status: "open",
      reden: `Het venster is open${vanaf} tot en met ${dagWeergave(uiterlijk)} 23:59:59 (${tijd}).`,
    };
  }
  const uiterste = `de uiterste dag was ${dagWeergave(uiterlijk)} (tot en met 23:59:59 ${tijd})`;
  // A heropening only matters after closing: before the window opens nothing can be entered
  // anyway, and a heropening whose `tot` has passed leaves the window closed again.
  if (heropening && t < heropening.tot.getTime()) {
    return {
      status: "heropend",
      reden: `Het venster is heropend tot ${tijdstipWeergave(heropening.tot)} (${tijd}); ${uiterste}. Reden: ${heropening.reden}`,
    };
  }
  const verlopen = heropening
    ? `; de heropening liep tot ${tijdstipWeergave(heropening.tot)} (${tijd})`
    : "";
  return {
    status: "gesloten",
    reden: `Het venster is gesloten: ${uiterste}${verlopen}. De invoer is alleen-lezen.`,
  };
}

/** Whether entry is allowed: open, or closed but reopened (§3.2). */
export const magInvoeren = (s: VensterStatus): boolean =>
  s.status === "open" || s.status === "heropend";
