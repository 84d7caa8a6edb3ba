// The versions of an aanvraag and the differences between two of them (§4.3): after a request
// for aanvulling the aanbieder submits a new version; the beoordelaar sees what changed.

import { veldNaam } from "#shared/veldnamen.js";
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { datum, h, melding, tabel, vervang } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";

/** A value as text: amounts ("1234.50") as euros, objects as compact JSON. */
function waarde(v: unknown): string {
  if (v === undefined) return "—";
  if (typeof v === "string") return /^-?\d+\.\d{2}$/.test(v) ? euro(v) : v;
  return JSON.stringify(v);
}

function keuzeVeld(id: string, label: string, max: number, gekozen: number): HTMLElement {
  return h(
    "div",
    { class: "utrecht-form-field" },
    h(
      "div",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label", for: id }, label),
    ),
    h(
      "select",
      { class: "utrecht-select utrecht-select--html-select", id },
      ...Array.from({ length: max }, (_, i) =>
        h("option", { value: i + 1, selected: i + 1 === gekozen }, `Versie ${i + 1}`),
      ),
    ),
  );
}

export async function verschilSectie(id: string, laatste: number): Promise<HTMLElement> {
  const versies = await haal<Antwoord<"aanvraagVersies">>(`/api/aanvragen/${seg(id)}/versies`);
  const lijst = tabel(
    "Versies van de aanvraag",
    ["Versie", "Status", "Ingediend op"],
    versies.versies.map((v) => [
      v.nummer,
      v.status === "ingediend" ? "Ingediend" : "Concept",
      v.ingediendOp ? datum(v.ingediendOp) : "—",
    ]),
  );
  if (laatste < 2)
    return h(
      "div",
      {},
      lijst,
      h(
        "p",
        { class: "utrecht-paragraph" },
        "Er is één versie; er zijn geen verschillen te tonen.",
      ),
    );
  const uitkomst = h("div", { "aria-live": "polite" });
  const van = keuzeVeld("kb-verschil-van", "Van versie", laatste, laatste - 1);
  const naar = keuzeVeld("kb-verschil-naar", "Naar versie", laatste, laatste);
  const toon = async (v: number, n: number) => {
    try {
      const r = await haal<Antwoord<"versieverschil">>(
        `/api/aanvragen/${seg(id)}/verschil?van=${v}&naar=${n}`,
      );
      vervang(
        uitkomst,
        r.verschillen.length === 0
          ? melding("info", `Versie ${v} en ${n} zijn gelijk.`)
          : tabel(
              `Verschillen tussen versie ${v} en versie ${n}`,
              ["Veld", `Versie ${v}`, `Versie ${n}`],
              r.verschillen.map((d) => [veldNaam(d.pad), waarde(d.voor), waarde(d.na)]),
            ),
      );
    } catch (e) {
      vervang(uitkomst, melding("error", foutTekst(e)));
    }
  };
  const form = h(
    "form",
    { class: "kb-keuze", "aria-label": "Versies vergelijken" },
    van,
    naar,
    h(
      "button",
      { type: "submit", class: "utrecht-button utrecht-button--secondary-action" },
      "Vergelijk",
    ),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const w = (sel: string) => Number((form.querySelector(sel) as HTMLSelectElement).value);
    void toon(w("#kb-verschil-van"), w("#kb-verschil-naar"));
  });
  await toon(laatste - 1, laatste);
  return h("div", {}, lijst, form, uitkomst);
}
