// §3.2 and §4.2: after 31 December t−1 an aanvraag (a concept, or a version after an aanvulling)
// can only be submitted in a late window that zorgkantoor-beheer opens for it, with a reason,
// until a day it chooses. The server checks every condition (POST …/laat-venster).
import { api, seg } from "../../lib/api.js";
import { h, melding, tijdstip } from "../../lib/dom.js";
import { isoDatum } from "../../lib/invoer.js";
import { aanvraagperiodeGesloten } from "../../lib/termijn.js";
import { bijVersturen, eisIngevuld, knop, veld } from "../../lib/velden.js";

/**
 * For a case that can still be submitted: nothing before 1 January t (the period is open), the
 * window while one is open, else the form.
 */
export function laatVensterSectie(
  a: { id: string; jaar: number; laatVenster: { tot: string } | null },
  nu: Date,
  klaar: (t: string) => void,
): HTMLElement | null {
  if (!aanvraagperiodeGesloten(a.jaar, nu)) return null;
  const tot = a.laatVenster ? new Date(a.laatVenster.tot) : null;
  if (tot && tot.getTime() > nu.getTime())
    return melding(
      "info",
      `Er is een laat indieningsvenster open tot en met ${tijdstip(new Date(tot.getTime() - 60_000).toISOString())} (Amsterdamse tijd).`,
    );
  return laatVensterFormulier(a.id, klaar);
}

function laatVensterFormulier(id: string, klaar: (t: string) => void): HTMLElement {
  const uiterlijk = veld("Open tot en met (dd-mm-jjjj)", "uiterlijk", {
    beschrijving: "Tot 23:59 uur Amsterdamse tijd op deze dag kan de aanbieder indienen.",
  });
  uiterlijk.invoer.setAttribute("inputmode", "numeric");
  const reden = veld("Reden voor het late venster", "reden", { meerRegels: true });
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, class: "kb-kaart", "aria-labelledby": "kb-laatvenster-kop" },
    h("h3", { class: "utrecht-heading-3", id: "kb-laatvenster-kop" }, "Laat indieningsvenster"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "De indieningsperiode is gesloten. Open een laat venster om de aanbieder deze aanvraag alsnog te laten indienen; de aanbieder krijgt daarvan bericht.",
    ),
    samenvatting,
    uiterlijk.blok,
    reden.blok,
    knop("Laat venster openen", null, "secondary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [uiterlijk, reden],
    () => [
      ...(isoDatum(uiterlijk.invoer.value)
        ? []
        : [{ veld: uiterlijk, tekst: "Vul een datum in, bijvoorbeeld 31-01-2020." }]),
      ...eisIngevuld(reden, "Geef de reden op."),
    ],
    async () => {
      await api("POST", `/api/aanvragen/${seg(id)}/laat-venster`, {
        uiterlijk: isoDatum(uiterlijk.invoer.value),
        reden: reden.invoer.value.trim(),
      });
      klaar(`Het late venster is open tot en met ${uiterlijk.invoer.value.trim()}.`);
    },
  );
  return form;
}
