// docs/regels.md §3.2, §9.3 [portal rule]: the accountant's report is about a whole year, so it can
// be added once that year is over — from 1 January of the next year in Europe/Amsterdam (always
// CET, UTC+1). Pure and free of imports: the site uses the same function for its upload field.

/** Year `jaar` is over at `nu`: 1 January of the next year has begun in Amsterdam. */
export const jaarVoorbij = (jaar: number, nu: Date): boolean =>
  nu.getTime() >= Date.parse(`${jaar + 1}-01-01T00:00:00+01:00`);
