// Form fields for the zorgkantoor pages (WCAG 2.1 AA): the fields, error messages,
// error summary and buttons of lib/invoer.ts (one mechanism for every form of the site), plus the
// field these forms share (amounts and reasons, named after the API's field), their common checks,
// the mapping of a server refusal onto the fields it names, and the submit that ties them together.

import { veldNaam } from "#shared/veldnamen.js";
import { ApiFout } from "./api.js";
import { centen } from "./bedrag.js";
import { h } from "./dom.js";
import {
  type FoutRegel,
  foutSamenvatting,
  knop,
  meldStatus,
  nieuwId,
  omhul,
  type Veld,
  zetFout,
} from "./invoer.js";

export { foutSamenvatting, knop, type Veld, zetFout };

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
  const gemeen = {
    id: nieuwId(naam),
    name: naam,
    "data-veld": naam,
    // aria-required, not required: the browser's :invalid styling would mark an untouched
    // empty field red before the user did anything; our own check shows the error.
    "aria-required": opties.verplicht ? "true" : null,
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
  return omhul("text", label, invoer, opties.beschrijving);
}

/**
 * A server refusal (422 with veld or a list of overtredingen, 403 with its reason, 409 stale
 * version) on a form: each message next to the field the server names (matched on the first
 * segment of `veld`), all of them in the summary.
 */
/** The server names the field by its label; beside the field (which has its own label) that goes. */
export const labelWeg = (melding: string, veld?: string): string => {
  const label = veld ? `${veldNaam(veld)}: ` : "";
  return label && melding.startsWith(label) ? melding.slice(label.length) : melding;
};
const zonderLabel = (melding: string, veld?: string): string => {
  const rest = labelWeg(melding, veld);
  return rest === melding ? melding : zin(rest);
};
const zin = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

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
      ? fout.overtredingen.map((o) => ({
          veld: vind(o.veld),
          tekst: zonderLabel(o.melding, o.veld),
        }))
      : [
          {
            veld: fout instanceof ApiFout ? vind(fout.veld) : undefined,
            tekst: `${fout instanceof ApiFout ? zonderLabel(fout.message, fout.veld) : fout instanceof Error ? fout.message : "Er ging iets mis."}${
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

/** The page's check of an amount: whole cents, not negative (the server checks again). */
export function eisBedrag(v: Veld, voorbeeld: string): FoutRegel[] {
  const c = centen(v.invoer.value);
  return c === null || c < 0n
    ? [{ veld: v, tekst: `Vul een bedrag in, bijvoorbeeld ${voorbeeld}.` }]
    : [];
}

/** The page's check of a field that must be filled in (a reason, a motivation). */
export const eisIngevuld = (v: Veld, tekst: string): FoutRegel[] =>
  v.invoer.value.trim() === "" ? [{ veld: v, tekst }] : [];

/**
 * A form's submit: the page's own checks first (each message at its field, all of them in the
 * summary, nothing sent), then `verstuur`; a refusal lands on the fields the server names.
 */
export function bijVersturen(
  form: HTMLFormElement,
  samenvatting: HTMLElement,
  velden: readonly Veld[],
  controleer: () => readonly FoutRegel[],
  verstuur: () => Promise<void>,
): void {
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const fouten = controleer();
    if (fouten.length > 0) return foutSamenvatting(samenvatting, fouten);
    try {
      await verstuur();
    } catch (fout) {
      toonServerFout(samenvatting, velden, fout);
    }
  });
}

/** A status message (role=status) that replaces the previous one, and gets focus. */
export const status = (plek: HTMLElement, tekst: string): void => meldStatus(plek, tekst, true);
