// The Dutch month names, in one place for the calendar texts (kalender.ts) and the site's month
// choices. No imports: the browser pages load this file without zod.
export const MAANDNAMEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;
