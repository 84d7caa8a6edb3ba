// docs/regels.md §8 (last sentence): an agreement keeps its history — the initial agreement, each
// herschikking and finally the vaststelling (§9.3). A new version is appended, never rewritten,
// so the amounts on which earlier voorschotten were paid stay readable.
import * as z from "zod";
import type { Decimal } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

export const AFSPRAAKSOORTEN = ["initieel", "herschikking", "vaststelling"] as const;
export const AfspraakSoortSchema = z.enum(AFSPRAAKSOORTEN);
export type AfspraakSoort = z.output<typeof AfspraakSoortSchema>;

/** One version of the agreed amount of an aanbieder for a year. */
export interface AfspraakVersie {
  soort: AfspraakSoort;
  bedrag: Decimal;
  /** Why the amount changed (required by the audit of §12 for herschikking and vaststelling). */
  reden?: string;
}

/**
 * Appends a version. Order [portal rule, §8/§9.3]: the history starts with exactly one
 * `initieel`; any number of `herschikking`s may follow (a corrected proposal is a new version);
 * after the `vaststelling` the agreement is final: no herschikking is appended any more.
 * [portal rule, §15.6] A herziening is a new vaststelling version: only another `vaststelling`
 * (with its reason) may follow a `vaststelling`.
 */
export function voegAfspraakVersieToe(
  historie: readonly AfspraakVersie[],
  nieuw: AfspraakVersie,
): Resultaat<AfspraakVersie[]> {
  const laatste = historie.at(-1);
  if (laatste === undefined && nieuw.soort !== "initieel") {
    return fout(
      "HISTORIE_ZONDER_INITIELE_AFSPRAAK",
      "soort",
      `soort: een afspraak begint met de initiële afspraak, niet met "${nieuw.soort}"`,
    );
  }
  if (laatste !== undefined && nieuw.soort === "initieel") {
    return fout(
      "INITIELE_AFSPRAAK_BESTAAT_AL",
      "soort",
      "soort: er is al een initiële afspraak; een wijziging is een herschikking of vaststelling",
    );
  }
  if (laatste?.soort === "vaststelling" && nieuw.soort !== "vaststelling") {
    return fout(
      "AFSPRAAK_AL_VASTGESTELD",
      "soort",
      "soort: de afspraak is al vastgesteld; een correctie is een herziening (een nieuwe vaststelling)",
    );
  }
  if (nieuw.bedrag.lt(0)) {
    return fout("AFSPRAAK_NEGATIEF", "bedrag", "bedrag: een afspraak kan niet negatief zijn");
  }
  return ok([...historie, nieuw]);
}

/** The amount in force: the latest version, or undefined when there is no agreement yet. */
export const geldendeAfspraak = (historie: readonly AfspraakVersie[]): Decimal | undefined =>
  historie.at(-1)?.bedrag;
