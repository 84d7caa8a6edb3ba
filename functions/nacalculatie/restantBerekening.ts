// docs/regels.md §9.4: the national remainder of year t computed from the stored data with the rule of
// shared/nacalculatie/landelijkRestant.ts — R = landelijk kwaliteitsbudget − Σ vastgesteld, and
// the claims of the aanbieders whose realised extra personeel exceeds the agreement. Shared by the
// GET answer (functions/rapportage/landelijkRestant.ts) and the proposal and approval of §15.7
// (restantVoorstellen.ts, restantGoedkeuren.ts), so all three compute the same distribution.
//
// Choices where §9.4 is silent [portal rule]:
// - One claimant per case (aanvraag): an aanbieder with cases at two zorgkantoren claims twice.
// - Pᵣ is the nacalculatie's personeelGerealiseerd on the stored year report (as the vaststelling
//   computed it, stand.ts); the agreed personeel is the agreement before the vaststelling; the
//   aanvraag's personeel is what the toekenning was checked against.
// - "Extra staff still employed" is what the zorgkantoor records per case in the nacalculatie
//   (§15.7, PUT …/nacalculatie/personeel-in-dienst, inDienst.ts); without a recorded "yes" the
//   claim is 0.
// - "After all vaststellingen": computed at any time, with the agreed cases still without
//   vaststelling listed; the proposal is refused until that list is empty.

import { bedragUit, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import {
  type RestantAanbieder,
  type RestantUitkomst,
  verdeelLandelijkRestant,
} from "#shared/nacalculatie/landelijkRestant.js";
import type { JaarParameters } from "#shared/parameters/jaarparameters.js";
import { aangevraagdVoorJaar } from "../data/aangevraagd.js";
import { type AanvraagRecord, werklijst } from "../data/aanvragen.js";
import { parametersInGebruik } from "../data/parameters.js";
import { lijstZorgkantoren, type ZorgkantoorRecord } from "../data/zorgkantoren.js";
import { uitFout } from "../lib/probleem.js";
import { isPersoneelInDienst } from "./inDienst.js";
import { nacalculatieStand } from "./stand.js";

export interface Claimant extends RestantAanbieder {
  r: AanvraagRecord;
}

async function claimant(r: AanvraagRecord): Promise<Claimant> {
  const besluit = r.overig.besluit;
  const [stand, aangevraagd] = await Promise.all([
    nacalculatieStand(r),
    besluit
      ? Promise.resolve(new Decimal(besluit.aangevraagd.personeel))
      : aangevraagdVoorJaar(r).then((a) => a.personeel),
  ]);
  const u = stand.uitkomst?.ok ? stand.uitkomst.waarde : undefined;
  return {
    r,
    id: r.id,
    personeelGerealiseerd: bedragUit(u?.personeelGerealiseerd),
    afgesprokenPersoneel: stand.afgesprokenPersoneel,
    aangevraagdPersoneel: aangevraagd,
    personeelInDienst: isPersoneelInDienst(r),
  };
}

export interface RestantStand {
  landelijkBudget: Decimal;
  totaalVastgesteld: Decimal;
  /** Agreed cases of the year without vaststelling (§9.4 "after all vaststellingen"). */
  nogNietVastgesteld: string[];
  claimants: Claimant[];
  uitkomst: RestantUitkomst;
  /** Names for the screens: zorgkantoorId → naam. */
  zorgkantoorNamen: Map<string, string>;
}

/** What the remainder is computed from: the zorgkantoren, the year's parameters, its agreed cases. */
export interface RestantZaken {
  zorgkantoren: ZorgkantoorRecord[];
  parameters: JaarParameters;
  zaken: AanvraagRecord[];
}

export async function restantZaken(jaar: number): Promise<RestantZaken> {
  const [zorgkantoren, parameters] = await Promise.all([
    lijstZorgkantoren(),
    parametersInGebruik(jaar),
  ]);
  const zaken = (await Promise.all(zorgkantoren.map((z) => werklijst(z.id, jaar))))
    .flat()
    .filter(isAfgesproken);
  return { zorgkantoren, parameters, zaken };
}

/** The cases with a vaststelling: the claimants, in this order. */
export const vastgesteldeZaken = (zaken: readonly AanvraagRecord[]): AanvraagRecord[] =>
  zaken.filter((r) => r.overig.vaststelling !== undefined);

/** `gelezen`: the cases, when the caller reads more of them beside the claims (one round). */
export async function berekenRestant(
  jaar: number,
  gelezen: Promise<RestantZaken> = restantZaken(jaar),
): Promise<RestantStand> {
  const { zorgkantoren, parameters, zaken } = await gelezen;
  const vastgesteld = vastgesteldeZaken(zaken);
  const claimants = await Promise.all(vastgesteld.map(claimant));
  const bedragen = vastgesteld.map((r) => bedragUit(r.overig.vaststelling?.vastgesteld));
  const u = verdeelLandelijkRestant({
    landelijkBudget: parameters.landelijkBudget,
    vastgesteld: bedragen,
    aanbieders: claimants,
  });
  // Ids are case ids, unique by construction: a refusal here is a 409 on the data, never a 500.
  if (!u.ok) throw uitFout(u.fout, 409);
  return {
    landelijkBudget: parameters.landelijkBudget,
    totaalVastgesteld: som(bedragen),
    nogNietVastgesteld: zaken.filter((r) => r.overig.vaststelling === undefined).map((r) => r.id),
    claimants,
    uitkomst: u.waarde,
    zorgkantoorNamen: new Map(zorgkantoren.map((z) => [z.id, z.naam])),
  };
}
