// docs/regels.md §3.1–§3.2: which budget years a screen offers at the portal's "now" (the portal
// clock, never the browser's). Intl only, so the site's bundles stay free of zod and date-fns; the
// zone is tijd.ts's TIJDZONE.
const ZONE = "Europe/Amsterdam";

/** §3.1: the quality budget exists from 2019 (JaarSchema's lower bound). */
export const EERSTE_JAAR = 2019;

function jaarEnMaand(nu: Date): { jaar: number; maand: number } {
  const delen = new Intl.DateTimeFormat("en-GB", {
    timeZone: ZONE,
    year: "numeric",
    month: "numeric",
  }).formatToParts(nu);
  const deel = (t: string) => Number(delen.find((d) => d.type === t)?.value);
  return { jaar: deel("year"), maand: deel("month") };
}

/**
 * [portal rule] The cycle the portal clock is in: budget year t runs on the Amsterdam calendar
 * from 1 January to 31 December t, so that is the year a page opens with.
 */
export const lopendJaar = (nu: Date): number => jaarEnMaand(nu).jaar;

/**
 * [portal rule] The years to choose from, newest first: 2019 up to the running year, and next
 * year once its indieningsperiode has opened (1 September t−1, §3.2: its aanvragen arrive).
 * `ook` adds a year already chosen (a link or bookmark to another year) so the list shows it.
 */
export function kiesbareJaren(nu: Date, ook?: number): number[] {
  const { jaar, maand } = jaarEnMaand(nu);
  const laatste = Math.max(maand >= 9 ? jaar + 1 : jaar, ook ?? 0, EERSTE_JAAR);
  const jaren: number[] = [];
  for (let j = laatste; j >= EERSTE_JAAR; j--) jaren.push(j);
  if (ook !== undefined && ook < EERSTE_JAAR) jaren.push(ook);
  return jaren;
}
