// The meerjarenbegroting as the beoordelaar reads it (§4.1.3): per year a table of the personeel
// lines (fte, loonkosten per fte and what the line costs in that year), the year's totals, and
// each overige line with its SMART parts behind a disclosure, so a long begroting stays scannable.
import { MAANDNAMEN } from "#shared/kalender/maandnamen.js";
import type { OpgeslagenInhoud } from "../../lib/apiTypen.js";
import { aandeel, afgerond, centen, euro, som } from "../../lib/bedrag.js";
import { datum, gegevens, h, tabel } from "../../lib/dom.js";
import { CATEGORIEEN, FUNCTIEGROEPEN, SMART } from "../aanvraag/lijsten.js";
import type { Smart } from "../aanvraag/model.js";
import { aangevraagd, regelCenten } from "./aangevraagd.js";

export type Begrotingsjaar = NonNullable<OpgeslagenInhoud["begroting"]>[number];
type Personeelsregel = NonNullable<Begrotingsjaar["personeel"]>[number];
export type OverigeRegel = NonNullable<Begrotingsjaar["overige"]>[number];
/** A locatie reference (an id or "organisatiebreed") as its name: never the id itself. */
export type LocatieNaam = (verwijzing: string | undefined) => string;

const FUNCTIEGROEP = new Map(FUNCTIEGROEPEN);
const CATEGORIE = new Map(CATEGORIEEN);
const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A text the aanbieder wrote, its line breaks kept; an empty one says so. */
export function vrijeTekst(s: string | undefined): HTMLElement {
  return s?.trim()
    ? h("span", { class: "kb-vrije-tekst" }, s.trim())
    : h("span", { class: "kb-niet-ingevuld" }, "Niet ingevuld");
}

/** "2.5" → "2,50 fte" (§11: two decimals, Dutch notation). */
const fte = (s: string | undefined): string => `${afgerond(s || "0", 2)} fte`;

/** Cost per fte per year: the loondienst sum with its three parts below it, or the inhuur price. */
function kostenCel(r: Personeelsregel): HTMLElement {
  if (!("loonkostenPerFte" in r))
    return h("span", {}, euro(("kostenPerFte" in r && r.kostenPerFte) || "0"));
  const l = r.loonkostenPerFte ?? {};
  const delen: [string, string | undefined][] = [
    ["direct", l.direct],
    ["indirect", l.indirect],
    ["premies", l.premies],
  ];
  return h(
    "span",
    {},
    euro(som(delen.map(([, b]) => centen(b ?? "") ?? 0n))),
    ...delen.map(([n, b]) => h("span", { class: "kb-opbouw" }, `${n} ${euro(b || "0")}`)),
  );
}

function personeelTabel(j: Begrotingsjaar, locatie: LocatieNaam): HTMLElement {
  const regels = j.personeel ?? [];
  if (regels.length === 0)
    return h("p", { class: "utrecht-paragraph" }, `Geen personeelsregels in ${j.jaar}.`);
  return tabel(
    `Personeel ${j.jaar}`,
    [
      "Functiegroep",
      "Soort",
      "Locatie",
      "Extra fte",
      "Ingangsmaand",
      "Kosten per fte per jaar",
      `Bedrag ${j.jaar}`,
    ],
    regels.map((r) => [
      hoofdletter(FUNCTIEGROEP.get(r.functiegroep ?? "") ?? "onbekende functiegroep"),
      r.soort === "inhuur" ? "Inhuur" : "Loondienst",
      locatie(r.locatie),
      fte(r.fte),
      MAANDNAMEN[(r.ingangsmaand ?? 1) - 1] ?? "onbekend",
      kostenCel(r),
      euro(regelCenten(r)),
    ]),
    [3, 5, 6],
  );
}

/** An overige line's content: what, where, how much, and its SMART parts. */
export function overigeGegevens(r: OverigeRegel, locatie: LocatieNaam): HTMLElement {
  const smart = (r.smart ?? {}) as Partial<Smart>;
  return gegevens([
    ["Categorie", hoofdletter(CATEGORIE.get(r.categorie ?? "") ?? "onbekende categorie")],
    ["Locatie", locatie(r.locatie)],
    ["Aangevraagd bedrag", euro(r.bedrag || "0")],
    ...(Object.keys(SMART) as (keyof Smart)[]).map((k): [string, Node] => {
      const w = smart[k];
      const isDatum = k.endsWith("datum") && w && /^\d{4}-\d{2}-\d{2}$/.test(w);
      return [SMART[k], isDatum ? h("span", {}, datum(w)) : vrijeTekst(w)];
    }),
  ]);
}

export const overigeTitel = (r: OverigeRegel): string =>
  r.omschrijving?.trim() || "Regel zonder omschrijving";

function overigeLijst(j: Begrotingsjaar, locatie: LocatieNaam): HTMLElement[] {
  const regels = j.overige ?? [];
  if (regels.length === 0)
    return [h("p", { class: "utrecht-paragraph" }, `Geen overige regels in ${j.jaar}.`)];
  return regels.map((r) =>
    h(
      "details",
      { class: "kb-uitklap" },
      h("summary", {}, `${overigeTitel(r)}: ${euro(r.bedrag || "0")}`),
      overigeGegevens(r, locatie),
    ),
  );
}

/** One year of the begroting under its own heading (id for the table of contents). */
export function begrotingsjaar(
  inhoud: OpgeslagenInhoud,
  j: Begrotingsjaar,
  locatie: LocatieNaam,
  kopId: string,
): HTMLElement {
  const t = aangevraagd(inhoud as Record<string, unknown>, j.jaar ?? 0);
  const totaal = t.personeel + t.overige;
  return h(
    "section",
    { "aria-labelledby": kopId },
    h("h3", { class: "utrecht-heading-3", id: kopId }, `Begroting ${j.jaar}`),
    tabel(
      `Totalen ${j.jaar}`,
      ["Personeel", "Overige", "Totaal", "Aandeel personeel"],
      [[euro(t.personeel), euro(t.overige), euro(totaal), aandeel(t.personeel, totaal)]],
      [0, 1, 2, 3],
    ),
    h("h4", { class: "utrecht-heading-4" }, "Personeel"),
    personeelTabel(j, locatie),
    h("h4", { class: "utrecht-heading-4" }, "Overige kosten"),
    ...overigeLijst(j, locatie),
  );
}
