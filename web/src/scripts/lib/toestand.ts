// The Dutch name of an aanvraag's state, from THE state machine (shared/indiening/toestanden.ts,
// docs/regels.md §4.3), so every page names a state the same way; an unknown state shows as sent.
import { TOESTAND_NAAM } from "#shared/indiening/toestanden.js";

export const toestandNaam = (toestand: string): string =>
  (TOESTAND_NAAM as Readonly<Record<string, string>>)[toestand] ?? toestand;

/** The same name with a capital, where it opens a cell or a label (the zorgkantoor pages). */
export const toestandKop = (toestand: string): string => {
  const n = toestandNaam(toestand);
  return n.charAt(0).toUpperCase() + n.slice(1);
};
