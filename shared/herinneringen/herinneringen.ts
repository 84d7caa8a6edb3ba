// docs/regels.md §10: which reminders a run at instant T sends. Per obligation the latest moment ≤ T
// counts; an earlier missed moment is not sent once a later one is due, nothing is sent for an
// obligation that is voldaan or past its deadline, and each (recipient, obligation, moment) has a
// deterministic key, so a second or concurrent run that records its keys sends nothing twice.
import { type Dag, dagVan, plusDagen, vergelijkDag } from "../kalender/tijd.js";
import { type Aanleiding, type HerinneringsMoment, herinneringsMomenten } from "./momenten.js";
import type { VerplichtingSoort } from "./soorten.js";
import type { Verplichting } from "./verplichting.js";

export interface TeVersturenHerinnering {
  /** herinneringSleutel(ontvanger, verplichting, moment): record it when the mail is sent. */
  sleutel: string;
  ontvanger: string;
  /** The obligation's sleutel. */
  verplichting: string;
  soort: VerplichtingSoort;
  aanleiding: Aanleiding;
  moment: Date;
  deadline: Dag;
  link: string;
}

// "|" separates the parts; escaping "%" and "|" inside them keeps the key injective.
const deel = (s: string): string => s.replaceAll("%", "%25").replaceAll("|", "%7C");

/** Same inputs → same key; different (recipient, obligation, moment) → different keys. */
export const herinneringSleutel = (
  ontvanger: string,
  verplichtingSleutel: string,
  moment: Date,
): string => `herinnering|${deel(ontvanger)}|${deel(verplichtingSleutel)}|${moment.toISOString()}`;

/** The instant of a run with its Amsterdam day, computed once per run rather than per obligation. */
interface Peil {
  instant: Date;
  vandaag: Dag;
  over14: Dag;
}

const peilVan = (instant: Date): Peil => {
  const vandaag = dagVan(instant);
  return { instant, vandaag, over14: plusDagen(vandaag, 14) };
};

function momentBij(v: Verplichting, p: Peil): HerinneringsMoment | null {
  // Day comparisons first: zone arithmetic costs ~25 µs a call, and a daily run sees thousands of
  // obligations that are nowhere near a moment. After the deadline day means T ≥ eindeExclusief.
  if (v.voldaan || vergelijkDag(p.vandaag, v.deadline) > 0) return null;
  // Every moment lies on or after the opening day, or without one on or after deadline − 14.
  const voorEerste =
    v.opent === null
      ? vergelijkDag(p.over14, v.deadline) < 0
      : vergelijkDag(p.vandaag, v.opent) < 0;
  if (voorEerste) return null;
  const t = p.instant.getTime();
  return herinneringsMomenten(v).findLast((m) => m.moment.getTime() <= t) ?? null;
}

/** The moment a run at `instant` is about, or null when the obligation needs no reminder. */
export const verschuldigdMoment = (v: Verplichting, instant: Date): HerinneringsMoment | null =>
  momentBij(v, peilVan(instant));

/**
 * At most one reminder per obligation and recipient: the latest due moment, unless already sent.
 * Duplicate recipients, or obligations listed twice, yield the key once (first occurrence wins).
 * Output order follows the input: obligations, then recipients.
 */
export function verschuldigdeHerinneringen(
  verplichtingen: readonly Verplichting[],
  instant: Date,
  alVerstuurd: ReadonlySet<string>,
): TeVersturenHerinnering[] {
  const peil = peilVan(instant);
  const gezien = new Set<string>();
  const uit: TeVersturenHerinnering[] = [];
  for (const v of verplichtingen) {
    const m = momentBij(v, peil);
    if (m === null) continue;
    for (const ontvanger of v.ontvangers) {
      const sleutel = herinneringSleutel(ontvanger, v.sleutel, m.moment);
      if (alVerstuurd.has(sleutel) || gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      uit.push({
        sleutel,
        ontvanger,
        verplichting: v.sleutel,
        soort: v.soort,
        aanleiding: m.aanleiding,
        moment: m.moment,
        deadline: v.deadline,
        link: v.link,
      });
    }
  }
  return uit;
}
