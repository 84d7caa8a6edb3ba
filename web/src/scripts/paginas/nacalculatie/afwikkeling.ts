// §15.3–§15.4: where the settlement of a vastgesteld case stands, from the ledger — what has been
// paid (released − received + offset), what is ordered but not yet released (a nabetaling waiting
// for its batch), what is still open on the vordering, and whether the case is afgewikkeld. Shown
// on the nacalculatie page and, for the aanbieder, in the dossier: the same figures everywhere.
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { h, tabel } from "../../lib/dom.js";

/** The nacalculatie's `afwikkeling` as the API answers it (amounts as strings). */
export type AfwikkelingStand = NonNullable<Antwoord<"nacalculatieBerekenen">["afwikkeling"]>;

export function afwikkelingTabel(a: AfwikkelingStand, vastgesteld: string): HTMLElement {
  return tabel(
    "Stand van de afwikkeling",
    ["Onderdeel", "Bedrag"],
    [
      ["Vastgesteld", euro(vastgesteld)],
      ["Betaald", euro(a.betaald)],
      ["Opgedragen, nog niet betaald", euro(a.openstaandBesteld)],
      ["Nog terug te ontvangen", euro(a.vorderingOpen)],
      ["Status", a.afgewikkeld ? "Afgewikkeld" : "Nog niet afgewikkeld"],
    ],
    [1],
  );
}

/** The section "Afwikkeling" (h2), or null before the vaststelling. */
export function afwikkelingSectie(
  a: AfwikkelingStand | null,
  vastgesteld: string | null,
): HTMLElement | null {
  if (!a || vastgesteld === null) return null;
  return h(
    "section",
    { "aria-labelledby": "kb-afwikkeling" },
    h("h2", { class: "utrecht-heading-2", id: "kb-afwikkeling" }, "Afwikkeling"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      a.afgewikkeld
        ? "Afgewikkeld: er staat geen betaling of vordering meer open."
        : "Nog niet afgewikkeld: er staat nog een betaling of een vordering open.",
    ),
    afwikkelingTabel(a, vastgesteld),
  );
}
