// DOMAIN.md §9: the nacalculatie of a case computed on the stored data with shared/nacalculatie —
// the latest year report (jaarverslag, §7), the agreed personeel and compensatie of the agreement
// in force, the agreed overige lines with the realised amounts and conform marks the zorgkantoor
// entered, and the voorschotten paid (released, from the ledger, §15.3).
//
// Choices where §9 is silent [portal rule]:
// - Agreed personeel/compensatie: the latest agreement version that is not the vaststelling
//   itself (initieel or herschikking).
// - Agreed overige lines (§15.1): the lines of year t of the submitted version, each at the amount
//   the agreement in force names for it (shared/beoordeling/overigeRegels.ts afgesprokenPerRegel),
//   never at the requested amount. The year report holds no overige spend, so the
//   realised amount per line is entered by the zorgkantoor from the accountant's report
//   (overigeBeoordelen); a line not yet entered counts as 0 and is listed under `ontbreekt`.
// - Voorschotten paid (§15.3): the ledger position of the case — released payments only.
// - The accountant's report counts once a document of kind "accountantsrapport" is accepted.
// - After the vaststelling the outcome is the stored one (§15.6: decisions are final), never a
//   recomputation that a later change of data or parameters could alter or make fail.
// - Weights and the production-warning threshold are the year parameters in use (§3.1,
//   parametersInGebruik), as on every other route: an entered version reaches §9.1.

import {
  type AangevraagdeOverigeRegel,
  afgesprokenPerRegel,
} from "../../shared/beoordeling/overigeRegels.js";
import { voerUit } from "../../shared/berekening.js";
import { bedragTekst } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import { cijfers, type Saldo } from "../../shared/grootboek/saldo.js";
import { type Vordering, vorderingVan } from "../../shared/grootboek/vordering.js";
import { AanvraagSchema } from "../../shared/indiening/aanvraag.js";
import { type NacalculatieUitvoer, nacalculatie } from "../../shared/nacalculatie/berekening.js";
import type { JaarParameters } from "../../shared/parameters/jaarparameters.js";
import { type Fout, valideer } from "../../shared/resultaat.js";
import { type AanvraagRecord, type AfspraakSamenvatting, leesVersie } from "../data/aanvragen.js";
import { leesAfspraken } from "../data/afspraken.js";
import { documentenVanAanvraag } from "../data/documenten.js";
import { boekingenVanZaak, saldoVanZaak } from "../data/grootboek.js";
import { parametersInGebruik } from "../data/parameters.js";
import { leesRealisaties } from "../data/realisaties.js";
import type { OverigeOordeel } from "../data/zaakgegevens.js";
import { uitFout } from "../lib/probleem.js";
import { laatsteVan } from "../realisatie/antwoord.js";

export type { OverigeOordeel };

export const oordelenVan = (r: AanvraagRecord): Record<string, OverigeOordeel> =>
  r.overig.nacalculatieOverige ?? {};

export interface Nacalculatiestand {
  jaarverslagVersie: number | null;
  rapportAanwezig: boolean;
  afgesprokenPersoneel: Decimal;
  compensatie: Decimal;
  betaaldeVoorschotten: Decimal;
  /** §15.3: the case's ledger balance. */
  saldo: Saldo;
  /** §15.4: the case's terugvordering from its ledger entries; undefined: none. */
  vordering: Vordering | undefined;
  overige: {
    id: string;
    omschrijving: string;
    afgesproken: string;
    gerealiseerd: string | null;
    conform: boolean;
    reden?: string;
  }[];
  ontbreekt: string[];
  /** The §9.1 year parameters in use for the case's year (§3.1). */
  parameters: Pick<JaarParameters, "gewichten" | "productieAfwijkingSignaal">;
  /** Absent without a year report; a Fout when the stored data breaks a §9 rule. */
  uitkomst?: { ok: true; waarde: NacalculatieUitvoer } | { ok: false; fout: Fout };
}

/** The overige lines of year t as requested (id, description, requested amount). */
export async function overigeRegels(r: AanvraagRecord): Promise<AangevraagdeOverigeRegel[]> {
  const versie = await leesVersie(r.id, r.laatsteVersie);
  const inhoud = valideer(AanvraagSchema, versie?.inhoud ?? {});
  if (!inhoud.ok)
    throw new Error(`aanvraag ${r.id} versie ${r.laatsteVersie}: ${inhoud.fout.melding}`);
  const jaar = inhoud.waarde.begroting.find((b) => b.jaar === r.jaar);
  return (jaar?.overige ?? []).map((o) => ({
    id: o.id,
    omschrijving: o.omschrijving,
    bedrag: o.bedrag,
  }));
}

/** §15.1: each line at its agreed amount; on an agreement without lines, the reason why not. */
function perRegel(regels: AangevraagdeOverigeRegel[], geldend: AfspraakSamenvatting | undefined) {
  const u = afgesprokenPerRegel(regels, {
    overige: new Decimal(geldend?.overige ?? 0),
    ...(geldend?.overigeRegels && {
      overigeRegels: geldend.overigeRegels.map((o) => ({
        id: o.id,
        bedrag: new Decimal(o.bedrag),
      })),
    }),
  });
  const lijst = u.ok
    ? u.waarde
    : regels.map((o) => ({ id: o.id, omschrijving: o.omschrijving, afgesproken: o.bedrag }));
  return {
    lijst: lijst.map((o) => ({ ...o, afgesproken: bedragTekst(o.afgesproken) })),
    fout: u.ok ? undefined : u.fout,
  };
}

export async function nacalculatieStand(
  r: AanvraagRecord,
  teVerrekenen: Decimal = new Decimal(0),
): Promise<Nacalculatiestand> {
  const [afspraken, realisaties, documenten, saldo, regels, parameters, boekingen] =
    await Promise.all([
      leesAfspraken(r.id),
      leesRealisaties(r.id),
      documentenVanAanvraag(r.id),
      saldoVanZaak(r.id),
      overigeRegels(r),
      parametersInGebruik(r.jaar),
      boekingenVanZaak(r.id),
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
  const overige = afgesproken.lijst.map((o) => {
    const oordeel = oordelen[o.id];
    return {
      ...o,
      gerealiseerd: oordeel?.gerealiseerd ?? null,
      conform: oordeel?.conform ?? true,
      ...(oordeel?.reden === undefined ? {} : { reden: oordeel.reden }),
    };
  });
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
      .map((o) => `overige.${o.id}: het gerealiseerde bedrag is nog niet vastgelegd`),
  ];
  const stand: Nacalculatiestand = {
    jaarverslagVersie: jaarverslag?.nummer ?? null,
    rapportAanwezig,
    afgesprokenPersoneel,
    compensatie,
    betaaldeVoorschotten: betaald,
    saldo,
    vordering: vordering.waarde,
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
    "afgesprokenPersoneel" | "overige" | "compensatie" | "betaaldeVoorschotten" | "parameters"
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
      overige: stand.overige.map((o) => ({
        id: o.id,
        afgesproken: o.afgesproken,
        gerealiseerd: o.gerealiseerd ?? "0.00",
        conform: o.conform,
        ...(o.reden === undefined ? {} : { reden: o.reden }),
      })),
    },
    compensatie: bedragTekst(stand.compensatie),
    betaaldeVoorschotten: bedragTekst(stand.betaaldeVoorschotten),
    teVerrekenen: bedragTekst(teVerrekenen),
  });
}
