// The states of an aanvraag (DOMAIN.md §4.3, shared/indiening/toestanden.ts) in Dutch words.
export const TOESTAND: Record<string, string> = {
  concept: "concept",
  ingediend: "ingediend",
  in_beoordeling: "in beoordeling",
  aanvulling_gevraagd: "aanvulling gevraagd",
  goedgekeurd: "goedgekeurd",
  afgewezen: "afgewezen",
  addendum_getekend: "addendum getekend",
  vastgelegd: "vastgelegd",
};
