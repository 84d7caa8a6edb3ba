// DOMAIN.md §4.2: the checks on submission, run by the server on a version of the aanvraag with
// what the checks need beside it — the year parameters (§3.1), the reserved amount (§5), "now"
// and a late window the zorgkantoor opened (§3.2) — and the documents registered on the case.
//
// Documents (§4.1.1, §12) [portal rule]: the `documenten` part of the content is kept by the
// server, never typed in by the client. A document counts once it is registered on the case and
// accepted by the server's check after upload (functions/data/documenten.ts, status
// "geaccepteerd"); while the version is a concept its `documenten` are the accepted kwaliteitsplan
// and bijlagen of the case at that moment, and on submission exactly those references are frozen
// into the version. So uploading and confirming a kwaliteitsplan is what makes
// KWALITEITSPLAN_ONTBREEKT go away, and a submitted version names the plan it was judged on.
import {
  berekendeReservering,
  ProductieSchema,
  reservering,
} from "../../shared/beoordeling/reservering.js";
import { Decimal } from "../../shared/geld/decimal.js";
import {
  type AanvraagInvoer,
  AanvraagSchema,
  DOCUMENTSOORTEN,
  type Document,
} from "../../shared/indiening/aanvraag.js";
import { type Bevinding, toets } from "../../shared/indiening/toetsing.js";
import { valideer } from "../../shared/resultaat.js";
import { leesAanbieder } from "../data/aanbieders.js";
import type { AanvraagRecord, VersieRecord } from "../data/aanvragen.js";
import { documentenVanAanvraag } from "../data/documenten.js";
import { parametersInGebruik } from "../data/parameters.js";

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
 * §5: reserveringspercentage × production VV4–VV10 of the aanbieder, or the amount the zorgkantoor
 * set on the case (`overig.reservering`: { bedrag, reden }). [portal rule] without recorded
 * production the reservering is € 0,00: BOVEN_RESERVERING only informs (§4.2), so nothing blocks.
 */
export async function reserveringVan(zaak: AanvraagRecord): Promise<Decimal> {
  const aanbieder = await leesAanbieder(zaak.aanbiederId);
  const productie = ProductieSchema.safeParse(aanbieder?.productie?.bedragen ?? {});
  const afwijkend = zaak.overig.reservering as { bedrag?: unknown; reden?: unknown } | undefined;
  const percentage = (await parametersInGebruik(zaak.jaar)).reserveringspercentage;
  const p = productie.success ? productie.data : {};
  const gezet =
    typeof afwijkend?.bedrag === "string" && typeof afwijkend.reden === "string"
      ? reservering(p, percentage, {
          bedrag: new Decimal(afwijkend.bedrag),
          reden: afwijkend.reden,
        })
      : undefined;
  // An override that does not hold (no reason) is ignored: the calculated amount stands.
  return gezet?.ok ? gezet.waarde.bedrag : berekendeReservering(p, percentage);
}

/**
 * §3.2: a late window opened by zorgkantoor-beheer for this case, kept on the case as
 * `overig.laatVenster = { tot: ISO instant }` (the beoordeling Lambda writes it, audited).
 */
export function laatVensterVan(zaak: AanvraagRecord): { tot: Date } | undefined {
  const v = zaak.overig.laatVenster as { tot?: unknown } | undefined;
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
): Promise<Bevinding[]> {
  const aanvraag = valideer(AanvraagSchema, inhoud);
  if (!aanvraag.ok) throw new Error(`opgeslagen aanvraag ${zaak.id}: ${aanvraag.fout.melding}`);
  return toets(aanvraag.waarde, {
    jaar: zaak.jaar,
    parameters: await parametersInGebruik(zaak.jaar),
    reservering: await reserveringVan(zaak),
    op,
    laatVenster: laatVensterVan(zaak),
  });
}

/**
 * The content the checks judge: a submitted version as frozen, a concept with the documents of
 * the case now. [portal rule] A submitted version is checked at its moment of submission (that
 * is what the beoordelaar weighs, §5); a concept at "now".
 */
export async function toetsbareInhoud(
  versie: VersieRecord,
  nu: Date,
): Promise<{ inhoud: AanvraagInvoer; op: Date }> {
  if (versie.status === "ingediend")
    return { inhoud: versie.inhoud, op: new Date(versie.ingediendOp ?? nu.toISOString()) };
  return {
    inhoud: metDocumenten(versie.inhoud, await geaccepteerdeDocumenten(versie.aanvraagId)),
    op: nu,
  };
}
