import { reserveringBerekening, toekenningBerekening } from "./beoordeling/berekening.js";
import type { Berekening } from "./berekening.js";
import { afwikkelingBerekening } from "./grootboek/berekening.js";
import { herinneringenBerekening } from "./herinneringen/berekening.js";
import {
  herschikking,
  herschikkingControle,
  herschikkingVerdeling,
} from "./herschikking/berekening.js";
import { toetsingBerekening } from "./indiening/berekening.js";
import { kalenderBerekening } from "./kalender/berekening.js";
import { landelijkRestant, nacalculatie } from "./nacalculatie/berekening.js";
import { realisatie } from "./realisatie/berekening.js";
import { voorschot } from "./voorschot/berekening.js";

// Every calculation the `kb` command offers, in the order the year runs. The same list feeds the
// generated JSON Schemas in docs/berekeningen/ and docs/rekencommando.md.
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list; each entry validates its own input.
export type EenBerekening = Berekening<any, any>;

export const BEREKENINGEN: readonly EenBerekening[] = [
  kalenderBerekening,
  toetsingBerekening,
  reserveringBerekening,
  toekenningBerekening,
  voorschot,
  realisatie,
  herschikking,
  herschikkingControle,
  herschikkingVerdeling,
  nacalculatie,
  afwikkelingBerekening,
  landelijkRestant,
  herinneringenBerekening,
];

export const zoekBerekening = (naam: string): EenBerekening | undefined =>
  BEREKENINGEN.find((b) => b.naam === naam);
