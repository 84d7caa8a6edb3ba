// The whole aanvraag as the beoordelaar reads it (§4.1), beside the findings of the checks: the
// begroting per year, the verbeterparagraaf per locatie, the verklaringen and the onderbouwing.
// A table of contents and a heading per part keep a long aanvraag navigable; each locatie and
// each overige line is a disclosure. Labels are the wizard's (aanvraag/lijsten.ts), so the
// beoordelaar reads the questions the aanbieder answered.
import type { OpgeslagenInhoud } from "../../lib/apiTypen.js";
import { badge, gegevens, h, tabel } from "../../lib/dom.js";
import { DELEN, TOETSPUNTEN, VERKLARINGEN } from "../aanvraag/lijsten.js";
import type { Verbeterparagraaf } from "../aanvraag/model.js";
import {
  begrotingsjaar,
  type LocatieNaam,
  overigeGegevens,
  vrijeTekst,
} from "./inhoudBegroting.js";

type Locatie = NonNullable<OpgeslagenInhoud["locaties"]>[number];

const locatieTitel = (l: Locatie, i: number): string => l.naam?.trim() || `Locatie ${i + 1}`;

/** Names for the locatie references of the begroting lines. */
export function locatieNamen(inhoud: OpgeslagenInhoud): LocatieNaam {
  const locaties = inhoud.locaties ?? [];
  return (v) => {
    if (!v || v === "organisatiebreed") return "Organisatiebreed";
    const i = locaties.findIndex((l) => l.id === v);
    return i < 0 ? "onbekende locatie" : locatieTitel(locaties[i]!, i);
  };
}

const jaarId = (jaar: number | undefined) => `kb-inhoud-begroting-${jaar}`;

/**
 * The heading id of the part a finding's field lies in ("begroting[1].overige[0].categorie" →
 * that year's begroting), so the findings link to what they are about; null when not shown.
 */
export function deelVanVeld(inhoud: OpgeslagenInhoud | undefined, veld: string): string | null {
  if (!inhoud) return null;
  const jaar = /^begroting\[(\d+)\]/.exec(veld);
  if (jaar) {
    const j = inhoud.begroting?.[Number(jaar[1])];
    return j?.jaar === undefined ? null : jaarId(j.jaar);
  }
  const deel = /^(locaties|verklaringen|onderbouwing)\b/.exec(veld)?.[1];
  return deel ? `kb-inhoud-${deel}` : null;
}

const paragraaf = (tekst: string) => h("p", { class: "utrecht-paragraph" }, tekst);

function locatiesDeel(inhoud: OpgeslagenInhoud): HTMLElement[] {
  const locaties = inhoud.locaties ?? [];
  if (locaties.length === 0) return [paragraaf("De aanvraag noemt geen locaties.")];
  return locaties.map((l, i) =>
    h(
      "details",
      { class: "kb-uitklap" },
      h("summary", {}, locatieTitel(l, i)),
      gegevens(
        (Object.keys(DELEN) as (keyof Verbeterparagraaf)[]).map((d) => [
          DELEN[d],
          vrijeTekst(l.verbeterparagraaf?.[d]),
        ]),
      ),
    ),
  );
}

function verklaringenDeel(inhoud: OpgeslagenInhoud): HTMLElement {
  const gegeven = (inhoud.verklaringen ?? {}) as Record<string, boolean | undefined>;
  return tabel(
    "Verklaringen van de aanbieder",
    ["Verklaring", "Antwoord"],
    Object.entries(VERKLARINGEN).map(([k, label]) => [
      label,
      gegeven[k] === true ? badge("safe", "Bevestigd") : badge("danger", "Niet bevestigd"),
    ]),
  );
}

function onderbouwingDeel(inhoud: OpgeslagenInhoud): HTMLElement {
  const teksten = (inhoud.onderbouwing ?? {}) as Record<string, string | undefined>;
  if (!Object.values(teksten).some((t) => t?.trim()))
    return paragraaf(
      "De aanbieder heeft geen onderbouwing van de verhouding personeel en overige gegeven.",
    );
  return gegevens(Object.entries(TOETSPUNTEN).map(([k, label]) => [label, vrijeTekst(teksten[k])]));
}

/** A part of the aanvraag under its own heading, with the id the table of contents links to. */
const deel = (id: string, kop: string, ...inhoud: Node[]) =>
  h(
    "section",
    { "aria-labelledby": id },
    h("h3", { class: "utrecht-heading-3", id }, kop),
    ...inhoud,
  );

export function inhoudVanAanvraag(inhoud: OpgeslagenInhoud | undefined): HTMLElement {
  if (!inhoud) return paragraaf("Er is nog geen ingediende versie om te lezen.");
  const locatie = locatieNamen(inhoud);
  const jaren = [...(inhoud.begroting ?? [])].sort((a, b) => (a.jaar ?? 0) - (b.jaar ?? 0));
  const inhoudsopgave: [string, string][] = [
    ...jaren.map((j): [string, string] => [jaarId(j.jaar), `Begroting ${j.jaar}`]),
    ["kb-inhoud-locaties", "Verbeterparagrafen per locatie"],
    ["kb-inhoud-verklaringen", "Verklaringen"],
    ["kb-inhoud-onderbouwing", "Onderbouwing"],
  ];
  return h(
    "div",
    {},
    h(
      "nav",
      { "aria-label": "Onderdelen van de aanvraag" },
      h(
        "ul",
        { class: "utrecht-unordered-list" },
        ...inhoudsopgave.map(([id, kop]) =>
          h("li", {}, h("a", { class: "utrecht-link", href: `#${id}` }, kop)),
        ),
      ),
    ),
    ...jaren.map((j) => begrotingsjaar(inhoud, j, locatie, jaarId(j.jaar))),
    deel("kb-inhoud-locaties", "Verbeterparagrafen per locatie", ...locatiesDeel(inhoud)),
    deel("kb-inhoud-verklaringen", "Verklaringen", verklaringenDeel(inhoud)),
    deel("kb-inhoud-onderbouwing", "Onderbouwing", onderbouwingDeel(inhoud)),
  );
}

/**
 * The content of year t's overige lines by id, for the toekenning form: the beoordelaar decides
 * per line with what the line asks for and why in view.
 */
export function overigeToelichting(
  inhoud: OpgeslagenInhoud | undefined,
  jaar: number,
): (regelId: string) => HTMLElement | null {
  const j = inhoud?.begroting?.find((b) => b.jaar === jaar);
  const locatie = inhoud ? locatieNamen(inhoud) : () => "";
  return (id) => {
    const r = j?.overige?.find((o) => o.id === id);
    return r ? overigeGegevens(r, locatie) : null;
  };
}
