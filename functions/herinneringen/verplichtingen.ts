// DOMAIN.md §10: the open obligations of each organisation, derived from the stored cases; the
// pure rule in shared/herinneringen decides which reminders are due. Recipients are user subs
// (stable across e-mail changes: part of the reminder key); the address is looked up at send time.

import type { KalenderSoort } from "../../shared/herinneringen/soorten.js";
import {
  kalenderVerplichting,
  termijnVerplichting,
  type Verplichting,
} from "../../shared/herinneringen/verplichting.js";
import type { Toestand } from "../../shared/indiening/toestanden.js";
import { dagVan } from "../../shared/kalender/tijd.js";
import { type AanvraagRecord, werklijst } from "../data/aanvragen.js";
import { ledenVan } from "../data/lidmaatschappen.js";
import { leesRealisaties, type RealisatieSoort } from "../data/realisaties.js";
import type { Organisatie } from "../data/sleutels.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";

/** The realisatie obligations of an aanbieder with an agreement (§6, §7). */
const REALISATIES: readonly [KalenderSoort, RealisatieSoort][] = [
  ["realisatie_mei", "mei"],
  ["realisatie_juli", "juli"],
  ["realisatie_oktober", "oktober"],
  ["jaarverslag", "jaarverslag"],
];

/**
 * Where §10 is silent: the beoordelingstermijn runs while the zorgkantoor has not decided; a
 * case waiting for an aanvulling from the aanbieder still counts as open (the reminder names
 * the deadline; whether the clock stops is for the beoordelaar to judge).
 */
const BESLOTEN: ReadonlySet<Toestand> = new Set([
  "goedgekeurd",
  "afgewezen",
  "addendum_getekend",
  "vastgelegd",
]);

export interface Bereik {
  /** Only these zorgkantoren (tests, replaying one region); absent: all of them. */
  zorgkantoorIds?: readonly string[];
}

type Leden = (o: Organisatie) => Promise<string[]>;

function ledenCache(): Leden {
  const cache = new Map<string, Promise<string[]>>();
  return (o) => {
    const k = o.soort === "landelijk" ? "landelijk" : `${o.soort}#${o.id}`;
    let p = cache.get(k);
    if (!p) {
      p = ledenVan(o).then((l) => [...new Set(l.map((x) => x.sub))].sort());
      cache.set(k, p);
    }
    return p;
  };
}

async function vanAanvraag(a: AanvraagRecord, leden: Leden): Promise<Verplichting[]> {
  const uit: Verplichting[] = [];
  if (a.ontvangenOp) {
    const ontvangers = await leden({ soort: "zorgkantoor", id: a.zorgkantoorId });
    const ontvangen = dagVan(new Date(a.ontvangenOp));
    const voldaan = BESLOTEN.has(a.toestand);
    for (const soort of ["beoordeling_streefdatum", "beoordeling_uiterste"] as const) {
      uit.push(
        termijnVerplichting(soort, ontvangen, {
          sleutel: `${soort}:${a.id}`,
          ontvangers,
          voldaan,
          link: `/beoordeling/${encodeURIComponent(a.id)}`,
        }),
      );
    }
  }
  // An agreement in force (§6): the aanbieder owes the realisaties of that year.
  if (a.afspraak) {
    const ontvangers = await leden({ soort: "aanbieder", id: a.aanbiederId });
    const ingediend = new Set(
      (await leesRealisaties(a.id)).filter((r) => r.jaar === a.jaar).map((r) => r.soort),
    );
    for (const [soort, realisatie] of REALISATIES) {
      uit.push(
        kalenderVerplichting(soort, a.jaar, {
          sleutel: `${soort}:${a.id}`,
          ontvangers,
          voldaan: ingediend.has(realisatie),
          link: `/aanvragen/${encodeURIComponent(a.id)}/realisatie/${realisatie}`,
        }),
      );
    }
  }
  return uit;
}

/**
 * The obligations that may need a reminder at `op`: of the cases of budget years t−1, t and t+1
 * (t = the Amsterdam year of `op`), read per zorgkantoor from the work list (gsi1; no Scan).
 */
export async function openVerplichtingen(op: Date, bereik: Bereik = {}): Promise<Verplichting[]> {
  const t = dagVan(op).jaar;
  const ids = bereik.zorgkantoorIds ?? (await lijstZorgkantoren()).map((z) => z.id);
  const leden = ledenCache();
  const uit: Verplichting[] = [];
  for (const zk of ids) {
    for (const jaar of [t - 1, t, t + 1]) {
      for (const a of await werklijst(zk, jaar)) uit.push(...(await vanAanvraag(a, leden)));
    }
  }
  return uit;
}
