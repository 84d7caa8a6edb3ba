// The receipt after a successful indiening (docs/regels.md §4.3, §5): when it was received and the
// beoordelingstermijn (streefdatum + 6 weken, uiterste datum + 3 maanden). Focused, so a screen
// reader reads it at once.
import { link } from "#shared/paginas.js";
import { datum, h, melding, tijdstip, vervang } from "../../lib/dom.js";
import type { Aanvraag } from "./stappen.js";

export function ontvangstbewijs(plek: HTMLElement, a: Aanvraag): void {
  const t = a.beoordelingstermijn;
  const kop = h("h2", { class: "utrecht-heading-2", tabindex: -1 }, "Uw aanvraag is ingediend");
  vervang(
    plek,
    melding(
      "ok",
      kop,
      h(
        "p",
        { class: "utrecht-paragraph" },
        `Ontvangen op ${a.ontvangenOp ? tijdstip(a.ontvangenOp) : "onbekend"}.`,
      ),
      t
        ? h(
            "p",
            { class: "utrecht-paragraph" },
            `Het zorgkantoor beslist bij voorkeur vóór ${datum(t.streefdatum)} en uiterlijk op ${datum(t.uitersteDatum)}.`,
          )
        : null,
      h(
        "a",
        { class: "utrecht-link", href: link.dossier(a.id) },
        "Naar het dossier van deze aanvraag",
      ),
    ),
  );
  kop.focus();
}
