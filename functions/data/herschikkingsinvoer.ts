// docs/regels.md §8: what the herschikking of zorgkantoor Z for year t is computed from, read from the
// stored data — per agreed aanvraag A (the agreement in force), Q (the approved aanvraag) and P
// (the projection), and the part of the regional kader the herschikking may distribute.
//
// Choices where §8 is silent [portal rule]:
// - Taking part: every case with a signed agreement (§4.3) that is not yet vastgesteld (§9.3).
// - A, Q, P exclude compensatie (shared/herschikking): A = personeel + overige in force; Q =
//   personeel + overige of year t that the toekenning was checked against (the submitted version
//   it was based on, kept on the case as besluit.aangevraagd; else the latest submitted version).
// - P = the projection of the latest version of the October window (projected personeel + the
//   projected overige lines); without one, of July, then May; without any realisatie, P = A
//   (no information, no change).
// - The kader it distributes = regional kader − what is agreed outside it (compensatie, cases
//   already vastgesteld or not yet signed): kader − afgesproken + Σ A. So Σ A ≤ kader always holds
//   for the data the kader item guards, and the kader is never exceeded.
// - §15.2 per category: Q per category as above; P per category only from the October window
//   (the one §15.2 names); without it the projection per category is absent.

import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal, NUL } from "#shared/geld/decimal.js";
import type { AfspraakPerCategorie } from "#shared/herschikking/categorieverdeling.js";
import type { HerschikkingAanbieder } from "#shared/herschikking/herschikkingsvoorstel.js";
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import { aangevraagdVoorJaar } from "./aangevraagd.js";
import { type AanvraagRecord, werklijst } from "./aanvragen.js";
import { leesKader } from "./kaders.js";
import { laatsteVan, leesRealisaties, type RealisatieRecord } from "./realisaties.js";

export type PrognoseBron = "oktober" | "juli" | "mei" | "afspraak";

export interface PerCategorie {
  personeel: Decimal;
  overige: Decimal;
}

/** §15.1: the requested amount per overige line of year t. */
interface AangevraagdeRegels {
  overigeRegels: readonly { id: string; bedrag: Decimal }[];
}

export interface Deelnemer {
  aanvraag: AanvraagRecord;
  afspraak: Decimal;
  personeel: Decimal;
  compensatie: Decimal;
  aangevraagd: Decimal;
  /** §15.2: Q per category, the cap of each category; §15.1: Q per overige line. */
  aangevraagdPerCategorie: PerCategorie & AangevraagdeRegels;
  prognose: Decimal;
  bron: PrognoseBron;
  /** §15.2: P per category from the October window; absent without one. */
  prognosePerCategorie?: PerCategorie;
}

export interface Herschikkingsinvoer {
  regionaalKader: Decimal;
  kader: Decimal;
  deelnemers: Deelnemer[];
}

const dec = (x: unknown): Decimal | undefined => {
  if (typeof x !== "string") return undefined;
  try {
    const d = new Decimal(x);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
};

/** The projected spend per category (excl. compensatie) a stored realisatie computed, if readable. */
function projectie(r: RealisatieRecord): PerCategorie | undefined {
  const b = r.berekening as
    | { projectiePersoneel?: unknown; overige?: { projectie?: unknown }[] }
    | null
    | undefined;
  const personeel = dec(b?.projectiePersoneel);
  if (!personeel) return undefined;
  const overige = (Array.isArray(b?.overige) ? b.overige : []).map((o) => dec(o?.projectie));
  if (overige.some((o) => o === undefined)) return undefined;
  return { personeel, overige: som(overige as Decimal[]) };
}

const BRONNEN = ["oktober", "juli", "mei"] as const;

async function prognoseVan(
  r: AanvraagRecord,
  afspraak: Decimal,
): Promise<Pick<Deelnemer, "prognose" | "bron" | "prognosePerCategorie">> {
  const alle = await leesRealisaties(r.id);
  for (const bron of BRONNEN) {
    const laatste = laatsteVan(alle, r.jaar, bron).laatste;
    const p = laatste && projectie(laatste);
    if (p) {
      const prognose = p.personeel.plus(p.overige);
      return bron === "oktober" ? { prognose, bron, prognosePerCategorie: p } : { prognose, bron };
    }
  }
  return { prognose: afspraak, bron: "afspraak" };
}

async function aangevraagdVan(r: AanvraagRecord): Promise<PerCategorie & AangevraagdeRegels> {
  const besluit = r.overig.besluit;
  const personeel = dec(besluit?.aangevraagd?.personeel);
  const overige = dec(besluit?.aangevraagd?.overige);
  if (personeel && overige && besluit?.overigeRegels)
    return {
      personeel,
      overige,
      overigeRegels: besluit.overigeRegels.map((o) => ({
        id: o.id,
        bedrag: new Decimal(o.aangevraagd),
      })),
    };
  return aangevraagdVoorJaar(r);
}

export const neemtDeel = (r: AanvraagRecord): boolean =>
  isAfgesproken(r) && r.afspraak !== undefined && r.afspraak.soort !== "vaststelling";

/** `zaken`: the work list, when the caller reads it for more than this (one read). */
export async function herschikkingsinvoer(
  zorgkantoorId: string,
  jaar: number,
  zaken: Promise<AanvraagRecord[]> = werklijst(zorgkantoorId, jaar),
): Promise<Herschikkingsinvoer> {
  const [alle, k] = await Promise.all([zaken, leesKader(zorgkantoorId, jaar)]);
  const deel = alle
    .filter(neemtDeel)
    .sort((a, b) => a.aanbiederId.localeCompare(b.aanbiederId) || a.id.localeCompare(b.id));
  const deelnemers = await Promise.all(
    deel.map(async (r): Promise<Deelnemer> => {
      const a = r.afspraak!;
      const afspraak = new Decimal(a.personeel).plus(a.overige);
      const [q, p] = await Promise.all([aangevraagdVan(r), prognoseVan(r, afspraak)]);
      return {
        aanvraag: r,
        afspraak,
        personeel: new Decimal(a.personeel),
        compensatie: new Decimal(a.compensatie),
        aangevraagd: q.personeel.plus(q.overige),
        aangevraagdPerCategorie: q,
        ...p,
      };
    }),
  );
  const regionaalKader = k?.kader ?? NUL;
  const afgesproken = k?.afgesproken ?? NUL;
  const kader = regionaalKader.minus(afgesproken).plus(som(deelnemers.map((d) => d.afspraak)));
  return { regionaalKader, kader, deelnemers };
}

export const alsAanbieder = (d: Deelnemer): HerschikkingAanbieder => ({
  id: d.aanvraag.id,
  afspraak: d.afspraak,
  aangevraagd: d.aangevraagd,
  prognose: d.prognose,
});

/** §15.2: the agreement in force per category, with its caps and (October) projections. */
export const perCategorie = (d: Deelnemer): AfspraakPerCategorie => ({
  personeel: {
    aangevraagd: d.aangevraagdPerCategorie.personeel,
    afgesproken: d.personeel,
    ...(d.prognosePerCategorie && { prognose: d.prognosePerCategorie.personeel }),
  },
  overige: {
    aangevraagd: d.aangevraagdPerCategorie.overige,
    afgesproken: d.afspraak.minus(d.personeel),
    ...(d.prognosePerCategorie && { prognose: d.prognosePerCategorie.overige }),
  },
  ...regelsVan(d),
});

/**
 * §15.1, §15.2: the agreed overige lines with their caps, when the agreement in force names them
 * (an agreement from before §15.1 does not: then only the categories are split). [portal rule]
 * No projection per line: the October window projects per line, but §15.2 orders a decrease by
 * category, and within overige the lines then follow the same rule on their agreements.
 */
function regelsVan(d: Deelnemer): Pick<AfspraakPerCategorie, "overigeRegels"> {
  const regels = d.aanvraag.afspraak?.overigeRegels;
  if (!regels) return {};
  const gevraagd = new Map(d.aangevraagdPerCategorie.overigeRegels.map((o) => [o.id, o.bedrag]));
  return {
    overigeRegels: regels.map((o) => {
      const afgesproken = new Decimal(o.bedrag);
      return { id: o.id, aangevraagd: gevraagd.get(o.id) ?? afgesproken, afgesproken };
    }),
  };
}

export const tekst = bedragTekst;
