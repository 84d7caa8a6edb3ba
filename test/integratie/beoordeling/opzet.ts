// Kept for the site tests (test/web), which build beoordeling cases the old way: the case
// factory and the organisations now live in the integration fixture (../fixture/).
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import {
  zorgVoorPartijen as fixturePartijen,
  zaakIn as fixtureZaakIn,
  type ZaakOpties,
  type Zaaktoestand,
} from "../fixture/index.js";

export {
  AANBIEDER,
  BEOORDELAAR,
  opzetCtx as ctx,
  richtlijnInhoud as inhoud,
  uniek,
  type ZaakOpties,
  ZK_BEHEER,
  zeker,
  zorgVoorKader,
  zorgVoorZorgkantoor,
} from "../fixture/index.js";
export type Stand = Exclude<Zaaktoestand, "concept">;

/** The organisations, the aanbieder with production (→ reservering € 110.000,00). */
export const zorgVoorPartijen = (s: Zaakscope): Promise<unknown> =>
  fixturePartijen(s, { productie: true });

export const zaakIn = (
  scope: Zaakscope,
  jaar: number,
  stand: Stand,
  o: ZaakOpties = {},
): Promise<AanvraagRecord> => fixtureZaakIn(stand, { ...o, ...scope, jaar });
