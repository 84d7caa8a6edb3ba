// docs/regels.md §6, §8: after a herschikking the voorschot follows the new agreement. As a confirmed
// realisatie does (functions/realisatie/realisatieBevestigen.ts), the new agreement (incl.
// compensatie) becomes a new basis version from the month after the decision, so the next monthly
// run settles the difference with the same §6 formula; from which month is the pure rule of
// shared/herschikking/voorschotbasis.ts.
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { basisVanaf } from "#shared/herschikking/voorschotbasis.js";
import { metNieuweBasis } from "#shared/voorschot/basisversie.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import type { AanvraagRecord } from "./aanvragen.js";
import { aanpassingenVan } from "./opgeslagenBesluiten.js";
import { opslagVorm, voorschotAfspraakOfWeiger } from "./voorschotafspraak.js";
import type { VoorschotAanpassing } from "./zaakgegevens.js";

/** The case fields of the new basis version, or none when the voorschot is not touched. */
export async function basisVelden(
  r: AanvraagRecord,
  nieuwTotaal: Decimal,
  nu: Date,
  door: string,
): Promise<{ velden: Record<string, unknown>; vanafMaand: string } | undefined> {
  const vanaf = basisVanaf(r.jaar, nu);
  if (vanaf === undefined) return undefined;
  const afspraak = await voorschotAfspraakOfWeiger(r);
  if (!afspraak) return undefined;
  const { afspraak: nieuw, versie } = metNieuweBasis(afspraak, vanaf, nieuwTotaal);
  const aanpassing: VoorschotAanpassing = {
    soort: "herschikking",
    jaar: r.jaar,
    realisatieVersie: 0,
    basisVersie: versie,
    vanafMaand: maandTekst(r.jaar, vanaf),
    bedrag: bedragTekst(nieuwTotaal),
    door,
    op: nu.toISOString(),
  };
  return {
    velden: {
      voorschot: opslagVorm(nieuw),
      voorschotAanpassingen: [...aanpassingenVan(r.overig), aanpassing],
    },
    vanafMaand: aanpassing.vanafMaand,
  };
}
