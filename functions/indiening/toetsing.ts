import type { Decimal } from "#shared/geld/decimal.js";
import {
  type AanvraagInvoer,
  AanvraagSchema,
  DOCUMENTSOORTEN,
  type Document,
} from "#shared/indiening/aanvraag.js";
import { type Bevinding, toets } from "#shared/indiening/toetsing.js";
import type { JaarParameters } from "#shared/parameters/jaarparameters.js";
import { valideer } from "#shared/resultaat.js";
import type { AanvraagRecord, VersieRecord } from "../data/aanvragen.js";
import { documentenVanAanvraag } from "../data/documenten.js";
import { parametersInGebruik } from "../data/parameters.js";
import { reserveringVan } from "../lib/reservering.js";

/** The accepted aanvraag documents of the case, as references in the content (§4.1.1). */
export async function geaccepteerdeDocumenten(aanvraagId: string): Promise<Document[]> {
  const soorten: readonly string[] = DOCUMENTSOORTEN;
  return (await documentenVanAanvraag(aanvraagId))
    .filter((d) => d.status === "geaccepteerd" && soorten.includes(d.soort))
    .map((d) => ({ id: d.id, soort: d.soort as Document["soort"], naam: d.naam }));
}

/** The content with the server's document references (a concept: those of the case now). */
export const metDocumenten = (
  inhoud: AanvraagInvoer,
  documenten: readonly Document[],
): AanvraagInvoer => ({ ...inhoud, documenten: [...documenten] });

/**
 * §3.2: a late window opened by zorgkantoor-beheer for this case, kept on the case as
 * `overig.laatVenster = { tot: ISO instant }` (the beoordeling Lambda writes it, audited).
 */
export function laatVensterVan(zaak: AanvraagRecord): { tot: Date } | undefined {
  const v = zaak.overig.laatVenster;
  if (typeof v?.tot !== "string") return undefined;
  const tot = new Date(v.tot);
  return Number.isNaN(tot.getTime()) ? undefined : { tot };
}

/**
 * The findings of §4.2 for a version at instant `op`. Stored content was validated when it was
 * written; content that no longer parses is a bug and throws (a 5xx).
 */
export async function toetsVersie(
  zaak: AanvraagRecord,
  inhoud: AanvraagInvoer,
  op: Date,
  context?: Toetsgegevens,
): Promise<Bevinding[]> {
  const aanvraag = valideer(AanvraagSchema, inhoud);
  if (!aanvraag.ok) throw new Error(`opgeslagen aanvraag ${zaak.id}: ${aanvraag.fout.melding}`);
  const { parameters, reservering } = context ?? (await toetsgegevens(zaak));
  return toets(aanvraag.waarde, {
    jaar: zaak.jaar,
    parameters,
    reservering,
    op,
    laatVenster: laatVensterVan(zaak),
  });
}

/** What the checks need from outside the aanvraag; a caller that shows them too loads them once. */
export interface Toetsgegevens {
  parameters: JaarParameters;
  reservering: Decimal;
}

export async function toetsgegevens(zaak: AanvraagRecord): Promise<Toetsgegevens> {
  // The aanbieder (for the reservering) is read beside the parameters, not after them.
  const parameters = parametersInGebruik(zaak.jaar);
  const [p, { bedrag }] = await Promise.all([
    parameters,
    reserveringVan(zaak, undefined, parameters),
  ]);
  return { parameters: p, reservering: bedrag };
}

/**
 * The content the checks judge: a submitted version as frozen, a concept with the documents of
 * the case now. [portal rule] A submitted version is checked at its moment of submission (that
 * is what the beoordelaar weighs, §5); a concept at "now".
 */
export async function toetsbareInhoud(
  versie: VersieRecord,
  nu: Date,
  documenten?: Promise<Document[]>,
): Promise<{ inhoud: AanvraagInvoer; op: Date }> {
  if (versie.status === "ingediend")
    return { inhoud: versie.inhoud, op: new Date(versie.ingediendOp ?? nu.toISOString()) };
  return {
    inhoud: metDocumenten(
      versie.inhoud,
      await (documenten ?? geaccepteerdeDocumenten(versie.aanvraagId)),
    ),
    op: nu,
  };
}
