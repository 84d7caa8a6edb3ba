// §15.3–§15.4 in the aanbieder's dossier: once the case is vastgesteld, the vastgesteld amount and
// where its settlement stands — paid, ordered but not yet paid, still to be repaid, afgewikkeld —
// from the same ledger figures the zorgkantoor sees on its nacalculatie page.
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { h } from "../../lib/dom.js";
import { afwikkelingTabel } from "../nacalculatie/afwikkeling.js";

/**
 * Whether the case is vastgesteld (the dossier offers the vaststelling PDF only then), and the
 * section, null before the vaststelling (or when it cannot be read).
 */
export async function afwikkeling(
  aanvraagId: string,
): Promise<{ vastgesteld: boolean; sectie: HTMLElement | null }> {
  const n = await haal<Antwoord<"nacalculatieBerekenen">>(
    `/api/aanvragen/${seg(aanvraagId)}/nacalculatie`,
  ).catch(() => null);
  const vastgesteld = Boolean(n?.vaststelling);
  return { vastgesteld, sectie: vastgesteld ? sectie(n!) : null };
}

function sectie(n: Antwoord<"nacalculatieBerekenen">): HTMLElement | null {
  if (!n.vaststelling || !n.afwikkeling) return null;
  const versie = n.vaststelling.versie ?? 1;
  return h(
    "section",
    { "aria-labelledby": "kb-afwikkeling" },
    h("h2", { class: "utrecht-heading-2", id: "kb-afwikkeling" }, "Vaststelling en afwikkeling"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Het kwaliteitsbudget is vastgesteld${versie > 1 ? ` (herzien, versie ${versie})` : ""}. ${
        n.afwikkeling.afgewikkeld
          ? "Afgewikkeld: er staat geen betaling of vordering meer open."
          : "Nog niet afgewikkeld: er staat nog een betaling of een vordering open."
      }`,
    ),
    afwikkelingTabel(n.afwikkeling, n.vaststelling.vastgesteld),
  );
}
