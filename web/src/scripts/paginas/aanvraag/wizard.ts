// The wizard's shared state: the content being edited, the fields on screen (by their API path,
// so the §4.2 findings can be put next to them) and the step each field lives on.
import { h } from "../../lib/dom.js";
import { type Veld, zetFout } from "../../lib/invoer.js";
import type { Inhoud } from "./model.js";

export interface Bevinding {
  code: string;
  ernst: string;
  melding: string;
  veld: string;
  bron?: string;
}

export interface Wizard {
  aanvraagId: string;
  jaar: number;
  /** Personeel share the richtlijn asks for ("0.85"), or null when the parameters are unknown. */
  richtlijn: string | null;
  model: Inhoud;
  velden: Map<string, { veld: Veld; stap: number }>;
  /** Called after every edit: live totals and the onderbouwing's visibility follow. */
  gewijzigd(): void;
  /** Re-renders the steps (after adding or removing a line or locatie). */
  herteken(focusPad?: string): void;
}

export function registreer(w: Wizard, stap: number, v: Veld): HTMLElement {
  w.velden.set(v.invoer.dataset.veld ?? "", { veld: v, stap });
  return v.blok;
}

/** The field a finding's `veld` points at: exact, else the first field inside that part. */
export function veldVoor(w: Wizard, pad: string): { veld: Veld; stap: number } | undefined {
  const exact = w.velden.get(pad);
  if (exact) return exact;
  for (const [p, v] of w.velden) if (p.startsWith(`${pad}.`) || p.startsWith(`${pad}[`)) return v;
  return undefined;
}

/** Puts each finding next to its field (blocking ones and warnings; "informeert" only in the list). */
export function toonBevindingen(w: Wizard, bevindingen: readonly Bevinding[]): void {
  for (const { veld } of w.velden.values()) zetFout(veld, null);
  const perVeld = new Map<Veld, string[]>();
  for (const b of bevindingen) {
    if (b.ernst === "informeert") continue;
    const v = veldVoor(w, b.veld)?.veld;
    if (v) perVeld.set(v, [...(perVeld.get(v) ?? []), b.melding]);
  }
  for (const [v, m] of perVeld) zetFout(v, m.join(" "));
}

export const fieldset = (legenda: string, ...inhoud: (Node | null)[]): HTMLFieldSetElement =>
  h(
    "fieldset",
    { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" },
    h(
      "legend",
      { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" },
      legenda,
    ),
    ...inhoud,
  );
