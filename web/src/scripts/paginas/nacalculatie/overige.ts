// The overige lines of the nacalculatie (§9.2, §15.1, §15.6): per agreed line what the aanbieder
// reported in the year report, the zorgkantoor's correction from the accountant's report and what
// counts; then per line the judgement (conform, or not with a reason) and an optional correction
// with its reason. Every line is sent in order, so a refusal ("regels[1].correctie.reden") lands
// on its own field.
import { api } from "../../lib/api.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h, tabel } from "../../lib/dom.js";
import { bijVersturen, eisBedrag, eisIngevuld, knop, veld } from "../../lib/velden.js";
import type { Nacalculatie } from "./tabellen.js";

type Regel = Nacalculatie["overige"][number];

const bedragOfStreep = (b: string | null) => (b === null ? "—" : euro(b));
const invoerBedrag = (b: string) => b.replace(".", ",");

/** What was reported, corrected and counted per line. */
export function overigeTabel(n: Nacalculatie): HTMLElement {
  return tabel(
    "Overige kosten per regel",
    ["Regel", "Afgesproken", "Gemeld in jaarverslag", "Correctie", "Oordeel", "Telt mee"],
    n.overige.map((r) => [
      r.omschrijving,
      euro(r.afgesproken),
      r.gemeld === null ? "Niet gemeld" : euro(r.gemeld),
      r.correctie ? `${euro(r.correctie.bedrag)} (${r.correctie.reden})` : "—",
      r.conform ? "Conform" : `Niet conform: ${r.reden ?? ""}`,
      bedragOfStreep(r.vergoedbaar),
    ]),
    [1, 2, 5],
  );
}

function regelVelden(r: Regel, i: number) {
  const conform = h("input", {
    type: "checkbox",
    id: `kb-conform-${i}`,
    class: "utrecht-checkbox utrecht-checkbox--html-input",
    checked: r.conform,
  });
  const reden = veld(`Reden niet conform: ${r.omschrijving}`, `regels[${i}].reden`, {
    waarde: r.reden ?? "",
  });
  const correctie = veld(
    `Gecorrigeerd bedrag: ${r.omschrijving} (€)`,
    `regels[${i}].correctie.bedrag`,
    {
      waarde: r.correctie ? invoerBedrag(r.correctie.bedrag) : "",
      beschrijving: `Alleen invullen als het accountantsrapport een ander bedrag noemt dan de gemelde ${bedragOfStreep(r.gemeld)}.`,
    },
  );
  const correctieReden = veld(
    `Reden van de correctie: ${r.omschrijving}`,
    `regels[${i}].correctie.reden`,
    { waarde: r.correctie?.reden ?? "" },
  );
  return { r, conform, reden, correctie, correctieReden };
}
type Velden = ReturnType<typeof regelVelden>;

const gecorrigeerd = (x: Velden) => x.correctie.invoer.value.trim() !== "";

function controle(x: Velden) {
  return [
    ...(x.conform.checked
      ? []
      : eisIngevuld(x.reden, "Geef een reden waarom deze regel niet conform is besteed.")),
    ...(gecorrigeerd(x)
      ? [
          ...eisBedrag(x.correctie, "55000,00"),
          ...eisIngevuld(x.correctieReden, "Geef de reden van de correctie."),
        ]
      : []),
  ];
}

function alsRegel(x: Velden) {
  return {
    id: x.r.id,
    conform: x.conform.checked,
    ...(x.conform.checked ? {} : { reden: x.reden.invoer.value.trim() }),
    ...(gecorrigeerd(x) && {
      correctie: {
        bedrag: bedragTekst(centen(x.correctie.invoer.value)!),
        reden: x.correctieReden.invoer.value.trim(),
      },
    }),
  };
}

export function overigeFormulier(
  pad: string,
  n: Nacalculatie,
  klaar: (t: string) => void,
): HTMLElement {
  const samenvatting = h("div");
  const regels = n.overige.map(regelVelden);
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Oordeel over de overige kosten" },
    samenvatting,
    ...regels.map((x) =>
      h(
        "fieldset",
        { class: "utrecht-form-fieldset kb-kaart" },
        h("legend", { class: "utrecht-form-fieldset__legend" }, x.r.omschrijving),
        h(
          "p",
          { class: "utrecht-paragraph" },
          `Afgesproken ${euro(x.r.afgesproken)}; gemeld in het jaarverslag ${bedragOfStreep(x.r.gemeld)}.`,
        ),
        h(
          "div",
          { class: "utrecht-form-field utrecht-form-field--checkbox" },
          x.conform,
          h(
            "label",
            { class: "utrecht-form-label utrecht-form-label--checkbox", for: x.conform.id },
            " Besteed conform de afspraak",
          ),
        ),
        x.reden.blok,
        x.correctie.blok,
        x.correctieReden.blok,
      ),
    ),
    knop("Overige kosten opslaan", null, "primary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    regels.flatMap((x) => [x.reden, x.correctie, x.correctieReden]),
    () => regels.flatMap(controle),
    async () => {
      await api("PUT", `${pad}/nacalculatie/overige`, {
        versie: n.versie,
        regels: regels.map(alsRegel),
      });
      klaar("De overige kosten zijn opgeslagen: oordeel en correcties per regel.");
    },
  );
  return h("div", {}, overigeTabel(n), form);
}
