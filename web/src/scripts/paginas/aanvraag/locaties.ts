// Step 1 (docs/regels.md §4.1.2): the locaties the aanvraag touches, each with its verbeterparagraaf of
// four parts. The portal has no register of locaties an aanbieder can read, so the user names them;
// the id is generated once and never changes (begroting lines point at it).
import { h } from "../../lib/dom.js";
import { knop, tekstveld } from "../../lib/invoer.js";
import { DELEN } from "./lijsten.js";
import { legeVerbeterparagraaf, type Verbeterparagraaf } from "./model.js";
import { fieldset, registreer, type Wizard } from "./wizard.js";

function nieuwLocatieId(w: Wizard): string {
  let n = w.model.locaties.length + 1;
  while (w.model.locaties.some((l) => l.id === `locatie-${n}`)) n++;
  return `locatie-${n}`;
}

export function stapLocaties(w: Wizard): HTMLElement {
  const blokken = w.model.locaties.map((l, i) => {
    const pad = `locaties[${i}]`;
    const naam = l.naam.trim() || `locatie ${i + 1}`;
    return fieldset(
      `Locatie ${i + 1}`,
      registreer(
        w,
        0,
        tekstveld("Naam van de locatie", `${pad}.naam`, l.naam, (x) => {
          l.naam = x;
          w.gewijzigd();
        }),
      ),
      h("h3", { class: "utrecht-heading-3" }, `Verbeterparagraaf van ${naam}`),
      ...(Object.keys(DELEN) as (keyof Verbeterparagraaf)[]).map((d) =>
        registreer(
          w,
          0,
          tekstveld(
            DELEN[d],
            `${pad}.verbeterparagraaf.${d}`,
            l.verbeterparagraaf[d],
            (x) => {
              l.verbeterparagraaf[d] = x;
              w.gewijzigd();
            },
            { meerRegels: true },
          ),
        ),
      ),
      knop(`Locatie ${i + 1} verwijderen`, () => {
        w.model.locaties.splice(i, 1);
        w.herteken();
      }),
    );
  });
  return h(
    "div",
    {},
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Noem elke locatie waar de aanvraag over gaat, met de vier delen van haar verbeterparagraaf.",
    ),
    ...blokken,
    knop("Locatie toevoegen", () => {
      w.model.locaties.push({
        id: nieuwLocatieId(w),
        naam: "",
        verbeterparagraaf: legeVerbeterparagraaf(),
      });
      w.herteken(`locaties[${w.model.locaties.length - 1}].naam`);
    }),
  );
}
