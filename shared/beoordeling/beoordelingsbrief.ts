// docs/regels.md §5.4 (seed §4.2.7): the zorgkantoor explains the outcome of the beoordeling in
// writing; the motivation becomes the beoordelingsbrief. This is its content as data — text blocks
// and a table of amounts (formatted with `euro`, §11) — which a PDF renderer lays out later.
import { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { aandeelPersoneel } from "../indiening/begroting.js";
import { procent } from "../indiening/omschrijving.js";
import { type Dag, dagWeergave, vergelijkDag } from "../kalender/tijd.js";
import { type ToekenningVoorstel, toegekendTotaal } from "./toekenning.js";

export type Tekstblok =
  | { soort: "kop"; tekst: string }
  | { soort: "alinea"; tekst: string }
  | {
      soort: "bedragen";
      kolommen: [string, string, string];
      rijen: { omschrijving: string; aangevraagd: string; toegekend: string }[];
    };

export interface Beoordelingsbrief {
  onderwerp: string;
  datum: string;
  aan: string;
  van: string;
  blokken: Tekstblok[];
}

export interface BriefGegevens {
  aanbieder: string;
  zorgkantoor: string;
  jaar: number;
  datum: Dag;
  aangevraagd: { personeel: Decimal; overige: Decimal };
  toekenning: ToekenningVoorstel;
  richtlijnPersoneel: Decimal;
  /** §15.1: the overige lines as decided; each gets its own row under "Overige kosten". */
  overigeRegels?: readonly { omschrijving: string; aangevraagd: Decimal; toegekend: Decimal }[];
}

function besluitTekst(g: BriefGegevens): string {
  const t = g.toekenning;
  if (t.besluit === "afwijzen") {
    const comp = t.compensatie.isZero()
      ? ""
      : ` De compensatiecomponent van ${euro(t.compensatie)} staat hier los van en blijft van kracht.`;
    return `${g.zorgkantoor} heeft uw aanvraag voor het kwaliteitsbudget ${g.jaar} beoordeeld en besloten haar af te wijzen.${comp}`;
  }
  const comp = t.compensatie.isZero()
    ? ""
    : `, waarvan ${euro(t.compensatie)} compensatiecomponent`;
  return `${g.zorgkantoor} heeft uw aanvraag voor het kwaliteitsbudget ${g.jaar} beoordeeld en kent u een kwaliteitsbudget toe van ${euro(
    toegekendTotaal(t),
  )}${comp}.`;
}

function bedragen(g: BriefGegevens): Tekstblok {
  const t = g.toekenning;
  const gevraagd = g.aangevraagd.personeel.plus(g.aangevraagd.overige);
  const rij = (omschrijving: string, aangevraagd: Decimal | undefined, toegekend: Decimal) => ({
    omschrijving,
    aangevraagd: aangevraagd === undefined ? "—" : euro(aangevraagd),
    toegekend: euro(toegekend),
  });
  return {
    soort: "bedragen",
    kolommen: ["", "aangevraagd", "toegekend"],
    rijen: [
      rij("Extra personeel", g.aangevraagd.personeel, t.personeel),
      rij("Overige kosten", g.aangevraagd.overige, t.overige),
      ...(g.overigeRegels ?? []).map((r) => rij(`– ${r.omschrijving}`, r.aangevraagd, r.toegekend)),
      rij("Compensatiecomponent", undefined, t.compensatie),
      rij("Totaal", gevraagd, toegekendTotaal(t)),
    ],
  };
}

function verhouding(g: BriefGegevens): Tekstblok[] {
  const t = g.toekenning;
  const aandeel = aandeelPersoneel(t.personeel, t.overige);
  if (t.besluit === "afwijzen" || aandeel === undefined) return [];
  const afwijkend = aandeel.lt(g.richtlijnPersoneel);
  return [
    {
      soort: "alinea",
      tekst: `Het aandeel extra personeel in de toekenning is ${procent(aandeel)} en het aandeel overige kosten ${procent(
        new Decimal(1).minus(aandeel),
      )}; de richtlijn is ${procent(g.richtlijnPersoneel)} personeel.${
        afwijkend ? " De toekenning wijkt daarmee af van de richtlijn; zie de motivering." : ""
      }`,
    },
  ];
}

function motivering(g: BriefGegevens): Tekstblok[] {
  const alineas = g.toekenning.motivering
    .split(/\n\s*\n/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
  if (alineas.length === 0) return [];
  return [
    { soort: "kop", tekst: "Motivering" },
    ...alineas.map((tekst): Tekstblok => ({ soort: "alinea", tekst })),
  ];
}

function slot(g: BriefGegevens): string {
  if (g.toekenning.besluit === "afwijzen")
    return "Wilt u het besluit bespreken, neem dan contact met ons op. Komen wij samen niet tot overeenstemming, dan kunnen partijen mediation inzetten.";
  // §5: signed by 31 March; a letter dated after it names no date already past.
  const uiterlijk = { jaar: g.jaar, maand: 3, dag: 31 };
  const wanneer =
    vergelijkDag(g.datum, uiterlijk) <= 0
      ? `uiterlijk ${dagWeergave(uiterlijk)}`
      : "zo spoedig mogelijk";
  return `De afspraken worden vastgelegd in een addendum op de overeenkomst, dat ${wanneer} door beide partijen wordt ondertekend.`;
}

/** The content of the beoordelingsbrief: pure data, no layout. */
export function beoordelingsbrief(g: BriefGegevens): Beoordelingsbrief {
  return {
    onderwerp: `Beoordeling aanvraag kwaliteitsbudget ${g.jaar}`,
    datum: dagWeergave(g.datum),
    aan: g.aanbieder,
    van: g.zorgkantoor,
    blokken: [
      { soort: "kop", tekst: `Beoordeling aanvraag kwaliteitsbudget ${g.jaar}` },
      { soort: "alinea", tekst: `Geachte directie van ${g.aanbieder},` },
      { soort: "alinea", tekst: besluitTekst(g) },
      bedragen(g),
      ...verhouding(g),
      ...motivering(g),
      { soort: "alinea", tekst: slot(g) },
      { soort: "alinea", tekst: `Met vriendelijke groet,\n${g.zorgkantoor}` },
    ],
  };
}
