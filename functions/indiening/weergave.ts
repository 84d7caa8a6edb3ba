// docs/regels.md §4 and §5: how the indiening Lambda answers a case — its state, the version the
// caller may see, the findings of the §4.2 checks computed now, the reserved amount and the
// beoordelingstermijn (receipt, +6 weeks, +3 months).

import { bedragTekst } from "#shared/geld/bedrag.js";
import { OVERGANGEN } from "#shared/indiening/toestanden.js";
import { kanIndienen } from "#shared/indiening/toetsing.js";
import { termijnStatus } from "#shared/kalender/beoordelingstermijn.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import { zietConcepten } from "#shared/toegang/zaak.js";
import {
  type AanvraagRecord,
  leesVersie,
  leesVersies,
  type VersieRecord,
} from "../data/aanvragen.js";
import { leesNamen, namenVan } from "../data/namen.js";
import type { AanvraagAntwoord } from "./schemas.js";
import {
  geaccepteerdeDocumenten,
  laatVensterVan,
  toetsbareInhoud,
  toetsgegevens,
  toetsVersie,
} from "./toetsing.js";

export const samenvatting = (z: AanvraagRecord) => ({
  id: z.id,
  aanbiederId: z.aanbiederId,
  zorgkantoorId: z.zorgkantoorId,
  jaar: z.jaar,
  toestand: z.toestand,
  mediation: z.mediation,
  versie: z.versie,
  laatsteVersie: z.laatsteVersie,
  ontvangenOp: z.ontvangenOp ?? null,
  laatstIngediendOp: z.laatstIngediendOp ?? null,
  aangemaaktOp: z.aangemaaktOp,
  gewijzigdOp: z.gewijzigdOp,
});

export const versieSamenvatting = (v: VersieRecord) => ({
  nummer: v.nummer,
  status: v.status,
  aangemaaktOp: v.aangemaaktOp,
  gewijzigdOp: v.gewijzigdOp,
  ingediendOp: v.ingediendOp ?? null,
});

export const versieAntwoord = (v: VersieRecord, inhoud = v.inhoud) => ({
  ...versieSamenvatting(v),
  inhoud: inhoud as Record<string, unknown>,
});

/** The versions the caller may see, oldest first. */
export async function zichtbareVersies(
  zaak: AanvraagRecord,
  rollen: readonly Rol[],
): Promise<VersieRecord[]> {
  const alle = await leesVersies(zaak.id);
  return zietConcepten(rollen) ? alle : alle.filter((v) => v.status === "ingediend");
}

/**
 * The number of the latest version the caller may see: the latest, or — for a caller who sees no
 * concepts — the one before a concept. A new version is only ever made after the previous one was
 * submitted (wijzigInhoud, functions/data/overgangen.ts), so that one is submitted.
 */
function zichtbaarNummer(zaak: AanvraagRecord, rollen: readonly Rol[]): number | undefined {
  if (zaak.laatsteVersieIngediend || zietConcepten(rollen)) return zaak.laatsteVersie;
  return zaak.laatsteVersie > 1 ? zaak.laatsteVersie - 1 : undefined;
}

export async function aanvraagAntwoord(
  zaak: AanvraagRecord,
  rollen: readonly Rol[],
  nu: Date,
): Promise<AanvraagAntwoord> {
  // One round after the case: the version, the check data and (for a concept) its documents.
  const nummer = zichtbaarNummer(zaak, rollen);
  const concept = nummer === zaak.laatsteVersie && !zaak.laatsteVersieIngediend;
  const documenten = concept ? geaccepteerdeDocumenten(zaak.id) : undefined;
  documenten?.catch(() => undefined);
  const [versie, gegevens, namen] = await Promise.all([
    nummer === undefined ? undefined : leesVersie(zaak.id, nummer),
    toetsgegevens(zaak),
    leesNamen([zaak.aanbiederId]),
  ]);
  const toetsbaar = versie ? await toetsbareInhoud(versie, nu, documenten) : undefined;
  const bevindingen =
    versie && toetsbaar ? await toetsVersie(zaak, toetsbaar.inhoud, toetsbaar.op, gegevens) : [];
  const laatVenster = laatVensterVan(zaak);
  const termijn = zaak.ontvangenOp
    ? termijnStatus(dagVan(new Date(zaak.ontvangenOp)), nu)
    : undefined;
  return {
    ...samenvatting(zaak),
    ...namenVan(namen, zaak),
    huidigeVersie: versie ? versieAntwoord(versie, toetsbaar?.inhoud) : null,
    bevindingen,
    // Submittable now: a concept version, a state that allows indienen, no blocking finding.
    kanIndienen:
      versie?.status === "concept" &&
      OVERGANGEN[zaak.toestand].indienen !== undefined &&
      kanIndienen(bevindingen),
    reservering: bedragTekst(gegevens.reservering),
    // §4.3: the aanbieder works on the new version with the zorgkantoor's question in view.
    aanvulling:
      zaak.toestand === "aanvulling_gevraagd" && zaak.overig.aanvullingReden
        ? { reden: zaak.overig.aanvullingReden }
        : null,
    beoordelingstermijn: termijn
      ? {
          ontvangen: dagTekst(termijn.ontvangen),
          streefdatum: dagTekst(termijn.streefdatum),
          uitersteDatum: dagTekst(termijn.uitersteDatum),
          status: termijn.status,
        }
      : null,
    laatVenster: laatVenster ? { tot: laatVenster.tot.toISOString() } : null,
  };
}
