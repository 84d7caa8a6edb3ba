// Form fields for the aanbieder pages (WCAG 2.1 AA): every field has a label, an error
// is a utrecht-form-field-error-message tied to its field (aria-invalid + aria-describedby), and
// `data-veld` holds the field's path in the API's JSON (e.g. `begroting[0].overige[1].bedrag`),
// so a server finding (`veld`) lands next to the field it concerns.
import { h, melding, vervang } from "./dom.js";

export type Invoer = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Veld {
  blok: HTMLElement;
  invoer: Invoer;
  fout: HTMLElement;
  label: string;
}

let teller = 0;
export const nieuwId = (pad: string): string => `kb-${pad.replace(/[^a-z0-9]/gi, "-")}-${++teller}`;

/** A control in its labelled utrecht-form-field, with its description and error message. */
export function omhul(
  soort: "text" | "checkbox" | "select",
  label: string,
  invoer: Invoer,
  beschrijving?: string,
): Veld {
  const fout = h("div", { class: "utrecht-form-field-error-message", id: `${invoer.id}-fout` });
  fout.hidden = true;
  const uitleg = beschrijving
    ? h("div", { class: "utrecht-form-field-description", id: `${invoer.id}-uitleg` }, beschrijving)
    : null;
  if (uitleg) invoer.setAttribute("aria-describedby", uitleg.id);
  const lab = h("label", { class: "utrecht-form-label", for: invoer.id }, label);
  const blok =
    soort === "checkbox"
      ? h(
          "div",
          { class: "utrecht-form-field utrecht-form-field--checkbox" },
          h("div", { class: "utrecht-form-field__input" }, invoer),
          h("div", { class: "utrecht-form-field__label" }, lab),
          fout,
        )
      : h(
          "div",
          { class: `utrecht-form-field utrecht-form-field--${soort}` },
          h("div", { class: "utrecht-form-field__label" }, lab),
          uitleg,
          fout,
          h("div", { class: "utrecht-form-field__input" }, invoer),
        );
  return { blok, invoer, fout, label };
}

/** A text field (or textarea); `bij` gets every change. */
export function tekstveld(
  label: string,
  pad: string,
  waarde: string,
  bij: (waarde: string) => void,
  opties: { meerRegels?: boolean; beschrijving?: string; decimaal?: boolean } = {},
): Veld {
  const gemeen = { id: nieuwId(pad), "data-veld": pad, name: pad };
  const invoer = opties.meerRegels
    ? h("textarea", {
        ...gemeen,
        class: "utrecht-textarea utrecht-textarea--html-textarea",
        rows: 3,
      })
    : h("input", {
        ...gemeen,
        class: "utrecht-textbox utrecht-textbox--html-input",
        type: "text",
        inputmode: opties.decimaal ? "decimal" : null,
        autocomplete: "off",
      });
  invoer.value = waarde;
  invoer.addEventListener("input", () => bij(invoer.value));
  return omhul("text", label, invoer, opties.beschrijving);
}

/** A select with [value, text] options. */
export function keuzeveld(
  label: string,
  pad: string,
  keuzes: readonly (readonly [string, string])[],
  waarde: string,
  bij: (waarde: string) => void,
): Veld {
  const invoer = h(
    "select",
    {
      id: nieuwId(pad),
      "data-veld": pad,
      name: pad,
      class: "utrecht-select utrecht-select--html-select",
    },
    ...keuzes.map(([w, t]) => h("option", { value: w, selected: w === waarde }, t)),
  );
  invoer.value = waarde;
  invoer.addEventListener("change", () => bij(invoer.value));
  return omhul("select", label, invoer);
}

export function vinkje(
  label: string,
  pad: string,
  aan: boolean,
  bij: (aan: boolean) => void,
): Veld {
  const invoer = h("input", {
    id: nieuwId(pad),
    "data-veld": pad,
    name: pad,
    type: "checkbox",
    class: "utrecht-checkbox utrecht-checkbox--html-input",
    checked: aan,
  });
  invoer.addEventListener("change", () => bij(invoer.checked));
  return omhul("checkbox", label, invoer);
}

/** Shows (or with null clears) the error of one field. */
export function zetFout(v: Veld, tekst: string | null): void {
  const uitleg = `${v.invoer.id}-uitleg`;
  // In the field's own block: the field may not be in the document yet.
  const heeftUitleg = v.blok.querySelector(`[id="${uitleg}"]`) !== null;
  v.fout.hidden = tekst === null;
  v.fout.textContent = tekst ?? "";
  if (tekst === null) v.invoer.removeAttribute("aria-invalid");
  else v.invoer.setAttribute("aria-invalid", "true");
  const ids = [heeftUitleg ? uitleg : null, tekst === null ? null : v.fout.id].filter(Boolean);
  if (ids.length > 0) v.invoer.setAttribute("aria-describedby", ids.join(" "));
  else v.invoer.removeAttribute("aria-describedby");
}

export interface FoutRegel {
  veld?: Veld;
  tekst: string;
}

/**
 * The error summary at the top of a form: a link per field error (`toon` first makes the field
 * visible, e.g. switches the wizard step), focused so a screen reader reads it at once.
 */
export function foutSamenvatting(
  plek: HTMLElement,
  fouten: readonly FoutRegel[],
  toon: (v: Veld) => void = () => {},
): void {
  if (fouten.length === 0) {
    vervang(plek);
    return;
  }
  const regel = (f: FoutRegel) =>
    f.veld
      ? h(
          "a",
          {
            class: "utrecht-link",
            href: `#${f.veld.invoer.id}`,
            onclick: ((e: Event) => {
              e.preventDefault();
              if (!f.veld) return;
              toon(f.veld);
              f.veld.invoer.focus();
            }) as EventListener,
          },
          `${f.veld.label}: ${f.tekst}`,
        )
      : f.tekst;
  const kop = h("h2", { class: "utrecht-heading-3", tabindex: -1 }, "Er is iets niet in orde");
  vervang(
    plek,
    melding(
      "error",
      kop,
      h("ul", { class: "utrecht-unordered-list" }, ...fouten.map((f) => h("li", {}, regel(f)))),
    ),
  );
  kop.focus();
}

/** A status message (role=status) in `plek`; focused when `focus` (new content after an action). */
export function meldStatus(plek: HTMLElement, tekst: string, focus = false): void {
  const m = melding("ok", tekst);
  m.tabIndex = -1;
  vervang(plek, m);
  if (focus) m.focus();
}

/** A button; without `actie` (a submit button) the form's submit handler acts. */
export function knop(
  tekst: string,
  actie: (() => void) | null,
  soort: "primary" | "secondary" | "subtle" = "secondary",
  type: "button" | "submit" = "button",
): HTMLButtonElement {
  return h(
    "button",
    {
      type,
      class: `utrecht-button utrecht-button--${soort}-action`,
      onclick: actie ? ((() => actie()) as EventListener) : null,
    },
    tekst,
  );
}

/** dd-mm-jjjj (as typed) → jjjj-mm-dd; "" stays ""; null when it is not a date. */
export function isoDatum(invoer: string): string | null {
  const s = invoer.trim();
  if (s === "") return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}
