// docs/regels.md §0 and §2: the 31 zorgkantoorregio's of the Wlz, reference data every environment
// loads (zorgkantoren.ts `zetRegios`, idempotent). Names as the regions are publicly known; the
// codes are the portal's own, stable ids. Which zorgkantoor serves which region is not fixed here
// (it changes with the concerns' agreements) but set when a zorgkantoor is registered.
import type { Regio } from "./zorgkantoren.js";

const NAMEN = [
  "Groningen",
  "Friesland",
  "Drenthe",
  "Zwolle",
  "Twente",
  "Midden-IJssel",
  "Apeldoorn/Zutphen e.o.",
  "Arnhem",
  "Nijmegen",
  "Utrecht",
  "Flevoland",
  "'t Gooi",
  "Noord-Holland Noord",
  "Kennemerland",
  "Zaanstreek/Waterland",
  "Amsterdam",
  "Amstelland en de Meerlanden",
  "Zuid-Holland Noord",
  "Haaglanden",
  "Delft Westland Oostland",
  "Midden-Holland",
  "Rotterdam",
  "Waardenland",
  "Zuid-Hollandse Eilanden",
  "Zeeland",
  "West-Brabant",
  "Midden-Brabant",
  "Noordoost-Brabant",
  "Zuidoost-Brabant",
  "Noord- en Midden-Limburg",
  "Zuid-Limburg",
] as const;

/** "Apeldoorn/Zutphen e.o." → "apeldoorn-zutphen-eo"; "'t Gooi" → "t-gooi". */
export const regioCode = (naam: string): string =>
  naam
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .replace(/-e-o$/, "-eo");

export const ZORGKANTOORREGIOS: readonly Regio[] = NAMEN.map((naam) => ({
  code: regioCode(naam),
  naam,
}));
