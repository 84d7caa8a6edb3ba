// §12 for zorgkantoor-beheer (and landelijk beheer): every change at one zorgkantoor — its cases,
// payment batches, kader and organisation — newest first, as lines "veld: oud → nieuw", a run of
// autosaves as one line, filtered by period and kind, paged with "Meer laden".
import { haal, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { h, melding, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { knop, omhul } from "../../lib/invoer.js";
import { meerLaden } from "../../lib/meerLaden.js";
import { rolNaam, toonbaar, wijzigingTekst } from "./waarden.js";

type Overzicht = Antwoord<"auditVanZorgkantoor">;
type Regel = Rij<"auditVanZorgkantoor", "regels">;

/** A person by e-mail address and role; older records have no address: the role alone. */
export const wieTekst = (w: { rol: string; email?: string }): string => {
  const rol = rolNaam(w.rol);
  return w.email ? `${w.email} (${rol})` : rol;
};

const wijzigingenLijst = (r: Regel) => {
  const lijst = r.wijzigingen.filter((w) => toonbaar(w.veld, w.nieuw ?? w.oud));
  return lijst.length === 0
    ? "—"
    : h(
        "ul",
        { class: "utrecht-unordered-list" },
        ...lijst.map((w) => h("li", {}, wijzigingTekst(w.veld, w.oud, w.nieuw))),
      );
};

function datumVeld(label: string, naam: string) {
  const invoer = h("input", {
    id: `audit-${naam}`,
    name: naam,
    type: "date",
    class: "utrecht-textbox utrecht-textbox--html-input",
  });
  return omhul("text", label, invoer);
}

/** The section: filters, the first page, and "Meer laden" for the rest. */
export function zorgkantoorWijzigingen(zorgkantoorId: string): HTMLElement {
  const basis = `/api/zorgkantoren/${seg(zorgkantoorId)}/audit`;
  const van = datumVeld("Van (datum)", "van");
  const tot = datumVeld("Tot en met (datum)", "tot");
  const lijst = h("div", { "aria-live": "polite" });
  let pad = basis;
  const toon = (eerste: Overzicht) =>
    meerLaden(lijst, eerste, {
      pad,
      rijen: (p: Overzicht) => p.regels,
      toon: (regels: readonly Regel[], meer) =>
        regels.length === 0
          ? melding("info", "Er zijn geen wijzigingen in deze periode.")
          : tabel(
              `Wijzigingen bij dit zorgkantoor (${regels.length}${meer ? " geladen, er zijn er meer" : ""}, nieuwste eerst)`,
              ["Wanneer", "Wat", "Wie", "Reden", "Wijzigingen"],
              regels.map((r) => [
                tijdstip(r.wanneer),
                r.aantal > 1 ? `${r.omschrijving} (${r.aantal} keer opgeslagen)` : r.omschrijving,
                wieTekst(r.wie),
                r.reden ?? "—",
                wijzigingenLijst(r),
              ]),
            ),
    });

  const laad = () => {
    const q = new URLSearchParams();
    if (van.invoer.value) q.set("van", van.invoer.value);
    if (tot.invoer.value) q.set("tot", tot.invoer.value);
    pad = q.size ? `${basis}?${q}` : basis;
    haal<Overzicht>(pad).then(toon, (e) =>
      vervang(lijst, melding("error", `Laden lukte niet: ${(e as Error).message}`)),
    );
  };
  laad();
  return h(
    "section",
    { "aria-labelledby": "audit-zorgkantoor-kop" },
    h("h2", { class: "utrecht-heading-2", id: "audit-zorgkantoor-kop" }, "Alle wijzigingen"),
    h(
      "form",
      {
        onsubmit: ((e: Event) => {
          e.preventDefault();
          laad();
        }) as EventListener,
      },
      van.blok,
      tot.blok,
      knop("Toon wijzigingen", null, "secondary", "submit"),
    ),
    lijst,
  );
}
