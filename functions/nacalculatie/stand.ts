// docs/regels.md §9: the nacalculatie of a case computed on the stored data with shared/nacalculatie —
// the latest year report (jaarverslag, §7), the agreed personeel and compensatie of the agreement
// in force, the agreed overige lines with the realised amounts and conform marks the zorgkantoor
// entered, and the voorschotten paid (released, from the ledger, §15.3).
//
// Choices where §9 is silent [portal rule]:
// - Agreed personeel/compensatie: the latest agreement version that is not the vaststelling
//   itself (initieel or herschikking).
// - Agreed overige lines (§15.1): the lines of year t of the submitted version, each at the amount
//   the agreement in force names for it (shared/beoordeling/overigeRegels.ts afgesprokenPerRegel),
//   never at the requested amount. The realised amount per line is the one the aanbieder reported
//   in the year report, or the zorgkantoor's correction from the accountant's report
//   (overigeBeoordelen, shared/nacalculatie/overigeMelding.ts); a line with neither counts as 0
//   and is listed under `ontbreekt`.
// - Voorschotten paid (§15.3): the ledger position of the case — released payments only.
// - The accountant's report counts once a document of kind "accountantsrapport" is accepted.
// - After the vaststelling the outcome is the stored one (§15.6: decisions are final), never a
//   recomputation that a later change of data or parameters could alter or make fail.
// - Weights and the production-warning threshold are the year parameters in use (§3.1,
//   parametersInGebruik), as on every other route: an entered version reaches §9.1.

import { voerUit } from "#shared/berekening.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Boeking } from "#shared/grootboek/boeking.js";
import { cijfers, type Saldo } from "#shared/grootboek/saldo.js";
import { type Vordering, vorderingVan } from "#shared/grootboek/vordering.js";
import { type NacalculatieUitvoer, nacalculatie } from "#shared/nacalculatie/berekening.js";
import {
  type AfgesprokenRegel,
  type GemeldeRegel,
  type TeTellenRegel,
  teTellenRegels,
} from "#shared/nacalculatie/overigeMelding.js";
import type { JaarParameters } from "#shared/parameters/jaarparameters.js";
import type { Fout } from "#shared/resultaat.js";
import { overigeRegels, perRegel } from "../data/aangevraagd.js";
import type { AanvraagRecord, AfspraakSamenvatting } from "../data/aanvragen.js";
import { leesAfspraken } from "../data/afspraken.js";
import { parametersInGebruik } from "../data/parameters.js";
import { laatsteVan, type RealisatieRecord } from "../data/realisaties.js";
import type { OverigeOordeel } from "../data/zaakgegevens.js";
import { geldEnStukken } from "../data/zaakverzameling.js";
import { uitFout } from "../lib/probleem.js";

export { afgesprokenOverigeRegels, overigeRegels } from "../data/aangevraagd.js";

export type { OverigeOordeel };

/** Why a judgement stored before the per-line year report carries an amount (zaakgegevens.ts). */
const VROEGERE_INVOER = "ingevoerd door het zorgkantoor uit het accountantsrapport";

/** The judgements per line; an amount the zorgkantoor typed before §15.1 reads as a correction. */
export const oordelenVan = (r: AanvraagRecord): Record<string, OverigeOordeel> =>
  Object.fromEntries(
    Object.entries(r.overig.nacalculatieOverige ?? {}).map(([id, o]) => {
      const { gerealiseerd, ...oordeel } = o;
      return [
        id,
        gerealiseerd === undefined || oordeel.correctie
          ? oordeel
          : { ...oordeel, correctie: { bedrag: gerealiseerd, reden: VROEGERE_INVOER } },
      ];
    }),
  );

/** The overige lines the stored (or previewed) year report holds; absent in an older report. */
export const gemeldeRegels = (verslag: unknown): GemeldeRegel[] | undefined =>
  (verslag as { overige?: GemeldeRegel[] } | undefined)?.overige;

export interface Nacalculatiestand {
  jaarverslagVersie: number | null;
  rapportAanwezig: boolean;
  afgesprokenPersoneel: Decimal;
  compensatie: Decimal;
  betaaldeVoorschotten: Decimal;
  /** §15.3: the case's ledger balance and the entries it sums. */
  saldo: Saldo;
  boekingen: Boeking[];
  /** §7: every stored report of the case (windows and year report). */
  realisaties: RealisatieRecord[];
  /** The agreement in force before any vaststelling (initieel or herschikking). */
  geldend: AfspraakSamenvatting | undefined;
  /** §15.4: the case's terugvordering from its ledger entries; undefined: none. */
  vordering: Vordering | undefined;
  /** §15.1: the agreed lines, and the zorgkantoor's judgement of each (§9.2). */
  afgesprokenOverige: AfgesprokenRegel[];
  oordelen: Record<string, OverigeOordeel>;
  /** Per line as the stored year report and the judgements have it. */
  overige: TeTellenRegel[];
  ontbreekt: string[];
  /** The §9.1 year parameters in use for the case's year (§3.1). */
  parameters: Pick<JaarParameters, "gewichten" | "productieAfwijkingSignaal">;
  /** Absent without a year report; a Fout when the stored data breaks a §9 rule. */
  uitkomst?: { ok: true; waarde: NacalculatieUitvoer } | { ok: false; fout: Fout };
}

export async function nacalculatieStand(
  r: AanvraagRecord,
  teVerrekenen: Decimal = new Decimal(0),
): Promise<Nacalculatiestand> {
  const [afspraken, { realisaties, documenten, saldo, boekingen }, regels, parameters] =
    await Promise.all([
      leesAfspraken(r.id),
      geldEnStukken(r.id),
      overigeRegels(r),
      parametersInGebruik(r.jaar),
    ]);
  const vordering = vorderingVan(boekingen);
  if (!vordering.ok) throw uitFout(vordering.fout, 409);
  const geldend = [...afspraken].reverse().find((a) => a.soort !== "vaststelling") ?? r.afspraak;
  const afgesprokenPersoneel = new Decimal(geldend?.personeel ?? 0);
  const compensatie = new Decimal(geldend?.compensatie ?? 0);
  // §15.3: "voorschotten paid" is the ledger's position — released payments (− received
  // + offset) — never an order that no second signature released.
  const betaald = cijfers(saldo).positie;
  const rapportAanwezig = documenten.some(
    (d) => d.soort === "accountantsrapport" && d.status === "geaccepteerd",
  );
  const jaarverslag = laatsteVan(realisaties, r.jaar, "jaarverslag").laatste;
  const oordelen = oordelenVan(r);
  const afgesproken = perRegel(regels, geldend);
  const overige = teTellenRegels(afgesproken.lijst, gemeldeRegels(jaarverslag?.inhoud), oordelen);
  const ontbreekt = [
    ...(afgesproken.fout ? [`${afgesproken.fout.veld}: ${afgesproken.fout.melding}`] : []),
    ...(jaarverslag ? [] : ["jaarverslag: het jaarverslag over het jaar is nog niet ingediend"]),
    ...(rapportAanwezig
      ? []
      : [
          "rapportFeitelijkeBevindingen: het rapport van feitelijke bevindingen van de accountant ontbreekt",
        ]),
    ...overige
      .filter((o) => o.gerealiseerd === null)
      .map(
        (o) =>
          `overige.${o.id}: het gerealiseerde bedrag van "${o.omschrijving}" staat niet in het jaarverslag`,
      ),
  ];
  const stand: Nacalculatiestand = {
    jaarverslagVersie: jaarverslag?.nummer ?? null,
    rapportAanwezig,
    afgesprokenPersoneel,
    compensatie,
    betaaldeVoorschotten: betaald,
    saldo,
    boekingen,
    realisaties,
    geldend,
    vordering: vordering.waarde,
    afgesprokenOverige: afgesproken.lijst,
    oordelen,
    overige,
    ontbreekt,
    parameters,
  };
  const vastgesteld = (r.overig.vaststelling as { uitkomst?: NacalculatieUitvoer } | undefined)
    ?.uitkomst;
  if (vastgesteld) return { ...stand, uitkomst: { ok: true, waarde: vastgesteld } };
  if (!jaarverslag) return stand;
  if (afgesproken.fout) return { ...stand, uitkomst: { ok: false, fout: afgesproken.fout } };
  return {
    ...stand,
    uitkomst: nacalculatieMetVerslag(r.jaar, jaarverslag.inhoud, stand, teVerrekenen),
  };
}

/**
 * The §9 berekening of a case with a year report as it is stored (jaarverslagOpslag's shape):
 * the stored one (above) or one being filled in (the live preview of functions/rapportage).
 */
export function nacalculatieMetVerslag(
  jaar: number,
  verslag: unknown,
  stand: Pick<
    Nacalculatiestand,
    | "afgesprokenPersoneel"
    | "afgesprokenOverige"
    | "oordelen"
    | "compensatie"
    | "betaaldeVoorschotten"
    | "parameters"
  >,
  teVerrekenen: Decimal = new Decimal(0),
) {
  const j = verslag as Record<string, unknown>;
  const { gewichten, productieAfwijkingSignaal } = stand.parameters;
  return voerUit(nacalculatie, {
    jaar,
    gewichten: Object.fromEntries(Object.entries(gewichten).map(([k, w]) => [k, w.toFixed()])),
    productieAfwijkingSignaal: productieAfwijkingSignaal.toFixed(),
    clientdagen: j.clientdagen,
    svDagen: j.svDagen,
    svLoon: (j.svLoon as { jaar?: unknown } | undefined)?.jaar,
    werkgeverslasten: j.werkgeverslasten,
    inhuur: j.inhuur,
    omzet: j.omzet,
    afspraak: {
      personeel: bedragTekst(stand.afgesprokenPersoneel),
      overige: teTellenRegels(stand.afgesprokenOverige, gemeldeRegels(verslag), stand.oordelen).map(
        (o) => ({
          id: o.id,
          afgesproken: o.afgesproken,
          gerealiseerd: o.gerealiseerd ?? "0.00",
          conform: o.conform,
          ...(o.reden === undefined ? {} : { reden: o.reden }),
        }),
      ),
    },
    compensatie: bedragTekst(stand.compensatie),
    betaaldeVoorschotten: bedragTekst(stand.betaaldeVoorschotten),
    teVerrekenen: bedragTekst(teVerrekenen),
  });
}
