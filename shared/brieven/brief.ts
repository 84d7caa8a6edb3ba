// docs/regels.md §5, §9.3, §15.2 and "Letters" [portal rule]: what every letter of the portal carries
// beside its content — a kenmerk the aanbieder can quote, and on a besluit the bezwaar clause of the
// Awb with its deadline counted from the letter's dagtekening (Europe/Amsterdam calendar days).
import * as z from "zod";
import { type Dag, dagWeergave, plusDagen } from "../kalender/tijd.js";

/** The letters, with the short code the kenmerk uses. */
export const BRIEFSOORT_CODE = {
  beoordelingsbrief: "BB",
  addendum: "AD",
  herschikkingsbrief: "HB",
  vaststelling: "VS",
} as const;
export type Briefsoort = keyof typeof BRIEFSOORT_CODE;

export const KenmerkGegevensSchema = z.object({
  soort: z.enum(["beoordelingsbrief", "addendum", "herschikkingsbrief", "vaststelling"]),
  jaar: z.number().int().min(2000).max(2099),
  /** e.g. "zk-vgz": the part after "zk-" names the zorgkantoor in the kenmerk. */
  zorgkantoorId: z.string().min(1),
  /** The aanbieder's AGB-code: with zorgkantoor and year it names the one aanvraag (§2). */
  agbCode: z.string().min(1),
  /** Which letter of its kind (herschikking: agreement number; vaststelling: version); 1 = none. */
  volgnummer: z.number().int().min(1).default(1),
});
export type KenmerkGegevens = z.input<typeof KenmerkGegevensSchema>;

/**
 * [portal rule] Kenmerk: `KB-<jaar>-<zorgkantoor>-<AGB-code>-<soort>[<volgnummer>]`, e.g.
 * `KB-2046-VGZ-12345678-BB`, `KB-2046-VGZ-12345678-HB2`. Deterministic: the same letter always has
 * the same kenmerk; one aanvraag per aanbieder, zorgkantoor and year makes it unique per letter.
 */
export function kenmerk(invoer: KenmerkGegevens): string {
  const g = KenmerkGegevensSchema.parse(invoer);
  const zk = g.zorgkantoorId
    .replace(/^zk-/i, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "");
  const agb = g.agbCode.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
  const nr = g.volgnummer > 1 ? String(g.volgnummer) : "";
  return `KB-${g.jaar}-${zk || "ZK"}-${agb}-${BRIEFSOORT_CODE[g.soort]}${nr}`;
}

const isWeekend = (d: Dag): boolean => {
  const w = new Date(Date.UTC(d.jaar, d.maand - 1, d.dag)).getUTCDay();
  return w === 0 || w === 6;
};

/**
 * Awb art. 6:7/6:8: six weeks, starting the day after the dagtekening, so the last day is the same
 * weekday six weeks on; a Saturday or Sunday moves to the Monday (Algemene termijnenwet art. 1).
 * Public holidays are not known to the portal's calendar and do not move it here.
 */
export function bezwaarUiterlijk(dagtekening: Dag): Dag {
  let d = plusDagen(dagtekening, 42);
  while (isWeekend(d)) d = plusDagen(d, 1);
  return d;
}

/** The bezwaar clause of a besluit letter, addressed to the zorgkantoor that decided. */
export function bezwaarclausule(zorgkantoor: string, dagtekening: Dag): string {
  return [
    `Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dagtekening van deze brief bezwaar maken, dus uiterlijk op ${dagWeergave(bezwaarUiterlijk(dagtekening))}. Stuur uw bezwaarschrift naar ${zorgkantoor}.`,
    "Vermeld in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van deze brief en waarom u het niet eens bent met het besluit, en onderteken het (artikel 6:5 van de Algemene wet bestuursrecht).",
  ].join("\n");
}

/** [portal rule] An aanbieder's postal address for its letters (optional reference data). */
export const PostadresSchema = z.object({
  /** Street and number, or "Postbus 123". */
  straat: z.string().trim().min(1).max(120),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4} ?[A-Za-z]{2}$/, { error: "een postcode heeft de vorm 1234 AB" })
    .transform((p) => `${p.slice(0, 4)} ${p.slice(-2).toUpperCase()}`),
  plaats: z.string().trim().min(1).max(80),
});
export type Postadres = z.output<typeof PostadresSchema>;

/** The address lines under the addressee's name; none when no address is known. */
export const adresregels = (a: Postadres | undefined): string[] =>
  a ? [a.straat, `${a.postcode} ${a.plaats}`] : [];
