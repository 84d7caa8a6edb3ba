// docs/regels.md §1: the adapter from the one four-eyes rule (shared/toegang/vierOgen.ts) to this
// side: a refusal is 403 VIER_OGEN with the rule's reason, as a data-layer Weigering or thrown
// by an operation. The approving operations check before their work; the data layer checks
// again where it writes, so no write path can skip it.
import {
  type Geldbesluit,
  magTweedeTekenen,
  type Ondertekenaar,
} from "#shared/toegang/vierOgen.js";
import type { Weigering } from "../data/voorwaarden.js";
import { HttpProbleem } from "./probleem.js";

/** The refusal of a second signature, or undefined when `tekenaar` may sign. */
export function vierOgenWeigering(
  besluit: Geldbesluit,
  voorgesteldDoor: Ondertekenaar | undefined,
  tekenaar: Ondertekenaar,
): Weigering | undefined {
  const h = magTweedeTekenen(besluit, voorgesteldDoor, tekenaar);
  return h.toegestaan ? undefined : { status: 403, code: "VIER_OGEN", melding: h.reden };
}

/** Throws 403 VIER_OGEN unless `tekenaar` may sign `besluit` second. */
export function eisTweedeHandtekening(
  besluit: Geldbesluit,
  voorgesteldDoor: Ondertekenaar | undefined,
  tekenaar: Ondertekenaar,
): void {
  const w = vierOgenWeigering(besluit, voorgesteldDoor, tekenaar);
  if (w) throw new HttpProbleem(w.status, w.code, w.melding);
}
