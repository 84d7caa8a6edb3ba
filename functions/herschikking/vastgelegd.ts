// docs/regels.md §8, §15.2: the laid-down proposal — built from the (edited) lines of the request,
// checked whole with shared/herschikking (every violation → 422, nothing stored) and split per
// category by the §15.2 rule — and its answer for the zorgkantoor and for one aanbieder.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import {
  type NieuweAfspraakPerCategorie,
  verdeelOverCategorieen,
} from "#shared/herschikking/categorieverdeling.js";
import {
  controleerEigenVerdeling,
  type EigenVerdeling,
} from "#shared/herschikking/eigenVerdeling.js";
import { controleerGewijzigdVoorstel } from "#shared/herschikking/gewijzigdVoorstel.js";
import type { Fout } from "#shared/resultaat.js";
import type {
  HerschikkingsvoorstelRecord,
  Reactie,
  VoorstelRegel,
} from "../data/herschikkingen.js";
import {
  type Deelnemer,
  type Herschikkingsinvoer,
  perCategorie,
} from "../data/herschikkingsinvoer.js";
import { conflict } from "../lib/probleem.js";

export interface Voorstelregel {
  aanvraagId: string;
  nieuweAfspraak: Decimal;
  versie: number;
  /** §15.2 [portal rule]: the zorgkantoor's own split of the new total; absent → computed. */
  verdeling?: EigenVerdeling;
}

/** The new split of a changed line: the zorgkantoor's own (checked) or the §15.2 rule's. */
function nieuweSplit(
  d: Deelnemer,
  l: Voorstelregel,
  i: number,
): { ok: true; waarde: NieuweAfspraakPerCategorie } | { ok: false; fouten: Fout[] } {
  if (l.verdeling)
    return controleerEigenVerdeling(
      perCategorie(d),
      l.nieuweAfspraak,
      l.verdeling,
      `voorstel[${i}].verdeling`,
    );
  const s = verdeelOverCategorieen(perCategorie(d), l.nieuweAfspraak);
  if (s.ok) return s;
  const veld = `voorstel[${i}].nieuweAfspraak`;
  return {
    ok: false,
    fouten: [{ code: s.fout.code, veld, melding: `${veld}: ${s.fout.melding}` }],
  };
}

const t = bedragTekst;

/** The split of a line whose total stays: the agreement in force as it is. */
const ongewijzigd = (d: Deelnemer): NieuweAfspraakPerCategorie => ({
  personeel: d.personeel,
  overige: d.afspraak.minus(d.personeel),
});

/**
 * §8 + §15.2: the proposal's lines for every participating case (a case the request does not name
 * keeps its agreement), or the violations of all lines at once. A line read at an older case
 * version is a conflict (409): the proposal must rest on what is stored.
 */
export function bouwVoorstel(
  invoer: Herschikkingsinvoer,
  voorstel: readonly Voorstelregel[],
): { ok: true; regels: VoorstelRegel[] } | { ok: false; fouten: Fout[] } {
  const fouten = controleerGewijzigdVoorstel({
    kader: invoer.kader,
    aanbieders: invoer.deelnemers.map((d) => ({ id: d.aanvraag.id, aangevraagd: d.aangevraagd })),
    voorstel: voorstel.map((l) => ({ id: l.aanvraagId, nieuweAfspraak: l.nieuweAfspraak })),
  });
  if (fouten.length > 0) return { ok: false, fouten };
  const perId = new Map(voorstel.map((l, i) => [l.aanvraagId, { l, i }]));
  const regels: VoorstelRegel[] = [];
  const splitFouten: Fout[] = [];
  for (const d of invoer.deelnemers) {
    const r = d.aanvraag;
    const gevraagd = perId.get(r.id);
    let nieuw = ongewijzigd(d);
    const gewijzigd = gevraagd && !gevraagd.l.nieuweAfspraak.equals(d.afspraak);
    if (gevraagd?.l.verdeling && !gewijzigd) {
      // The approval applies only changed totals: a split of an unchanged one would be lost.
      const veld = `voorstel[${gevraagd.i}].verdeling`;
      splitFouten.push({
        code: "VERDELING_ZONDER_WIJZIGING",
        veld,
        melding: `${veld}: een eigen verdeling kan alleen bij een gewijzigde afspraak; het totaal blijft ${euro(d.afspraak)}`,
      });
      continue;
    }
    if (gevraagd && gewijzigd) {
      if (gevraagd.l.versie !== r.versie)
        throw conflict(
          `voorstel[${gevraagd.i}].versie: de aanvraag ${r.id} is intussen gewijzigd (versie ${r.versie}); vraag het voorstel opnieuw op`,
        );
      const s = nieuweSplit(d, gevraagd.l, gevraagd.i);
      if (!s.ok) {
        splitFouten.push(...s.fouten);
        continue;
      }
      nieuw = s.waarde;
    }
    const q = d.aangevraagdPerCategorie;
    const p = d.prognosePerCategorie;
    regels.push({
      aanvraagId: r.id,
      aanbiederId: r.aanbiederId,
      versie: r.versie,
      afspraakNummer: r.afspraak?.nummer ?? 0,
      afspraak: { personeel: t(d.personeel), overige: t(d.afspraak.minus(d.personeel)) },
      aangevraagd: { personeel: t(q.personeel), overige: t(q.overige) },
      prognose: p ? { personeel: t(p.personeel), overige: t(p.overige) } : null,
      prognoseTotaal: t(d.prognose),
      nieuw: {
        personeel: t(nieuw.personeel),
        overige: t(nieuw.overige),
        ...(nieuw.overigeRegels && {
          overigeRegels: nieuw.overigeRegels.map((o) => ({ id: o.id, bedrag: t(o.nieuw) })),
        }),
      },
      ...(gewijzigd && gevraagd?.l.verdeling && { eigenVerdeling: true as const }),
      ...(r.afspraak?.overigeRegels && { vorigeRegels: r.afspraak.overigeRegels }),
    });
  }
  return splitFouten.length > 0 ? { ok: false, fouten: splitFouten } : { ok: true, regels };
}

export const totaalVan = (c: { personeel: string; overige: string }): Decimal =>
  new Decimal(c.personeel).plus(c.overige);

/** A line of the laid-down proposal as answered (zorgkantoor page, aanbieder's view). */
export function regelAntwoord(l: VoorstelRegel, reactie: Reactie | undefined) {
  const oud = totaalVan(l.afspraak);
  const nieuw = totaalVan(l.nieuw);
  return {
    aanvraagId: l.aanvraagId,
    aanbiederId: l.aanbiederId,
    afspraak: t(oud),
    nieuweAfspraak: t(nieuw),
    mutatie: t(nieuw.minus(oud)),
    vorige: l.afspraak,
    aangevraagd: l.aangevraagd,
    prognose: l.prognose,
    prognoseTotaal: l.prognoseTotaal,
    nieuw: { personeel: l.nieuw.personeel, overige: l.nieuw.overige },
    eigenVerdeling: l.eigenVerdeling === true,
    vorigeRegels: l.vorigeRegels ?? null,
    nieuweRegels: l.nieuw.overigeRegels ?? null,
    reactie: reactie
      ? { tekst: reactie.tekst, op: reactie.op, voorstelVersie: reactie.voorstelVersie }
      : null,
  };
}

/** The open proposal for the zorgkantoor's page; null when none waits for a signature. */
export function vastgelegdAntwoord(v: HerschikkingsvoorstelRecord | undefined, sub: string) {
  if (v?.status !== "voorgesteld") return null;
  return {
    versie: v.versie,
    reden: v.reden,
    op: v.op,
    doorU: v.voorgesteldDoor.sub === sub,
    regels: v.regels.map((l) => regelAntwoord(l, v.reacties[l.aanvraagId])),
  };
}
