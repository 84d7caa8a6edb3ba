// docs/regels.md §5, toekenning constraint 2: until the aanvraag window closes (31 December t−1) a
// toekenning above the reservering needs the regional margin released by zorgkantoor-beheer. This
// section says whether it is, and lets beheer of this zorgkantoor release it with a reason (once,
// audited; the server decides who may — POST …/margevrijgave).
import { api, haalMetNu, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { h, melding, tijdstip } from "../../lib/dom.js";
import { meldStatus } from "../../lib/invoer.js";
import { aanvraagperiodeGesloten } from "../../lib/termijn.js";
import { bijVersturen, eisIngevuld, knop, veld } from "../../lib/velden.js";

const KOP = "kb-marge-kop";

/** The section for this zorgkantoor and year; null when it has no kader (the page says so). */
export async function margeSectie(
  zorgkantoorId: string,
  jaar: number,
  magVrijgeven: boolean,
): Promise<HTMLElement | null> {
  const { body, nu } = await haalMetNu<Antwoord<"regionaleKaders">>(`/api/kaders/${seg(jaar)}`);
  const kader = body.kaders.find((k) => k.zorgkantoorId === zorgkantoorId);
  if (!kader) return null;
  const sectie = h(
    "section",
    { class: "kb-kaart", "aria-labelledby": KOP },
    h("h3", { class: "utrecht-heading-3", id: KOP }, "Regionale ruimte boven de reservering"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Tot en met 31 december ${jaar - 1} kan een toekenning pas boven het gereserveerde bedrag als zorgkantoor-beheer deze ruimte heeft vrijgegeven. Daarna is de reservering geen grens meer; het regionale kader blijft dat altijd.`,
    ),
  );
  const v = kader.margeVrijgegeven;
  if (v) {
    sectie.append(melding("info", `Vrijgegeven op ${tijdstip(v.op)}. Reden: ${v.reden}`));
    return sectie;
  }
  // The server refuses a release from then on.
  const gesloten = aanvraagperiodeGesloten(jaar, nu);
  sectie.append(
    melding(
      "info",
      gesloten
        ? `Niet vrijgegeven. De aanvraagperiode is gesloten, dus vrijgeven is niet meer nodig.`
        : "Niet vrijgegeven.",
    ),
  );
  if (magVrijgeven && !gesloten) sectie.append(vrijgaveFormulier(zorgkantoorId, jaar, sectie));
  return sectie;
}

function vrijgaveFormulier(zorgkantoorId: string, jaar: number, sectie: HTMLElement): HTMLElement {
  const reden = veld("Reden voor de vrijgave", "reden", {
    meerRegels: true,
    beschrijving: "De vrijgave kan niet worden teruggedraaid en komt in het auditlog.",
  });
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": KOP },
    samenvatting,
    reden.blok,
    knop("Ruimte vrijgeven", null, "secondary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [reden],
    () => eisIngevuld(reden, "Geef de reden op."),
    async () => {
      await api("POST", `/api/kaders/${seg(jaar)}/${seg(zorgkantoorId)}/margevrijgave`, {
        reden: reden.invoer.value.trim(),
      });
      const nieuw = await margeSectie(zorgkantoorId, jaar, true);
      const plek = h("div");
      sectie.replaceWith(plek, ...(nieuw ? [nieuw] : []));
      meldStatus(plek, `De regionale ruimte voor ${jaar} is vrijgegeven.`, true);
    },
  );
  return form;
}
