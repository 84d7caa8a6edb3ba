// Month names and a labelled month select for the voorschot pages.
import { MAANDNAMEN } from "#shared/kalender/maandnamen.js";
import { h } from "../../lib/dom.js";

export const maandTekst = (m: number): string => MAANDNAMEN[m - 1] ?? String(m);

export function keuzeLijst(
  id: string,
  label: string,
  gekozen: number,
): { blok: HTMLElement; select: HTMLSelectElement } {
  const select = h(
    "select",
    { id, class: "utrecht-select utrecht-select--html-select" },
    ...MAANDNAMEN.map((n, i) => h("option", { value: i + 1, selected: i + 1 === gekozen }, n)),
  );
  const blok = h(
    "div",
    { class: "utrecht-form-field" },
    h(
      "div",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label", for: id }, label),
    ),
    select,
  );
  return { blok, select };
}
