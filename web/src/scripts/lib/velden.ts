// Form fields for the zorgkantoor pages (WCAG 2.1 AA, issue #5): every field has a label, its
// error is a utrecht-form-field-error-message tied to the field (aria-invalid + aria-describedby),
// and a failed submit shows an error summary at the top with links to the fields, focused.
import { ApiFout } from "./api.js";
import { h, melding, vervang } from "./dom.js";

export interface Veld {
  /** The wrapper (utrecht-form-field) to put in a form. */
  blok: HTMLElement;
  invoer: HTMLInputElement | HTMLTextAreaElement;
  fout: HTMLElement;
  label: string;
}

let teller = 0;

/** A labelled text field or textarea; `naam` is the API field the server's `veld` refers to. */
export function veld(
  label: string,
  naam: string,
  opties: {
    meerRegels?: boolean;
    waarde?: string;
    beschrijving?: string;
    verplicht?: boolean;
  } = {},
): Veld {
  const id = `kb-veld-${naam.replace(/[^a-z0-9]/gi, "-")}-${++teller}`;
  const foutId = `${id}-fout`;
  const beschrijvingId = `${id}-uitleg`;
  const gemeen = {
    id,
    name: naam,
    "data-veld": naam,
    // aria-required, not required: the browser's :invalid styling would mark an untouched
    // empty field red before the user did anything; our own check shows the error.
    "aria-required": opties.verplicht ? "true" : null,
    "aria-describedby": opties.beschrijving ? beschrijvingId : null,
  };
  const invoer = opties.meerRegels
    ? h("textarea", {
        ...gemeen,
        class: "utrecht-textarea utrecht-textarea--html-textarea",
        rows: 4,
      })
    : h("input", {
        ...gemeen,
        class: "utrecht-textbox utrecht-textbox--html-input",
        type: "text",
        inputmode: "decimal",
      });
  invoer.value = opties.waarde ?? "";
  const fout = h("div", {
    class: "utrecht-form-field-error-message",
    id: foutId,
    hidden: true,
  });
  const blok = h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text" },
    h(
      "div",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label", for: id }, label),
    ),
    opties.beschrijving
      ? h(
          "div",
          { class: "utrecht-form-field-description", id: beschrijvingId },
          opties.beschrijving,
        )
      : null,
    fout,
    h("div", { class: "utrecht-form-field__input" }, invoer),
  );
  return { blok, invoer, fout, label };
}

/** Shows (or with null clears) the error of one field. */
export function zetFout(v: Veld, tekst: string | null): void {
  const beschrijving = v.invoer.getAttribute("aria-describedby")?.split(" ")[0];
  const uitleg = beschrijving?.endsWith("-uitleg") ? beschrijving : null;
  if (tekst === null) {
    v.fout.hidden = true;
    v.fout.textContent = "";
    v.invoer.removeAttribute("aria-invalid");
    if (uitleg) v.invoer.setAttribute("aria-describedby", uitleg);
    else v.invoer.removeAttribute("aria-describedby");
    return;
  }
  v.fout.hidden = false;
  v.fout.textContent = tekst;
  v.invoer.setAttribute("aria-invalid", "true");
  v.invoer.setAttribute("aria-describedby", [uitleg, v.fout.id].filter(Boolean).join(" "));
}

/**
 * The error summary at the top of a form: one link per field error, focused so a screen reader
 * reads it at once; errors without a field are listed as text. Empty list clears the summary.
 */
export function foutSamenvatting(
  plek: HTMLElement,
  fouten: readonly { veld?: Veld; tekst: string }[],
): void {
  if (fouten.length === 0) {
    vervang(plek);
    return;
  }
  const lijst = h(
    "ul",
    { class: "utrecht-unordered-list" },
    ...fouten.map((f) =>
      h(
        "li",
        {},
        f.veld
          ? h(
              "a",
              {
                class: "utrecht-link",
                href: `#${f.veld.invoer.id}`,
                onclick: ((e: Event) => {
                  e.preventDefault();
                  f.veld?.invoer.focus();
                }) as EventListener,
              },
              `${f.veld.label}: ${f.tekst}`,
            )
          : f.tekst,
      ),
    ),
  );
  const kop = h("h2", { class: "utrecht-heading-3", tabindex: -1 }, "Er is iets niet in orde");
  vervang(plek, melding("error", kop, lijst));
  kop.focus();
}

/**
 * A server refusal (422 with veld or a list of overtredingen, 403 with its reason, 409 stale
 * version) on a form: each message next to the field the server names (matched on the first
 * segment of `veld`), all of them in the summary.
 */
export function toonServerFout(plek: HTMLElement, velden: readonly Veld[], fout: unknown): void {
  for (const v of velden) zetFout(v, null);
  // The exact field name first; else the first segment, and for a list ("regels[1].bedrag")
  // the n-th field of that name.
  const vind = (veldNaam?: string) => {
    if (!veldNaam) return undefined;
    const exact = velden.find((x) => x.invoer.name === veldNaam);
    if (exact) return exact;
    const zelfde = velden.filter((x) => x.invoer.name === veldNaam.split(/[.[]/)[0]);
    const index = /^[^.[]*\[(\d+)\]/.exec(veldNaam)?.[1];
    return (index === undefined ? undefined : zelfde[Number(index)]) ?? zelfde[0];
  };
  const punten =
    fout instanceof ApiFout && fout.overtredingen.length > 0
      ? fout.overtredingen.map((o) => ({ veld: vind(o.veld), tekst: o.melding }))
      : [
          {
            veld: fout instanceof ApiFout ? vind(fout.veld) : undefined,
            tekst: `${fout instanceof Error ? fout.message : "Er ging iets mis."}${
              fout instanceof ApiFout && fout.status === 409
                ? " De aanvraag is intussen gewijzigd; laad de pagina opnieuw."
                : ""
            }`,
          },
        ];
  for (const v of velden) {
    const eigen = punten.filter((p) => p.veld === v).map((p) => p.tekst);
    if (eigen.length > 0) zetFout(v, eigen.join(" "));
  }
  foutSamenvatting(plek, punten);
}

/** A status message (role=status) that replaces the previous one, and gets focus. */
export function status(plek: HTMLElement, tekst: string): void {
  const m = melding("ok", tekst);
  m.tabIndex = -1;
  vervang(plek, m);
  m.focus();
}

/** A button; `primair` for the main action of a form. */
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
