// docs/regels.md §5, Toekenning: what a proposed toekenning is checked against — the requested
// personeel/overige of year t in the submitted version, the reservering, the regional kader and
// the agreements already in it — and the 422 that lists EVERY violation (codes and fields), so the
// beoordelaar can fix them in one go. The rule is shared/beoordeling/toekenning.ts.

import { overigeRegelsVanToekenning } from "#shared/beoordeling/overigeRegels.js";
import { controleerToekenning, type ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Fout } from "#shared/resultaat.js";
import { type Aangevraagd, aangevraagdVoorJaar } from "../data/aangevraagd.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { leesKader } from "../data/kaders.js";
import { parametersInGebruik } from "../data/parameters.js";
import type { BesluitOpslag, ToekenningsvoorstelOpslag } from "../data/zaakgegevens.js";
import { PROBLEEM_TYPE, probleem } from "../lib/http.js";
import { reserveringVan } from "../lib/reservering.js";
import type { Antwoord } from "../lib/verzoek.js";

export type { BesluitOpslag, ToekenningsvoorstelOpslag as VoorstelOpslag };

/**
 * All violations of §5 for this proposal on this case at `op`. The kader is read as it is now;
 * the approval's transaction guards it again atomically (functions/data/kaders.ts).
 */
export async function controleer(
  zaak: AanvraagRecord,
  v: ToekenningVoorstel,
  op: Date,
): Promise<{ fouten: Fout[]; aangevraagd: Aangevraagd }> {
  const [aangevraagd, res, kader] = await Promise.all([
    aangevraagdVoorJaar(zaak),
    reserveringVan(zaak),
    leesKader(zaak.zorgkantoorId, zaak.jaar),
  ]);
  const eigen = new Decimal(zaak.afspraak?.totaal ?? 0);
  const fouten = controleerToekenning(
    v,
    {
      jaar: zaak.jaar,
      op,
      aangevraagd,
      reservering: res.bedrag,
      // Released by zorgkantoor-beheer on the kader (functions/parameters/margeVrijgeven.ts).
      margeVrijgegeven: kader?.margeVrijgegeven !== undefined,
      // No kader set: nothing fits, and the message says so.
      regionaalKader: kader?.kader ?? new Decimal(0),
      overigeAfspraken: (kader?.afgesproken ?? new Decimal(0)).minus(eigen),
      richtlijnPersoneel: (await parametersInGebruik(zaak.jaar)).richtlijnPersoneel,
      aangevraagdeOverigeRegels: aangevraagd.overigeRegels,
    },
    "toekenning",
  );
  return { fouten, aangevraagd };
}

/** The body names its fields flat ("personeel"), the rule under "toekenning": translate. */
const veldInBody = (veld: string): string => veld.replace(/^toekenning\./, "");

/** 422 problem+json listing every violation; nothing was stored. */
export function overtredingenAntwoord(fouten: readonly Fout[], correlatieId: string): Antwoord {
  const lijst = fouten.map((f) => ({ code: f.code, veld: veldInBody(f.veld), melding: f.melding }));
  const eerste = lijst[0]!;
  const p = probleem(
    {
      status: 422,
      code: "TOEKENNING_VOLDOET_NIET",
      melding: `De toekenning voldoet niet aan §5 (${lijst.length} ${
        lijst.length === 1 ? "punt" : "punten"
      }): ${lijst.map((f) => `${f.veld}: ${f.melding}`).join(" ")}`,
      veld: eerste.veld,
    },
    correlatieId,
  );
  return {
    status: 422,
    headers: { "content-type": PROBLEEM_TYPE },
    body: JSON.stringify({ ...p, overtredingen: lijst }),
  };
}

/** The decision as the case keeps it; `v` has passed `controleer`, so its lines are valid. */
export const besluitOpslag = (
  v: ToekenningVoorstel,
  aangevraagd: Aangevraagd,
  op: Date,
): BesluitOpslag => ({
  besluit: v.besluit,
  personeel: bedragTekst(v.personeel),
  overige: bedragTekst(v.overige),
  compensatie: bedragTekst(v.compensatie),
  motivering: v.motivering,
  aangevraagd: {
    personeel: bedragTekst(aangevraagd.personeel),
    overige: bedragTekst(aangevraagd.overige),
  },
  overigeRegels: overigeRegelsVanToekenning(
    aangevraagd.overigeRegels,
    v.overige,
    v.overigeRegels,
  ).regels.map((r) => ({
    id: r.id,
    omschrijving: r.omschrijving,
    aangevraagd: bedragTekst(r.aangevraagd),
    toegekend: bedragTekst(r.toegekend),
  })),
  op: op.toISOString(),
});
