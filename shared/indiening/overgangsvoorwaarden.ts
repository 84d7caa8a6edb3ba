// docs/regels.md §4.3 with §4.2, §5 and §1: what a transition's flags in OVERGANGEN (toestanden.ts)
// ask before it is taken. The data layer gives the evidence it has and refuses what this
// refuses, so the table — not the code of one operation — decides which action needs which check.
import { magTweedeTekenen, type Ondertekenaar } from "../toegang/vierOgen.js";
import { type Bevinding, kanIndienen } from "./bevinding.js";
import type { Overgang } from "./toestanden.js";

export interface Overgangsbewijs {
  /** vereistToetsing: the §4.2 findings of the version being submitted. */
  bevindingen?: readonly Bevinding[];
  /** vierOgen: who proposed the decision; the acting user signs second. */
  voorgesteldDoor?: Ondertekenaar;
  /** beidePartijen: who signed the addendum for each party, the signature being made included. */
  handtekeningen?: { aanbieder?: string; zorgkantoor?: string };
}

export type Voorwaarde =
  | { toegestaan: true }
  | { toegestaan: false; status: 403 | 409 | 422; code: string; reden: string; veld?: string };

const JA: Voorwaarde = { toegestaan: true };

/** §4.2: no finding may block the indiening; a submission without the checks is refused. */
export function toetsingVoorwaarde(bevindingen: readonly Bevinding[] | undefined): Voorwaarde {
  if (bevindingen && kanIndienen(bevindingen)) return JA;
  const blokkerend = (bevindingen ?? []).filter((b) => b.ernst === "blokkeert");
  const reden = bevindingen
    ? `De aanvraag kan nog niet worden ingediend: ${blokkerend.length} ${
        blokkerend.length === 1 ? "bevinding blokkeert" : "bevindingen blokkeren"
      } de indiening (${[...new Set(blokkerend.map((b) => b.code))].join(", ")}).`
    : "De aanvraag kan niet worden ingediend zonder de toetsing van §4.2.";
  return {
    toegestaan: false,
    status: 422,
    code: "AANVRAAG_NIET_INDIENBAAR",
    reden,
    ...(blokkerend[0] && { veld: blokkerend[0].veld }),
  };
}

/**
 * §5: the addendum moves the case only with the signatures of both parties, and [portal rule]
 * by two people: one person cannot sign for both.
 */
export function beidePartijenVoorwaarde(h: Overgangsbewijs["handtekeningen"]): Voorwaarde {
  if (!h?.aanbieder || !h.zorgkantoor)
    return {
      toegestaan: false,
      status: 409,
      code: "ADDENDUM_NIET_COMPLEET",
      reden: `Het addendum is nog niet getekend namens ${h?.aanbieder ? "het zorgkantoor" : "de aanbieder"}; het wordt getekend als beide partijen tekenden.`,
    };
  if (h.aanbieder === h.zorgkantoor)
    return {
      toegestaan: false,
      status: 403,
      code: "ZELFDE_ONDERTEKENAAR",
      reden:
        "U tekende het addendum al namens de andere partij; de tweede handtekening komt van iemand anders.",
    };
  return JA;
}

/** Every check the transition's flags ask, in order; the first refusal is the answer. */
export function overgangsvoorwaarden(
  o: Overgang,
  bewijs: Overgangsbewijs,
  wie: Ondertekenaar,
): Voorwaarde {
  if (o.vereistToetsing) {
    const t = toetsingVoorwaarde(bewijs.bevindingen);
    if (!t.toegestaan) return t;
  }
  if (o.vierOgen) {
    const h = magTweedeTekenen(o.vierOgen, bewijs.voorgesteldDoor, wie);
    if (!h.toegestaan) return { toegestaan: false, status: 403, code: "VIER_OGEN", reden: h.reden };
  }
  if (o.beidePartijen) {
    const p = beidePartijenVoorwaarde(bewijs.handtekeningen);
    if (!p.toegestaan) return p;
  }
  return JA;
}
