// docs/regels.md §7, §9.2, §15.1, §15.6: the realised overige spend per agreed line. The aanbieder
// reports it in the year report, one figure per line of the agreement (0 is a figure, a line left
// out is an error naming it); the zorgkantoor judges each line (conform, or not with a reason) and
// may correct the reported amount from the accountant's report, with a reason. The nacalculatie
// counts per line the corrected amount if there is one, else the reported one (overige.ts then
// caps it at the agreed amount, and a line not conform counts 0).

import { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

/** A line of the agreement as the aanbieder sees it (§15.1: identified by the request's line id). */
export interface AfgesprokenRegel {
  id: string;
  omschrijving: string;
  /** The agreed amount, text with two decimals. */
  afgesproken: string;
}

/** One reported line of the year report (stored form: amount as text). */
export interface GemeldeRegel {
  regelId: string;
  gerealiseerd: string;
}

/** The zorgkantoor's judgement of a line (§9.2) and its optional correction (§15.6 source). */
export interface OverigeOordeel {
  conform: boolean;
  /** Why the line is not conform; required when conform is false. */
  reden?: string;
  /** The realised amount from the accountant's report, replacing the reported one. */
  correctie?: { bedrag: string; reden: string };
}

/** A line as the nacalculatie counts it and shows it. */
export interface TeTellenRegel extends AfgesprokenRegel {
  gemeld: string | null;
  correctie: { bedrag: string; reden: string } | null;
  /** Corrected if corrected, else reported; null while neither is there. */
  gerealiseerd: string | null;
  conform: boolean;
  reden?: string;
}

/**
 * §15.6: the reported lines are exactly the agreement's lines — none unknown, none twice, none
 * missing. `basis` is the field of the list in the request (e.g. "verslag.overige").
 */
export function controleerGemeldeRegels(
  afgesproken: readonly AfgesprokenRegel[],
  gemeld: readonly { regelId: string; gerealiseerd?: unknown }[],
  basis: string,
): Resultaat<true> {
  const perId = new Map(afgesproken.map((r) => [r.id, r]));
  const gezien = new Set<string>();
  for (const [i, g] of gemeld.entries()) {
    const veld = `${basis}[${i}].regelId`;
    if (!perId.has(g.regelId))
      return fout(
        "ONBEKENDE_REGEL",
        veld,
        `${veld}: "${g.regelId}" is geen overige regel van de afspraak van dit jaar`,
      );
    if (gezien.has(g.regelId))
      return fout("DUBBELE_REGEL", veld, `${veld}: de regel "${g.regelId}" staat er twee keer in`);
    gezien.add(g.regelId);
  }
  const mist = afgesproken.filter((r) => !gezien.has(r.id));
  if (mist.length > 0)
    return fout(
      "OVERIGE_REGEL_ONTBREEKT",
      basis,
      `${basis}: het gerealiseerde bedrag ontbreekt voor ${mist
        .map((r) => `"${r.omschrijving}" (afgesproken ${euro(new Decimal(r.afgesproken))})`)
        .join(", ")}; vul per overige regel het bedrag in (0.00 als er niets is uitgegeven)`,
    );
  return ok(true);
}

/**
 * §9.2 per agreed line: what was reported, the correction and the judgement, and the realised
 * amount the nacalculatie counts. A judgement of a line the agreement does not name is ignored.
 * [portal rule] A line without a judgement is conform.
 */
export function teTellenRegels(
  afgesproken: readonly AfgesprokenRegel[],
  gemeld: readonly GemeldeRegel[] | undefined,
  oordelen: Readonly<Record<string, OverigeOordeel>>,
): TeTellenRegel[] {
  const melding = new Map((gemeld ?? []).map((g) => [g.regelId, g.gerealiseerd]));
  return afgesproken.map((r) => {
    const o = oordelen[r.id];
    const g = melding.get(r.id) ?? null;
    const correctie = o?.correctie ?? null;
    return {
      ...r,
      gemeld: g,
      correctie,
      gerealiseerd: correctie?.bedrag ?? g,
      conform: o?.conform ?? true,
      ...(o?.reden !== undefined && { reden: o.reden }),
    };
  });
}
