// Indienen (docs/regels.md §4.3, §5): what it will do, said before it is done, and the receipt
// after it: when it was received and the beoordelingstermijn (streefdatum + 6 weken, uiterste
// datum + 3 maanden). The receipt is focused, so a screen reader reads it at once.
import { link } from "#shared/paginas.js";
import { datum, h, melding, tijdstip, vervang } from "../../lib/dom.js";
import { zorgkantoorNaam } from "../../lib/namen.js";
import type { Aanvraag } from "./stappen.js";

/**
 * The confirmation's text. A submitted version is frozen (only a request for aanvulling opens a
 * new one); the beoordelingstermijn runs from the first receipt, so after an aanvulling it goes on
 * with the dates the case already has.
 */
export function indienGevolg(a: Aanvraag): string {
  const bij = zorgkantoorNaam(a);
  const t = a.beoordelingstermijn;
  if (a.toestand === "aanvulling_gevraagd")
    return `Uw aangevulde aanvraag voor ${a.jaar} wordt als nieuwe versie ingediend bij ${bij}; daarna kunt u haar niet meer wijzigen, tenzij het zorgkantoor opnieuw om een aanvulling vraagt. ${
      t
        ? `De beoordelingstermijn loopt door vanaf de eerste ontvangst: het zorgkantoor beslist bij voorkeur vóór ${datum(t.streefdatum)} en uiterlijk op ${datum(t.uitersteDatum)}.`
        : "De beoordelingstermijn loopt door vanaf de eerste ontvangst."
    }`;
  return `Uw aanvraag voor ${a.jaar} wordt ingediend bij ${bij}; daarna kunt u haar niet meer wijzigen, tenzij het zorgkantoor om een aanvulling vraagt. De beoordelingstermijn begint: het zorgkantoor beslist bij voorkeur binnen zes weken en uiterlijk binnen drie maanden na ontvangst.`;
}

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
