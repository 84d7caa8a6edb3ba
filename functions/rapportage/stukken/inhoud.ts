// The content of the addendum (docs/regels.md §5, §6) and the vaststelling (§9.3) as letters
// (the Brief of functions/lib/stukbrief.ts, laid out as PDF by functions/stukken/opmaak.ts), made from
// stored data only: the agreement history, the signatures, the voorschot agreement and the
// approved vaststelling. Amounts "€ 1.234,56", dates dd-mm-jjjj in Europe/Amsterdam (§11). The
// beoordelingsbrief's content is shared/beoordeling's (briefVan).
import type { Beoordelingsbrief } from "#shared/beoordeling/beoordelingsbrief.js";
import { type Briefsoort, bezwaarclausule, kenmerk } from "#shared/brieven/brief.js";
import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import { VORDERINGSTATUS_LABEL, type Vordering } from "#shared/grootboek/vordering.js";
import { procent } from "#shared/indiening/omschrijving.js";
import { type Dag, dagVan, dagWeergave } from "#shared/kalender/tijd.js";
import type { AfspraakSamenvatting } from "../../data/aanvragen.js";
import type { Blok, Brief } from "../../lib/stukbrief.js";
import type { VaststellingOpslag } from "../../nacalculatie/antwoord.js";

/** "31-12-2019" of an ISO instant or "YYYY-MM-DD" day, as the Amsterdam calendar day. */
export const datum = (x: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(x)
    ? x.split("-").reverse().join("-")
    : dagWeergave(dagVan(new Date(x)));

/** The Amsterdam calendar day of an ISO instant or "YYYY-MM-DD" day. */
export const dagUit = (x: string): Dag => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(x);
  return m ? { jaar: +m[1]!, maand: +m[2]!, dag: +m[3]! } : dagVan(new Date(x));
};

const bedrag = (x: string): string => euro(new Decimal(x));

/** The addressee and the kenmerk of a letter of this kind to these parties. */
export const adressering = (p: Partijen, soort: Briefsoort, volgnummer = 1) => ({
  van: p.zorgkantoor,
  aan: p.aanbieder,
  aanAdres: p.aanbiederAdres,
  kenmerk: kenmerk({
    soort,
    jaar: p.jaar,
    zorgkantoorId: p.zorgkantoorId,
    agbCode: p.agbCode ?? "onbekend",
    volgnummer,
  }),
});

/** The bezwaar clause of a besluit letter (Awb), before its closing. */
export const bezwaarBlokken = (p: Partijen, dagtekening: Dag): Blok[] => [
  { soort: "kop", tekst: "Bezwaar" },
  { soort: "alinea", tekst: bezwaarclausule(p.zorgkantoor, dagtekening) },
];

/**
 * shared/beoordeling's letter (kop/alinea/bedragen blocks) as a Brief for the layout, with the
 * bezwaar clause before its closing greeting (the last block).
 */
export function briefVan(b: Beoordelingsbrief, p: Partijen, dagtekening: Dag): Brief {
  const blokken = b.blokken.map((x): Blok => {
    if (x.soort !== "bedragen") return x;
    return {
      soort: "tabel",
      // A heading starts with a capital in a letter ("aangevraagd" → "Aangevraagd").
      kolommen: ["", ...x.kolommen.slice(1).map((k) => k.charAt(0).toUpperCase() + k.slice(1))],
      rijen: x.rijen.map((r) => [r.omschrijving, r.aangevraagd, r.toegekend]),
      totaalrij: true,
    };
  });
  return {
    titel: b.onderwerp,
    ...adressering(p, "beoordelingsbrief"),
    van: b.van,
    aan: b.aan,
    datum: b.datum,
    onderwerp: b.onderwerp,
    blokken: [...blokken.slice(0, -1), ...bezwaarBlokken(p, dagtekening), ...blokken.slice(-1)],
  };
}

export interface Partijen {
  aanbieder: string;
  /** Its address lines under the name; empty when its record has no postadres. */
  aanbiederAdres: string[];
  zorgkantoorId: string;
  nzaNummer: string | null;
  agbCode: string | null;
  zorgkantoor: string;
  jaar: number;
}

/** §15.1: an overige line of the agreement as a letter names it. */
export interface RegelBedrag {
  omschrijving: string;
  bedrag: string;
}

const afspraakTabel = (
  a: AfspraakSamenvatting,
  totaal: string,
  regels: readonly RegelBedrag[] = [],
): Blok => ({
  soort: "tabel",
  kolommen: ["Onderdeel", "Bedrag"],
  rijen: [
    ["Extra personeel", bedrag(a.personeel)],
    ["Overige kosten", bedrag(a.overige)],
    ...regels.map((r) => [`– ${r.omschrijving}`, bedrag(r.bedrag)]),
    ["Compensatiecomponent", bedrag(a.compensatie)],
    [totaal, bedrag(a.totaal)],
  ],
  totaalrij: true,
});

export interface AddendumGegevens extends Partijen {
  /** The agreement the addendum lays down (the initial one, §5). */
  afspraak: AfspraakSamenvatting;
  /** §15.1: its overige lines, as the toekenning agreed them. */
  overigeRegels?: readonly RegelBedrag[];
  /** The agreement in force when it differs (after a herschikking, §8). */
  geldend?: AfspraakSamenvatting;
  voorschotpercentage: Decimal;
  /** Per party: the signing instant or day; null when not (yet) signed. */
  getekend: { aanbieder: string | null; zorgkantoor: string | null };
  /** The letter's date: the day both signed, else the decision's day. */
  datum: string;
}

export function addendum(g: AddendumGegevens): Brief {
  const wie = [g.nzaNummer && `NZa-nummer ${g.nzaNummer}`, g.agbCode && `AGB-code ${g.agbCode}`]
    .filter(Boolean)
    .join(", ");
  const handtekening = (x: string | null) =>
    x ? `ondertekend op ${datum(x)}` : "nog niet ondertekend";
  const blokken: Blok[] = [
    { soort: "kop", tekst: `Addendum kwaliteitsbudget ${g.jaar}` },
    {
      soort: "alinea",
      tekst: `Dit addendum bij de overeenkomst Wlz tussen ${g.zorgkantoor} en ${g.aanbieder}${wie ? ` (${wie})` : ""} legt de afspraak over het kwaliteitsbudget verpleeghuiszorg ${g.jaar} vast.`,
    },
    afspraakTabel(g.afspraak, "Afgesproken kwaliteitsbudget", g.overigeRegels),
    {
      soort: "alinea",
      tekst: `Het zorgkantoor betaalt maandelijks een voorschot van ${procent(g.voorschotpercentage)} van het afgesproken kwaliteitsbudget. Na afloop van het jaar volgt de nacalculatie, waarin het kwaliteitsbudget wordt vastgesteld op de gerealiseerde kosten, ten hoogste de afspraak.`,
    },
    ...(g.geldend && g.geldend.nummer !== g.afspraak.nummer
      ? [
          {
            soort: "alinea" as const,
            tekst: `Bij de herschikking is de afspraak gewijzigd in ${bedrag(g.geldend.totaal)} (afspraak ${g.geldend.nummer}).`,
          },
        ]
      : []),
    { soort: "kop", tekst: "Ondertekening" },
    {
      soort: "tabel",
      kolommen: ["Partij", "Handtekening"],
      rijen: [
        [`Zorgaanbieder: ${g.aanbieder}`, handtekening(g.getekend.aanbieder)],
        [`Zorgkantoor: ${g.zorgkantoor}`, handtekening(g.getekend.zorgkantoor)],
      ],
    },
  ];
  // An agreement both parties sign, not a besluit: no bezwaar clause (docs/regels.md "Letters").
  return {
    titel: `Addendum kwaliteitsbudget ${g.jaar}`,
    ...adressering(g, "addendum"),
    datum: g.datum,
    onderwerp: `Addendum kwaliteitsbudget ${g.jaar}`,
    blokken,
  };
}

/** The stored vaststelling (amounts and the moment of the second signature), who signed aside. */
export interface VaststellingGegevens
  extends Partijen,
    Omit<VaststellingOpslag, "voorgesteldDoor" | "goedgekeurdDoor"> {
  afgesproken: AfspraakSamenvatting | undefined;
  /** The agreement version of kind vaststelling: the eligible amounts (§9.3). */
  vastgesteldeAfspraak: AfspraakSamenvatting;
  /** §15.4: the case's vordering as the ledger has it when the letter is made, and that moment. */
  vordering?: { stand: Vordering; op: Date };
}

/** §15.4: the vordering with its due date and its status when the letter is made. */
function vorderingBlokken(g: VaststellingGegevens): Blok[] {
  if (!g.vordering) return [];
  const v = g.vordering.stand;
  return [
    { soort: "kop", tekst: "Terugvordering" },
    {
      soort: "tabel",
      kolommen: ["", "Bedrag"],
      rijen: [
        ["Terug te betalen", euro(v.bedrag)],
        ["Ontvangen", euro(v.ontvangen)],
        ["Verrekend", euro(v.verrekend)],
        ["Nog te betalen", euro(v.open)],
      ],
      totaalrij: true,
    },
    {
      soort: "alinea",
      tekst: `Stand op ${dagWeergave(dagVan(g.vordering.op))}: ${VORDERINGSTATUS_LABEL[v.status]}${
        v.vervaldatum ? `; te betalen uiterlijk ${dagWeergave(v.vervaldatum)}` : ""
      }.`,
    },
  ];
}

function saldoTekst(g: VaststellingGegevens): string {
  const d = (x: string) => new Decimal(x);
  const delen = [
    d(g.nabetaling).gt(0) &&
      (d(g.nabetalingVerrekend ?? "0").gt(0)
        ? `Het zorgkantoor betaalt u ${bedrag(g.nabetaling)} na. Daarvan wordt ${bedrag(
            g.nabetalingVerrekend!,
          )} verrekend met wat u over een ander jaar nog moet terugbetalen; u ontvangt ${bedrag(
            d(g.nabetaling).minus(g.nabetalingVerrekend!).toFixed(2),
          )}.`
        : `Het zorgkantoor betaalt u ${bedrag(g.nabetaling)} na.`),
    d(g.verrekening).gt(0) &&
      `${bedrag(g.verrekening)} wordt verrekend met wat u in een ander jaar nog tegoed heeft.`,
    d(g.terugvordering).gt(0) &&
      `Het zorgkantoor vordert ${bedrag(g.terugvordering)} van u terug${
        g.vervaldatum ? `; te betalen uiterlijk ${datum(g.vervaldatum)}` : ""
      }.`,
  ].filter((x): x is string => typeof x === "string");
  const h = g.herziening;
  if (h && d(h.gecorrigeerd).gt(0))
    delen.unshift(
      `Nog openstaande betaalopdrachten of vorderingen zijn met ${bedrag(h.gecorrigeerd)} gecorrigeerd.`,
    );
  return delen.length > 0 ? delen.join(" ") : "Er valt niets na te betalen of terug te vorderen.";
}

/** §15.6: what a herziening changed, with its reason; nothing for the first vaststelling. */
function herzieningBlokken(g: VaststellingGegevens): Blok[] {
  const h = g.herziening;
  if (!h) return [];
  const verschil = new Decimal(g.vastgesteld).minus(h.vorigVastgesteld);
  return [
    { soort: "kop", tekst: `Herziening (versie ${g.versie ?? 2})` },
    {
      soort: "alinea",
      tekst: `De vaststelling is herzien op ${datum(g.op)}. Reden: ${h.reden}`,
    },
    {
      soort: "tabel",
      kolommen: ["", "Bedrag"],
      rijen: [
        ["Eerder vastgesteld kwaliteitsbudget", bedrag(h.vorigVastgesteld)],
        ["Herzien vastgesteld kwaliteitsbudget", bedrag(g.vastgesteld)],
        ["Verschil", euro(verschil)],
      ],
      totaalrij: true,
    },
  ];
}

export function vaststelling(g: VaststellingGegevens): Brief {
  const betaald = new Decimal(g.vastgesteld).minus(g.saldo); // §9.3: saldo = vastgesteld − betaald
  // §15.6: the letter shows the version in force; a herziening names itself, old and new amounts.
  const titel = g.herziening
    ? `Herziening vaststelling kwaliteitsbudget ${g.jaar}`
    : `Vaststelling kwaliteitsbudget ${g.jaar}`;
  const blokken: Blok[] = [
    { soort: "kop", tekst: titel },
    {
      soort: "alinea",
      tekst: `${g.zorgkantoor} heeft de nacalculatie van het kwaliteitsbudget ${g.jaar} van ${g.aanbieder} beoordeeld en stelt het kwaliteitsbudget vast op ${bedrag(g.vastgesteld)}.`,
    },
    ...herzieningBlokken(g),
    afspraakTabel(g.vastgesteldeAfspraak, "Vastgesteld kwaliteitsbudget"),
    { soort: "kop", tekst: "Saldo" },
    {
      soort: "tabel",
      kolommen: ["", "Bedrag"],
      rijen: [
        ...(g.afgesproken ? [["Afgesproken kwaliteitsbudget", bedrag(g.afgesproken.totaal)]] : []),
        ["Vastgesteld kwaliteitsbudget", bedrag(g.vastgesteld)],
        [
          g.herziening ? "Al betaald (voorschotten en nabetaling)" : "Betaalde voorschotten",
          euro(betaald),
        ],
        ["Saldo", bedrag(g.saldo)],
      ],
      totaalrij: true,
    },
    { soort: "alinea", tekst: saldoTekst(g) },
    ...vorderingBlokken(g),
    {
      soort: "alinea",
      tekst: `Deze ${g.herziening ? "herziening" : "vaststelling"} is op ${datum(g.op)} door twee medewerkers van ${g.zorgkantoor} goedgekeurd.`,
    },
    ...bezwaarBlokken(g, dagUit(g.op)),
  ];
  return {
    titel,
    ...adressering(g, "vaststelling", g.versie ?? 1),
    datum: datum(g.op),
    onderwerp: titel,
    blokken,
  };
}
