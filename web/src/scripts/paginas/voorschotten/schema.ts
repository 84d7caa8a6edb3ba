// The voorschot schedule of one aanvraag (§6): per month planned, target and paid, with the
// basis versions after an adjustment.
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { datum, h, melding, tabel, vervang } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";
import { knop } from "../../lib/velden.js";

export function schemaSectie(
  zaken: readonly { id: string; aanbiederId: string; aanbiederNaam: string | null }[],
): HTMLElement {
  const plek = h("div", { "aria-live": "polite" });
  const kop = h(
    "h2",
    { class: "utrecht-heading-2", id: "kb-schema-kop" },
    "Voorschotschema per aanvraag",
  );
  if (zaken.length === 0)
    return h(
      "section",
      { "aria-labelledby": "kb-schema-kop" },
      kop,
      melding("info", "Er zijn nog geen afspraken."),
    );
  const select = h(
    "select",
    { id: "kb-schema-zaak", class: "utrecht-select utrecht-select--html-select" },
    ...zaken.map((z) => h("option", { value: z.id }, z.aanbiederNaam ?? z.aanbiederId)),
  );
  const form = h(
    "form",
    { class: "kb-keuze", "aria-label": "Aanvraag voor het voorschotschema kiezen" },
    h(
      "div",
      { class: "utrecht-form-field" },
      h(
        "div",
        { class: "utrecht-form-field__label" },
        h("label", { class: "utrecht-form-label", for: "kb-schema-zaak" }, "Aanvraag"),
      ),
      select,
    ),
    knop("Toon voorschotschema", null, "secondary", "submit"),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const s = await haal<Antwoord<"voorschotschema">>(
        `/api/aanvragen/${seg(select.value)}/voorschot`,
      );
      vervang(
        plek,
        s.afspraak
          ? h(
              "p",
              { class: "utrecht-paragraph" },
              `Addendum getekend op ${datum(s.afspraak.getekendOp)}; jaardoel ${euro(s.jaardoel)}.`,
            )
          : null,
        tabel(
          `Voorschotschema: gepland ${euro(s.totaalGepland)}, opgedragen ${euro(s.totaalBesteld)}, betaald ${euro(s.totaalBetaald)}`,
          ["Maand", "Gepland", "Doel (cumulatief)", "Opgedragen", "Betaald (vrijgegeven)"],
          s.maanden.map((m) => [
            m.maand,
            euro(m.gepland),
            euro(m.doel),
            euro(m.besteld),
            euro(m.betaald),
          ]),
          [1, 2, 3, 4],
        ),
      );
    } catch (err) {
      vervang(plek, melding("error", foutTekst(err)));
    }
  });
  return h("section", { "aria-labelledby": "kb-schema-kop" }, kop, form, plek);
}
