// The herschikking's figures per aanbieder, in the rulebook's words: per category the agreement
// (A), the approved aanvraag (Q, the cap) and the prognose (P), and on the total the verlaging, the
// vraag, the verhoging and the proposal — so the zorgkantoor sees why the proposal is what it is
// before changing it. With a laid-down proposal, the aanbieder's written response beside it.
import type { Rij } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { datum, h, tabel } from "../../lib/dom.js";

type Regel = Rij<"herschikkingsvoorstel", "regels">;
type Reactie = { tekst: string; op: string } | null | undefined;

const BRON: Record<Regel["prognoseBron"], string> = {
  oktober: "de realisatie van oktober",
  juli: "de realisatie van juli",
  mei: "de realisatie van mei",
  afspraak: "de afspraak (er is geen realisatie)",
};

const KOPPEN = [
  "Categorie",
  "Afspraak (A)",
  "Goedgekeurde aanvraag (Q)",
  "Prognose (P)",
  "Verlaging",
  "Vraag",
  "Verhoging",
  "Voorstel",
] as const;

/** What the columns mean, once above the tables. */
export function uitleg(): HTMLElement {
  return h(
    "div",
    {},
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Per aanbieder: de afspraak (A), de goedgekeurde aanvraag (Q, het plafond) en de prognose voor het jaar (P), per categorie en samen. De verlaging is A min P als het geld niet is besteed zoals afgesproken; de vraag is P (hoogstens Q) min A. Is de ruimte kleiner dan de totale vraag, dan krijgt elke vraag haar deel naar rato: dat is de verhoging. Verlaging, vraag en verhoging gelden voor het totaal van de aanbieder; het voorstel per categorie is de verdeling van het nieuwe totaal.",
    ),
  );
}

const of = (b: string | null | undefined) => (b === null || b === undefined ? "—" : euro(b));

/** A category's row: A, Q and P; verlaging, vraag and verhoging hold for the total only. */
const categorieRij = (
  naam: string,
  c: Regel["perCategorie"]["personeel"],
  nieuw: string | undefined,
) => [naam, euro(c.afspraak), euro(c.aangevraagd), of(c.prognose), "—", "—", "—", of(nieuw)];

/** One aanbieder's figures; `reactie` is the response to the laid-down proposal, if any. */
export function cijferTabel(r: Regel, naam: string, reactie: Reactie): HTMLElement {
  const c = r.perCategorie;
  const v = r.verdeling;
  return h(
    "div",
    {},
    tabel(
      `Herschikking ${naam}`,
      KOPPEN,
      [
        categorieRij("Personeel", c.personeel, v?.personeel.nieuw),
        categorieRij("Overige kosten", c.overige, v?.overige.nieuw),
        [
          "Totaal",
          euro(r.afspraak),
          euro(r.aangevraagd),
          euro(r.prognose),
          euro(r.verlaging),
          euro(r.vraag),
          euro(r.verhoging),
          euro(r.nieuweAfspraak),
        ],
      ],
      [1, 2, 3, 4, 5, 6, 7],
    ),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `De prognose komt uit ${BRON[r.prognoseBron]}${r.prognoseBron === "oktober" ? "" : "; een prognose per categorie komt alleen uit de realisatie van oktober"}.`,
    ),
    reactie
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          h("strong", {}, `Reactie van de aanbieder (${datum(reactie.op)}): `),
          reactie.tekst,
        )
      : null,
  );
}
