// docs/regels.md §4.2: findings must say concretely which line, locatie or year they are about. These
// helpers name a line the way the aanbieder sees it on screen (1-based numbers, Dutch names).
import { Decimal } from "../geld/decimal.js";
import type { Aanvraag } from "./aanvraag.js";
import {
  CATEGORIE_NAAM,
  FUNCTIEGROEP_NAAM,
  ORGANISATIEBREED,
  type OverigeRegel,
  type Personeelsregel,
} from "./begrotingsregels.js";

/** Lines are numbered from 1 on screen. */
export const volgnummer = (index: number): number => index + 1;

export function locatieNaam(aanvraag: Aanvraag, id: string): string {
  if (id === ORGANISATIEBREED) return "organisatiebreed";
  const naam = aanvraag.locaties.find((l) => l.id === id)?.naam.trim();
  return naam ? `locatie ${naam}` : `locatie "${id}"`;
}

export const personeelsregelNaam = (
  aanvraag: Aanvraag,
  regel: Personeelsregel,
  index: number,
  jaar: number,
): string =>
  `personeelsregel ${volgnummer(index)} in ${jaar} (${FUNCTIEGROEP_NAAM[regel.functiegroep]}, ${
    regel.soort === "inhuur" ? "inhuur, " : ""
  }${locatieNaam(aanvraag, regel.locatie)})`;

export function overigeRegelNaam(regel: OverigeRegel, index: number, jaar: number): string {
  const titel = regel.omschrijving.trim();
  return `overige regel ${volgnummer(index)} in ${jaar} (${CATEGORIE_NAAM[regel.categorie]}${
    titel ? `: "${titel.length > 60 ? `${titel.slice(0, 57)}...` : titel}"` : ""
  })`;
}

/** "a, b en c" */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join("");
  return `${delen.slice(0, -1).join(", ")} en ${delen[delen.length - 1]}`;
}

/** A rate as a Dutch percentage for display only; cut (not rounded) so 84,999% never shows as 85%. */
export const procent = (fractie: Decimal): string =>
  `${fractie.times(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toString().replace(".", ",")}%`;

/** The field to point at: the part itself when one is missing, else the part's container. */
export const veldVoor = (container: string, ontbrekend: readonly string[]): string =>
  ontbrekend.length === 1 ? `${container}.${ontbrekend[0]}` : container;
