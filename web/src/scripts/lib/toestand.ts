// The Dutch name of an aanvraag's state, from THE state machine (shared/indiening/toestanden.ts,
// DOMAIN.md §4.3), so every page names a state the same way; an unknown state shows as sent.
import { TOESTAND_NAAM } from "../../../../shared/indiening/toestanden.js";

export const toestandNaam = (toestand: string): string =>
  (TOESTAND_NAAM as Readonly<Record<string, string>>)[toestand] ?? toestand;
