// The realised overige amounts per agreed line (§9.2), entered by the zorgkantoor from the
// accountant's report: the amount, whether it was spent as agreed and, if not, the reason.
import { api } from "../../lib/api.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h } from "../../lib/dom.js";
import { bijVersturen, eisBedrag, eisIngevuld, knop, veld } from "../../lib/velden.js";
import type { Nacalculatie } from "./tabellen.js";

export function overigeFormulier(
  pad: string,
  n: Nacalculatie,
  klaar: (t: string) => void,
): HTMLElement {
  const samenvatting = h("div");
  const regels = n.overige.map((r) => {
    const bedrag = veld(`Gerealiseerd: ${r.omschrijving} (€)`, "regels", {
      waarde: r.gerealiseerd ?? "",
      beschrijving: `Afgesproken ${euro(r.afgesproken)}.`,
    });
    const conform = h("input", {
      type: "checkbox",
      id: `kb-conform-${r.id}`,
      class: "utrecht-checkbox utrecht-checkbox--html-input",
      checked: r.conform,
    });
    const reden = veld(`Reden niet conform: ${r.omschrijving}`, "reden", { waarde: r.reden ?? "" });
    return { r, bedrag, conform, reden };
  });
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Gerealiseerde overige kosten" },
    samenvatting,
    ...regels.map((x) =>
      h(
        "fieldset",
        { class: "utrecht-form-fieldset kb-kaart" },
        h("legend", { class: "utrecht-form-fieldset__legend" }, x.r.omschrijving),
        x.bedrag.blok,
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
      ),
    ),
    knop("Overige kosten opslaan", null, "primary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    regels.map((x) => x.bedrag),
    () =>
      regels.flatMap((x) => [
        ...eisBedrag(x.bedrag, "55000,00"),
        ...(x.conform.checked
          ? []
          : eisIngevuld(x.reden, "Geef een reden waarom deze regel niet conform is besteed.")),
      ]),
    async () => {
      await api("PUT", `${pad}/nacalculatie/overige`, {
        versie: n.versie,
        regels: regels.map((x) => ({
          id: x.r.id,
          gerealiseerd: bedragTekst(centen(x.bedrag.invoer.value)!),
          conform: x.conform.checked,
          ...(x.conform.checked ? {} : { reden: x.reden.invoer.value.trim() }),
        })),
      });
      klaar("De gerealiseerde overige kosten zijn opgeslagen.");
    },
  );
  return form;
}
