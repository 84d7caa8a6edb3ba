// Step 3 (docs/regels.md §4.1.4 and §4.1.5): the three verklaringen, and the onderbouwing of the ten
// toetspunten — shown when the personeel share of year t is below the richtlijn (live), otherwise
// a sentence says it is not needed (texts already entered are kept and still saved).
import { h } from "../../lib/dom.js";
import { tekstveld, vinkje } from "../../lib/invoer.js";
import { TOETSPUNTEN, VERKLARINGEN } from "./lijsten.js";
import { onderRichtlijn, totalen } from "./model.js";
import { fieldset, registreer, type Wizard } from "./wizard.js";

/** Whether year t's share is below the richtlijn, so the onderbouwing is asked for (§4.1.5). */
export function onderbouwingNodig(w: Wizard): boolean {
  const t = w.model.begroting.find((j) => j.jaar === w.jaar);
  return !!t && w.richtlijn !== null && onderRichtlijn(totalen(t), w.richtlijn);
}

export function stapVerklaringen(w: Wizard): {
  stap: HTMLElement;
  onderbouwing: HTMLElement;
  uitleg: HTMLElement;
} {
  const onderbouwing = fieldset(
    "Onderbouwing van de afwijkende verhouding",
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Het aandeel personeel ligt onder de richtlijn. Beantwoord elk van de tien toetspunten.",
    ),
    ...Object.entries(TOETSPUNTEN).map(([k, label]) =>
      registreer(
        w,
        2,
        tekstveld(
          label,
          `onderbouwing.${k}`,
          w.model.onderbouwing[k] ?? "",
          (x) => {
            w.model.onderbouwing[k] = x;
          },
          { meerRegels: true },
        ),
      ),
    ),
  );
  const uitleg = h(
    "p",
    { class: "utrecht-paragraph" },
    "Het aandeel personeel voldoet aan de richtlijn: een onderbouwing van de verhouding is niet nodig.",
  );
  const stap = h(
    "div",
    {},
    fieldset(
      "Verklaringen",
      ...Object.entries(VERKLARINGEN).map(([k, label]) =>
        registreer(
          w,
          2,
          vinkje(label, `verklaringen.${k}`, w.model.verklaringen[k] === true, (aan) => {
            w.model.verklaringen[k] = aan;
          }),
        ),
      ),
    ),
    uitleg,
    onderbouwing,
  );
  return { stap, onderbouwing, uitleg };
}
