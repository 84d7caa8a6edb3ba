// docs/regels.md §5 (werkvoorraad): which aanvragen a zorgkantoor's work list shows, how it is
// filtered (state, deadline status, aanbieder by name) and sorted, and where a page starts. Pure:
// the handler reads the year's list and "now" is input, so the list, the page and the cursor
// follow from the same rules on the server and in the tests.
import * as z from "zod";
import { indieningsperiodeGesloten } from "../indiening/indieningsperiode.js";
import { TOESTANDEN, type Toestand } from "../indiening/toestanden.js";
import { TERMIJN_STATUSSEN } from "../kalender/beoordelingstermijn.js";

/** The deadline statuses of a row: §5's three while the zorgkantoor has it, then the two others. */
export const WERKVOORRAAD_TERMIJNEN = [...TERMIJN_STATUSSEN, "afgerond", "niet_ontvangen"] as const;
export type WerkvoorraadTermijn = (typeof WERKVOORRAAD_TERMIJNEN)[number];

export const WERKVOORRAAD_SORTERINGEN = [
  "urgentie",
  "aanbieder",
  "uiterste_datum",
  "ontvangen",
] as const;
export type WerkvoorraadSortering = (typeof WERKVOORRAAD_SORTERINGEN)[number];
export const RICHTINGEN = ["op", "af"] as const;

const kies = (wat: readonly string[]) => `kies een van: ${wat.join(", ")}`;

/** The query of the list (text in, as in a query string); 422 naming the parameter otherwise. */
export const WerkvoorraadKeuzeVelden = {
  toestand: z
    .enum(TOESTANDEN, { error: kies(TOESTANDEN) })
    .optional()
    .meta({ description: "Alleen aanvragen in deze toestand" }),
  termijn: z
    .enum(WERKVOORRAAD_TERMIJNEN, { error: kies(WERKVOORRAAD_TERMIJNEN) })
    .optional()
    .meta({ description: "Alleen aanvragen met deze termijnstatus (§5)" }),
  // An empty search box means no search: a GET form sends `aanbieder=`.
  aanbieder: z
    .string()
    .trim()
    .max(100, { error: "zoek op hoogstens 100 tekens van de naam" })
    .transform((s) => (s === "" ? undefined : s))
    .optional()
    .meta({
      description: "Deel van de naam van de aanbieder (hoofdletters en accenten tellen niet)",
    }),
  sorteer: z
    .enum(WERKVOORRAAD_SORTERINGEN, { error: kies(WERKVOORRAAD_SORTERINGEN) })
    .default("urgentie")
    .meta({ description: "Volgorde (standaard urgentie: eerst de verstreken termijnen)" }),
  richting: z
    .enum(RICHTINGEN, { error: kies(RICHTINGEN) })
    .default("op")
    .meta({ description: "op (oplopend, standaard) of af (aflopend)" }),
} as const;
const KeuzeSchema = z.object(WerkvoorraadKeuzeVelden);
export type WerkvoorraadKeuze = z.output<typeof KeuzeSchema>;

/** One row as the rules see it; `sleutel` is unique and stable (the case's key), the tie-break. */
export interface WerkvoorraadRegel {
  sleutel: string;
  toestand: Toestand;
  aanbiederNaam: string;
  /** Dates as JJJJ-MM-DD; null for a case never received (a concept). */
  termijn: { ontvangen: string; uitersteDatum: string; status: WerkvoorraadTermijn } | null;
}

/** Where a row stands in the order: its sort value (null sorts last) and its key. */
export interface Positie {
  waarde: string | null;
  sleutel: string;
}

/**
 * [portal rule] A concept is the aanbieder's own work and stays off the list, except once the
 * indieningsperiode of its year has closed (§3.2, §4.2): then only a late window opened by
 * zorgkantoor-beheer lets it be submitted, so beheer sees it in the list to open one.
 */
export const laatVensterNodig = (r: { toestand: Toestand; jaar: number }, nu: Date): boolean =>
  r.toestand === "concept" && indieningsperiodeGesloten(r.jaar, nu);

/** Text for search and order: lower case without diacritics ("Zorggroep" finds "zorggróep"). */
export const zoektekst = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export const termijnVanRegel = (r: WerkvoorraadRegel): WerkvoorraadTermijn =>
  r.termijn?.status ?? "niet_ontvangen";

export function past(r: WerkvoorraadRegel, k: WerkvoorraadKeuze): boolean {
  if (k.toestand && r.toestand !== k.toestand) return false;
  if (k.termijn && termijnVanRegel(r) !== k.termijn) return false;
  return !k.aanbieder || zoektekst(r.aanbiederNaam).includes(zoektekst(k.aanbieder));
}

/** Most urgent first: past the final date, past the target date, within, not received, done. */
const URGENTIE: readonly WerkvoorraadTermijn[] = [
  "uiterste_datum_verstreken",
  "streefdatum_verstreken",
  "binnen_termijn",
  "niet_ontvangen",
  "afgerond",
];

/** The sort value of a row; within one urgency the earliest final date comes first. */
export function positieVan(r: WerkvoorraadRegel, sorteer: WerkvoorraadSortering): Positie {
  const waarde = {
    urgentie: () => `${URGENTIE.indexOf(termijnVanRegel(r))}#${r.termijn?.uitersteDatum ?? ""}`,
    aanbieder: () => zoektekst(r.aanbiederNaam),
    uiterste_datum: () => r.termijn?.uitersteDatum ?? null,
    ontvangen: () => r.termijn?.ontvangen ?? null,
  }[sorteer]();
  return { waarde, sleutel: r.sleutel };
}

const tekstOrde = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A total order: rows without a value last in both directions, ties by key (always ascending). */
export function vergelijk(a: Positie, b: Positie, richting: "op" | "af"): number {
  if (a.waarde !== b.waarde) {
    if (a.waarde === null) return 1;
    if (b.waarde === null) return -1;
    const c = tekstOrde(a.waarde, b.waarde);
    return richting === "op" ? c : -c;
  }
  return tekstOrde(a.sleutel, b.sleutel);
}

/**
 * One page: the rows that pass the filters in the chosen order, strictly after `na` (the last
 * row of the previous page). Keyset, not an offset: a case that changes or arrives between two
 * pages never makes a row appear twice; `aantal` counts every row that passes.
 */
export function werkvoorraadPagina<R extends WerkvoorraadRegel>(
  rijen: readonly R[],
  k: WerkvoorraadKeuze,
  limiet: number,
  na?: Positie,
): { rijen: R[]; aantal: number; laatste?: Positie } {
  const geordend = rijen
    .filter((r) => past(r, k))
    .map((r) => ({ r, p: positieVan(r, k.sorteer) }))
    .sort((a, b) => vergelijk(a.p, b.p, k.richting));
  const rest = na ? geordend.filter((x) => vergelijk(x.p, na, k.richting) > 0) : geordend;
  const pagina = rest.slice(0, limiet);
  return {
    rijen: pagina.map((x) => x.r),
    aantal: geordend.length,
    laatste: rest.length > limiet ? pagina.at(-1)?.p : undefined,
  };
}
