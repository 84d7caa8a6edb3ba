// The read-only summary on the last step: what will be submitted, as the zorgkantoor will read it —
// the locaties with their verbeterparagraaf, the begroting per year and category with its totals,
// the verklaringen and onderbouwing, and the documents. Built from the wizard's content (saved on
// the way to this step), with names instead of the ids the lines point at.
import { aandeel, centen, euro, som } from "../../lib/bedrag.js";
import { gegevens, h, melding, tabel, vervang } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";
import { verstuurdeDocumenten } from "./documenten.js";
import {
  CATEGORIEEN,
  DELEN,
  FUNCTIEGROEPEN,
  MAANDEN,
  TOETSPUNTEN,
  VERKLARINGEN,
} from "./lijsten.js";
import { type Begrotingsjaar, jaarkostenCenten, totalen, type Verbeterparagraaf } from "./model.js";
import { onderbouwingNodig } from "./verklaringen.js";
import type { Wizard } from "./wizard.js";

const naamUit = (lijst: readonly [string, string][], code: string): string =>
  lijst.find(([c]) => c === code)?.[1] ?? code;

/** Hundredths of an fte → "10,00 fte"; a value that cannot be read yet shows as typed. */
function fte(invoer: string): string {
  const c = centen(invoer || "0");
  return c === null ? `${invoer} fte` : `${euro(c).replace("€ ", "")} fte`;
}

const leeg = (tekst: string): string => (tekst.trim() === "" ? "niet ingevuld" : tekst);

const h3 = (tekst: string) => h("h3", { class: "utrecht-heading-3" }, tekst);
const alinea = (tekst: string) => h("p", { class: "utrecht-paragraph" }, tekst);

function locaties(w: Wizard): HTMLElement[] {
  if (w.model.locaties.length === 0) return [alinea("U heeft geen locaties opgegeven.")];
  return w.model.locaties.flatMap((l, i) => [
    h("h4", { class: "utrecht-heading-4" }, l.naam.trim() || `Locatie ${i + 1}`),
    gegevens(
      (Object.keys(DELEN) as (keyof Verbeterparagraaf)[]).map((d) => [
        DELEN[d],
        leeg(l.verbeterparagraaf[d]),
      ]),
    ),
  ]);
}

/** One year: each line with its locatie, the totals per category and of the year. */
function begrotingsjaar(w: Wizard, j: Begrotingsjaar): HTMLElement[] {
  const locatie = (id: string) =>
    id === "organisatiebreed"
      ? "organisatiebreed"
      : w.model.locaties.find((l) => l.id === id)?.naam.trim() || "locatie zonder naam";
  const t = totalen(j);
  const fteTotaal = som(j.personeel.map((r) => centen(r.fte || "0") ?? 0n));
  const rijen: string[][] = [
    ...j.personeel.map((r) => {
      const kosten = jaarkostenCenten(r);
      return [
        `Personeel: ${naamUit(FUNCTIEGROEPEN, r.functiegroep)} (${r.soort}), ${locatie(r.locatie)}, vanaf ${naamUit(MAANDEN, r.ingangsmaand)}`,
        fte(r.fte),
        kosten === null ? "nog niet leesbaar" : euro(kosten),
      ];
    }),
    ["Totaal personeel", `${euro(fteTotaal).replace("€ ", "")} fte`, euro(t.personeel)],
    ...j.overige.map((r) => [
      `Overige kosten, ${naamUit(CATEGORIEEN, r.categorie)}: ${leeg(r.omschrijving)}, ${locatie(r.locatie)}`,
      "",
      centen(r.bedrag || "0") === null ? "nog niet leesbaar" : euro(r.bedrag || "0"),
    ]),
    ["Totaal overige kosten", "", euro(t.overige)],
    [`Totaal ${j.jaar}`, "", euro(t.totaal)],
  ];
  return [
    tabel(`Begroting ${j.jaar}`, ["Onderdeel", "Extra fte", "Bedrag"], rijen, [1, 2]),
    alinea(`Aandeel personeel in ${j.jaar}: ${aandeel(t.personeel, t.totaal)}.`),
  ];
}

function verklaringen(w: Wizard): HTMLElement[] {
  const nodig = onderbouwingNodig(w);
  return [
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      ...Object.entries(VERKLARINGEN).map(([k, label]) =>
        h(
          "li",
          {},
          `${label}: ${w.model.verklaringen[k] === true ? "bevestigd" : "niet bevestigd"}`,
        ),
      ),
    ),
    h("h4", { class: "utrecht-heading-4" }, "Onderbouwing van de afwijkende verhouding"),
    nodig
      ? gegevens(
          Object.entries(TOETSPUNTEN).map(([k, label]) => [
            label,
            leeg(w.model.onderbouwing[k] ?? ""),
          ]),
        )
      : alinea("Niet nodig: het aandeel personeel voldoet aan de richtlijn."),
  ];
}

/** The uploaded documents, filled in once the list has arrived. */
function documenten(w: Wizard): HTMLElement {
  const plek = h("div", {}, alinea("De documenten worden geladen…"));
  verstuurdeDocumenten(w.aanvraagId)
    .then((docs) => {
      const goed = docs.filter((d) => d.status === "geaccepteerd");
      vervang(
        plek,
        goed.length === 0
          ? alinea("U heeft nog geen documenten geüpload.")
          : h(
              "ul",
              { class: "utrecht-unordered-list" },
              ...goed.map((d) => h("li", {}, `${d.naam} (${d.soort})`)),
            ),
      );
    })
    .catch((e) =>
      vervang(
        plek,
        melding("warning", `De documenten konden niet worden geladen: ${foutTekst(e)}`),
      ),
    );
  return plek;
}

export function samenvatting(w: Wizard): HTMLElement {
  return h(
    "div",
    {},
    alinea("Dit is wat u indient. Wilt u iets wijzigen, ga dan terug naar de stap waar het staat."),
    h3("Locaties en verbeterparagraaf"),
    ...locaties(w),
    h3("Begroting"),
    ...w.model.begroting.flatMap((j) => begrotingsjaar(w, j)),
    h3("Verklaringen"),
    ...verklaringen(w),
    h3("Documenten"),
    documenten(w),
  );
}
