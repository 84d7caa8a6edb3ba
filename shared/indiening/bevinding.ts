// docs/regels.md §4.2: a finding of the checks on submission, with a stable code, a severity and its
// source, and the dotted path of the field in the aanvraag so a screen can show it in place.
import * as z from "zod";
import type { Decimal } from "../geld/decimal.js";
import type { JaarParameters } from "../parameters/jaarparameters.js";

export const ERNSTEN = ["blokkeert", "waarschuwt", "informeert"] as const;
export type Ernst = (typeof ERNSTEN)[number];

/** The codes of the §4.2 table, spelled as there, plus BEGROTINGSJAAR_ONGELDIG (see bron). */
export const BEVINDING_CODES = [
  "BUITEN_INDIENINGSPERIODE",
  "KWALITEITSPLAN_ONTBREEKT",
  "VERBETERPARAGRAAF_ONVOLLEDIG",
  "BEGROTING_LEEG",
  "BEGROTINGSJAAR_ONGELDIG",
  "SMART_ONVOLLEDIG",
  "VERKLARING_ONTBREEKT",
  "VERHOUDING_AFWIJKEND",
  "OVERHEAD_ZONDER_EXTRA_FTE",
  "BOVEN_RESERVERING",
  "LOONKOSTEN_AFWIJKEND",
] as const;
export type BevindingCode = (typeof BEVINDING_CODES)[number];

export interface Bevinding {
  code: BevindingCode;
  ernst: Ernst;
  /** Dutch and concrete: which line, locatie or year. */
  melding: string;
  /** Dotted path into the aanvraag, e.g. `begroting[0].overige[2].smart.haalbaarheid`. */
  veld: string;
  bron: string;
}

const SEED: Record<BevindingCode, string> = {
  BUITEN_INDIENINGSPERIODE: "§4.2.6",
  KWALITEITSPLAN_ONTBREEKT: "§4.2.2",
  VERBETERPARAGRAAF_ONVOLLEDIG: "§4.2.2",
  BEGROTING_LEEG: "§4.2.3",
  // [portal rule] docs/regels.md §4.1.3 allows t and up to two later years; another year is blocked.
  BEGROTINGSJAAR_ONGELDIG: "§4.2.3",
  SMART_ONVOLLEDIG: "§4.2.3",
  VERKLARING_ONTBREEKT: "§4.2.3, §4.2.4",
  VERHOUDING_AFWIJKEND: "§4.2.5, §4.2.7",
  OVERHEAD_ZONDER_EXTRA_FTE: "§4.2.5",
  BOVEN_RESERVERING: "§4.2.1, §4.2.3",
  LOONKOSTEN_AFWIJKEND: "§4.2.4",
};

export const bronVan = (code: BevindingCode): string =>
  code === "BEGROTINGSJAAR_ONGELDIG"
    ? `docs/regels.md §4.1.3; seed ${SEED[code]}`
    : `docs/regels.md §4.2; seed ${SEED[code]}`;

export const bevinding = (
  code: BevindingCode,
  ernst: Ernst,
  veld: string,
  melding: string,
): Bevinding => ({ code, ernst, melding, veld, bron: bronVan(code) });

/** §4.2: an aanvraag can be submitted when no finding blocks. */
export const kanIndienen = (bevindingen: readonly Bevinding[]): boolean =>
  !bevindingen.some((b) => b.ernst === "blokkeert");

/** Output form for berekeningen and JSON Schema docs. */
export const BevindingUitvoerSchema = z.object({
  code: z.enum(BEVINDING_CODES),
  ernst: z.enum(ERNSTEN),
  melding: z.string(),
  veld: z.string(),
  bron: z.string(),
});

/** What the checks need beside the aanvraag (§4.2); "now" is an input, never read from a clock. */
export interface Toetscontext {
  /** Budget year t of the aanvraag. */
  jaar: number;
  /** `parametersVoor(jaar)`: richtlijn and loonkosten band. */
  parameters: JaarParameters;
  /** The reserved amount of §5 for this aanbieder. */
  reservering: Decimal;
  /** The instant of submission. */
  op: Date;
  /** A late window opened by the zorgkantoor: submission allowed until `tot` (exclusive). */
  laatVenster?: { tot: Date };
}
