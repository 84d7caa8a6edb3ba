// docs/regels.md §4.2, the checks on the content of the kwaliteitsplan: the document itself, the
// verbeterparagraaf per locatie (seed §4.2.2), SMART onderbouwing of overige lines (seed §4.2.3,
// §4.2.5) and the verklaringen of §4.1.4.
import { vergelijkDag } from "../kalender/tijd.js";
import {
  type Aanvraag,
  ingevuld,
  VERBETERPARAGRAAF_DELEN,
  VERKLARINGEN,
  type VerbeterparagraafDeel,
  type Verklaring,
} from "./aanvraag.js";
import { ORGANISATIEBREED, type OverigeRegel } from "./begrotingsregels.js";
import { type Bevinding, bevinding } from "./bevinding.js";
import { locatieNaam, opsomming, overigeRegelNaam, veldVoor, volgnummer } from "./omschrijving.js";

export function kwaliteitsplan(aanvraag: Aanvraag): Bevinding[] {
  if (aanvraag.documenten.some((d) => d.soort === "kwaliteitsplan")) return [];
  return [
    bevinding(
      "KWALITEITSPLAN_ONTBREEKT",
      "blokkeert",
      "documenten",
      "Er is geen kwaliteitsplan toegevoegd; voeg het kwaliteitsplan (PDF) toe aan de aanvraag.",
    ),
  ];
}

const DELEN = Object.keys(VERBETERPARAGRAAF_DELEN) as VerbeterparagraafDeel[];

/**
 * Every locatie the aanvraag touches needs all four parts: the locaties listed in the aanvraag,
 * and every locatie a begroting line refers to (a line for an unlisted locatie has none at all).
 */
export function verbeterparagrafen(aanvraag: Aanvraag): Bevinding[] {
  const uit: Bevinding[] = [];
  aanvraag.locaties.forEach((l, i) => {
    const ontbrekend = DELEN.filter((d) => !ingevuld(l.verbeterparagraaf[d]));
    if (ontbrekend.length === 0) return;
    uit.push(
      bevinding(
        "VERBETERPARAGRAAF_ONVOLLEDIG",
        "blokkeert",
        veldVoor(`locaties[${i}].verbeterparagraaf`, ontbrekend),
        `De verbeterparagraaf van ${locatieNaam(aanvraag, l.id)} mist: ${opsomming(
          ontbrekend.map((d) => VERBETERPARAGRAAF_DELEN[d]),
        )}.`,
      ),
    );
  });
  const bekend = new Set(aanvraag.locaties.map((l) => l.id));
  const gemeld = new Set<string>();
  aanvraag.begroting.forEach((jaar, i) => {
    const verwijzingen = [
      ...jaar.personeel.map((r, j) => ({ locatie: r.locatie, pad: `personeel[${j}]`, n: j })),
      ...jaar.overige.map((r, j) => ({ locatie: r.locatie, pad: `overige[${j}]`, n: j })),
    ];
    for (const v of verwijzingen) {
      if (v.locatie === ORGANISATIEBREED || bekend.has(v.locatie) || gemeld.has(v.locatie))
        continue;
      gemeld.add(v.locatie);
      const regel = v.pad.startsWith("personeel") ? "personeelsregel" : "overige regel";
      uit.push(
        bevinding(
          "VERBETERPARAGRAAF_ONVOLLEDIG",
          "blokkeert",
          `begroting[${i}].${v.pad}.locatie`,
          `Locatie "${v.locatie}" wordt gebruikt in ${regel} ${volgnummer(v.n)} in ${jaar.jaar}, maar heeft geen verbeterparagraaf; voeg de locatie met haar verbeterparagraaf toe.`,
        ),
      );
    }
  });
  return uit;
}

const SMART_DELEN = {
  omschrijving: "omschrijving",
  "smart.specifiekDoel": "specifiek doel",
  "smart.meetbaarResultaat": "meetbaar resultaat/indicator",
  "smart.haalbaarheid": "haalbaarheid",
  "smart.relevantie": "relevantie voor het kwaliteitsplan",
  "smart.startdatum": "startdatum",
  "smart.einddatum": "einddatum",
} as const;

function ontbrekendeSmartDelen(r: OverigeRegel): (keyof typeof SMART_DELEN)[] {
  const aanwezig: Record<keyof typeof SMART_DELEN, boolean> = {
    // [portal rule] a line without omschrijving cannot be specific either: reported here too.
    omschrijving: ingevuld(r.omschrijving),
    "smart.specifiekDoel": ingevuld(r.smart.specifiekDoel),
    "smart.meetbaarResultaat": ingevuld(r.smart.meetbaarResultaat),
    "smart.haalbaarheid": ingevuld(r.smart.haalbaarheid),
    "smart.relevantie": ingevuld(r.smart.relevantie),
    "smart.startdatum": r.smart.startdatum !== undefined,
    "smart.einddatum": r.smart.einddatum !== undefined,
  };
  return (Object.keys(aanwezig) as (keyof typeof SMART_DELEN)[]).filter((k) => !aanwezig[k]);
}

/** Every overige line of every year needs its full SMART onderbouwing. */
export function smart(aanvraag: Aanvraag): Bevinding[] {
  const uit: Bevinding[] = [];
  aanvraag.begroting.forEach((jaar, i) => {
    jaar.overige.forEach((r, j) => {
      const pad = `begroting[${i}].overige[${j}]`;
      const naam = overigeRegelNaam(r, j, jaar.jaar);
      const ontbrekend = ontbrekendeSmartDelen(r);
      if (ontbrekend.length > 0) {
        uit.push(
          bevinding(
            "SMART_ONVOLLEDIG",
            "blokkeert",
            veldVoor(pad, ontbrekend),
            `De SMART-onderbouwing van ${naam} mist: ${opsomming(ontbrekend.map((k) => SMART_DELEN[k]))}.`,
          ),
        );
      }
      const { startdatum, einddatum } = r.smart;
      // [portal rule] an end before the start is no achievable (haalbare) planning: it blocks.
      if (startdatum && einddatum && vergelijkDag(einddatum, startdatum) < 0) {
        uit.push(
          bevinding(
            "SMART_ONVOLLEDIG",
            "blokkeert",
            `${pad}.smart.einddatum`,
            `De einddatum van ${naam} ligt vóór de startdatum.`,
          ),
        );
      }
    });
  });
  return uit;
}

export function verklaringen(aanvraag: Aanvraag): Bevinding[] {
  return (Object.keys(VERKLARINGEN) as Verklaring[])
    .filter((v) => aanvraag.verklaringen[v] !== true)
    .map((v) =>
      bevinding(
        "VERKLARING_ONTBREEKT",
        "blokkeert",
        `verklaringen.${v}`,
        `De verklaring "${VERKLARINGEN[v]}" is niet bevestigd.`,
      ),
    );
}
