// §15.3–§15.4 on the nacalculatie page: the terugvordering as the ledger has it — amount, due
// date, received, offset, still open and its status — and, for zorgkantoor-beheer, the form that
// books money received on it (bedrag, datum, bankkenmerk; also part of it). The server checks
// scope, amount and date again; its refusal lands on the field it names.
import { api } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { datum, h, melding, tabel } from "../../lib/dom.js";
import { isoDatum } from "../../lib/invoer.js";
import type { Context } from "../../lib/pagina.js";
import { bijVersturen, eisBedrag, eisIngevuld, knop, veld } from "../../lib/velden.js";

/** The nacalculatie's `afwikkeling` (§15.4), from the ledger; null before the vaststelling. */
export type Afwikkeling = NonNullable<Antwoord<"nacalculatieBerekenen">["afwikkeling"]>;
export type Vordering = NonNullable<Afwikkeling["vordering"]>;

/** Dutch for each status (also the dossier's financial overview). */
export const STATUS: Record<Vordering["status"], string> = {
  open: "Open",
  deels_ontvangen: "Deels ontvangen",
  ontvangen: "Ontvangen",
  verrekend: "Verrekend",
};

function standTabel(v: Vordering): HTMLElement {
  return tabel(
    "Stand van de terugvordering",
    ["Onderdeel", "Waarde"],
    [
      ["Terug te betalen", euro(v.bedrag)],
      ["Te betalen uiterlijk", v.vervaldatum ? datum(v.vervaldatum) : "—"],
      ["Ontvangen", euro(v.ontvangen)],
      ["Verrekend", euro(v.verrekend)],
      ["Nog open", euro(v.open)],
      ["Status", STATUS[v.status]],
    ],
    [1],
  );
}

function ontvangstFormulier(pad: string, klaar: (t: string) => void): HTMLElement {
  const samenvatting = h("div");
  const bedrag = veld("Ontvangen bedrag", "bedrag", { verplicht: true });
  const dag = veld("Datum van ontvangst (dd-mm-jjjj)", "ontvangenOp", { verplicht: true });
  const kenmerk = veld("Kenmerk of omschrijving van de bankbetaling", "kenmerk", {
    verplicht: true,
    beschrijving: "Hetzelfde kenmerk nog eens boekt niets: zo telt een betaling nooit dubbel.",
  });
  kenmerk.invoer.setAttribute("inputmode", "text");
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Ontvangst boeken" },
    h("h3", { class: "utrecht-heading-3" }, "Ontvangst boeken"),
    samenvatting,
    bedrag.blok,
    dag.blok,
    kenmerk.blok,
    knop("Ontvangst boeken", null, "primary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [bedrag, dag, kenmerk],
    () => [
      ...eisBedrag(bedrag, "1.250,00"),
      ...(isoDatum(dag.invoer.value)
        ? []
        : [{ veld: dag, tekst: "Vul de datum van ontvangst in als dd-mm-jjjj." }]),
      ...eisIngevuld(kenmerk, "Vul het kenmerk of de omschrijving van de bankbetaling in."),
    ],
    async () => {
      await api("POST", `${pad}/vordering/ontvangst`, {
        bedrag: bedragTekst(centen(bedrag.invoer.value)!),
        ontvangenOp: isoDatum(dag.invoer.value),
        kenmerk: kenmerk.invoer.value.trim(),
      });
      klaar("De ontvangst is geboekt.");
    },
  );
  return form;
}

/** The section "Vordering", or null when the case has no terugvordering. */
export function vorderingSectie(
  pad: string,
  a: Afwikkeling | null,
  c: Context,
  klaar: (t: string) => void,
): HTMLElement | null {
  const v = a?.vordering;
  if (!v) return null;
  return h(
    "section",
    { "aria-labelledby": "kb-vordering" },
    h("h2", { class: "utrecht-heading-2", id: "kb-vordering" }, "Vordering"),
    standTabel(v),
    a.afgewikkeld ? melding("ok", "De aanvraag is afgewikkeld: er staat niets meer open.") : null,
    c.heeftRol("zorgkantoor-beheer") && centen(v.open)! > 0n
      ? ontvangstFormulier(pad, klaar)
      : null,
  );
}
