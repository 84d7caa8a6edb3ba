// The year of the landelijk pages: ?jaar= or the current calendar year, changeable on the page.
import { h, parameter } from "../../lib/dom.js";

export function landelijkJaar(): number {
  const j = parameter("jaar");
  return j && /^\d{4}$/.test(j) ? Number(j) : new Date().getFullYear();
}

export function jaarFormulier(jaar: number): HTMLElement {
  return h(
    "form",
    { class: "kb-keuze", method: "get", "aria-label": "Jaar kiezen" },
    h(
      "div",
      { class: "utrecht-form-field" },
      h(
        "div",
        { class: "utrecht-form-field__label" },
        h("label", { class: "utrecht-form-label", for: "kb-jaar" }, "Jaar"),
      ),
      h("input", {
        class: "utrecht-textbox utrecht-textbox--html-input",
        id: "kb-jaar",
        name: "jaar",
        inputmode: "numeric",
        value: String(jaar),
        size: 6,
      }),
    ),
    h(
      "button",
      { type: "submit", class: "utrecht-button utrecht-button--secondary-action" },
      "Toon",
    ),
  );
}
