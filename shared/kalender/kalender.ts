// docs/regels.md §3.2: the calendar of budget year t, as data. Every date derives from t by the
// "rule for other years" (seed 002 §4.2.6–§4.2.12 and its table of dates), so no year is
// hard-coded. Times are Europe/Amsterdam; "uiterlijk D" means until D 23:59:59 (see venster.ts).
import * as z from "zod";
import { MAANDNAMEN } from "./maandnamen.js";
import { type Dag, vergelijkDag } from "./tijd.js";
import type { Venster } from "./venster.js";

export const STAP_CODES = [
  "gereserveerd_budget_bekend",
  "indienen_aanvraag",
  "beoordeling",
  "bespreking_vroege_aanvraag",
  "overeenstemming",
  "addendum_ondertekend",
  "extra_budgetronde_nza",
  "realisatie_mei",
  "realisatie_juli",
  "realisatie_oktober",
  "herschikking",
  "realisatie_gehele_jaar",
  "accountantsrapport",
  "nacalculatie_nza",
] as const;
export const StapCodeSchema = z.enum(STAP_CODES);
export type StapCode = z.infer<typeof StapCodeSchema>;

export const WIE = ["aanbieder", "zorgkantoor", "beide"] as const;
export const WieSchema = z.enum(WIE);
export type Wie = z.infer<typeof WieSchema>;

export interface Stap extends Venster {
  code: StapCode;
  omschrijving: string;
  wie: Wie;
  /** Null when the step is only a deadline ("uiterlijk D", "≤ D"): open until D. */
  opent: Dag | null;
  uiterlijk: Dag;
  bron: string;
  /** Tussentijdse realisatie only: the months Jan.. that the window reports on (§7 projection). */
  maandenGedekt?: number;
}

const dag = (jaar: number, maand: number, d: number): Dag => ({ jaar, maand, dag: d });

/** A tussentijdse realisatie window: the whole month, covering January up to the month before. */
function realisatie(code: StapCode, jaar: number, maand: number, laatsteDag: number): Stap {
  const gedekt = maand - 1;
  return {
    code,
    omschrijving: `tussentijdse realisatie over januari t/m ${MAANDNAMEN[gedekt - 1]} (${gedekt} maanden)`,
    wie: "aanbieder",
    opent: dag(jaar, maand, 1),
    uiterlijk: dag(jaar, maand, laatsteDag),
    bron: "docs/regels.md §3.2, §7; seed §4.2.9",
    maandenGedekt: gedekt,
  };
}

/** The steps of §3.2 for budget year t, in the order of its table. */
export function kalenderVoor(t: number): Stap[] {
  const vorig = t - 1;
  const volgend = t + 1;
  return [
    {
      code: "gereserveerd_budget_bekend",
      omschrijving: "zorgkantoor maakt het gereserveerde budget bekend",
      wie: "zorgkantoor",
      opent: null,
      uiterlijk: dag(vorig, 11, 1),
      bron: "docs/regels.md §3.2; seed 002 tabel data",
    },
    {
      code: "indienen_aanvraag",
      omschrijving: "indienen aanvraag (kwaliteitsplan en meerjarenbegroting)",
      wie: "aanbieder",
      opent: dag(vorig, 9, 1),
      uiterlijk: dag(vorig, 12, 31),
      bron: "docs/regels.md §3.2, §4.2; seed §4.2.6",
    },
    {
      code: "beoordeling",
      omschrijving: "gesprekken over kwaliteitsplan en beoordeling van de aanvraag",
      wie: "zorgkantoor",
      opent: dag(vorig, 9, 1),
      uiterlijk: dag(t, 3, 1),
      bron: "docs/regels.md §3.2, §5; seed 002 tabel data",
    },
    {
      // "Plannen die voor 1 november ingediend zijn, worden voor 1 januari besproken": vóór
      // 1 januari t is uiterlijk 31 december t−1. Which aanvragen it binds: bespreekUiterlijk.
      code: "bespreking_vroege_aanvraag",
      omschrijving: `aanvraag ingediend vóór 01-11-${vorig} is besproken vóór 01-01-${t}`,
      wie: "zorgkantoor",
      opent: null,
      uiterlijk: dag(vorig, 12, 31),
      bron: "docs/regels.md §3.2; seed §4.2.6",
    },
    {
      code: "overeenstemming",
      omschrijving: "overeenstemming over hoogte en inzet van het kwaliteitsbudget",
      wie: "beide",
      opent: null,
      uiterlijk: dag(t, 3, 8),
      bron: "docs/regels.md §3.2; seed 002 tabel data",
    },
    {
      code: "addendum_ondertekend",
      omschrijving: "addendum op de overeenkomst ondertekend door beide partijen",
      wie: "beide",
      opent: null,
      uiterlijk: dag(t, 3, 31),
      bron: "docs/regels.md §3.2, §5; seed §4.2.8",
    },
    {
      code: "extra_budgetronde_nza",
      omschrijving: "afspraken ingediend bij de NZa in de extra budgetronde",
      wie: "zorgkantoor",
      opent: null,
      uiterlijk: dag(t, 4, 1),
      bron: "docs/regels.md §3.2; seed §4.2.10",
    },
    realisatie("realisatie_mei", t, 5, 31),
    realisatie("realisatie_juli", t, 7, 31),
    realisatie("realisatie_oktober", t, 10, 31),
    {
      code: "herschikking",
      omschrijving: "herschikking van de afspraken binnen het regionale kader",
      wie: "zorgkantoor",
      opent: null,
      uiterlijk: dag(t, 11, 1),
      bron: "docs/regels.md §3.2, §8; seed §4.2.11",
    },
    {
      code: "realisatie_gehele_jaar",
      omschrijving: "realisatie gehele jaar (jaarverslag met rondrekening)",
      wie: "aanbieder",
      opent: dag(volgend, 1, 1),
      uiterlijk: dag(volgend, 3, 31),
      bron: "docs/regels.md §3.2, §7; seed §4.2.12",
    },
    {
      code: "accountantsrapport",
      omschrijving: "rapport van feitelijke bevindingen van de accountant",
      wie: "aanbieder",
      opent: null,
      uiterlijk: dag(volgend, 5, 1),
      bron: "docs/regels.md §3.2, §9.3; seed §4.2.12",
    },
    {
      code: "nacalculatie_nza",
      omschrijving: "definitieve verantwoording in de nacalculatie bij de NZa",
      wie: "zorgkantoor",
      opent: null,
      uiterlijk: dag(volgend, 6, 1),
      bron: "docs/regels.md §3.2, §9; seed §4.2.12",
    },
  ];
}

/** One step of year t by its code. */
export function stapVan(code: StapCode, t: number): Stap {
  // Every code occurs exactly once in kalenderVoor (a test checks this).
  return kalenderVoor(t).find((s) => s.code === code)!;
}

/**
 * Seed §4.2.6: an aanvraag for year t received before 1 November t−1 is discussed before 1 January
 * t, i.e. uiterlijk 31 December t−1. Later aanvragen get no such promise (only §5's termijn): null.
 */
export function bespreekUiterlijk(ontvangen: Dag, t: number): Dag | null {
  const vroeg = vergelijkDag(ontvangen, dag(t - 1, 11, 1)) < 0;
  return vroeg ? dag(t - 1, 12, 31) : null;
}
