// docs/regels.md §15.2: "Each aanbieder whose agreement changes gets a herschikkingsbrief (PDF) naming
// old and new amounts per category" — and, where the agreement names its overige lines (§15.1),
// per line. Made from the agreement history only: the last herschikking version and the version
// it followed. Amounts "€ 1.234,56", dates dd-mm-jjjj (§11).
import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import type { AfspraakSamenvatting } from "../../data/aanvragen.js";
import type { Blok, Brief } from "../../lib/stukbrief.js";
import { adressering, bezwaarBlokken, dagUit, datum, type Partijen } from "./inhoud.js";

export interface HerschikkingsbriefGegevens extends Partijen {
  vorige: AfspraakSamenvatting;
  nieuw: AfspraakSamenvatting;
  reden: string | undefined;
  /** ISO instant of the decision. */
  op: string;
  /** §15.1: the line descriptions by id (from the toekenning). */
  omschrijvingen: ReadonlyMap<string, string>;
}

const bedrag = (x: string | undefined): string => euro(new Decimal(x ?? "0"));
const verschil = (oud: string | undefined, nieuw: string | undefined): string =>
  euro(new Decimal(nieuw ?? "0").minus(oud ?? "0"));

function regelRijen(g: HerschikkingsbriefGegevens): string[][] {
  const oud = new Map((g.vorige.overigeRegels ?? []).map((r) => [r.id, r.bedrag]));
  const nieuw = new Map((g.nieuw.overigeRegels ?? []).map((r) => [r.id, r.bedrag]));
  const ids = [...new Set([...oud.keys(), ...nieuw.keys()])];
  return ids.map((id) => [
    // Never an id in a letter: a line without its description is named by its place.
    `Overige kosten: ${g.omschrijvingen.get(id) ?? `regel ${ids.indexOf(id) + 1}`}`,
    bedrag(oud.get(id)),
    bedrag(nieuw.get(id)),
    verschil(oud.get(id), nieuw.get(id)),
  ]);
}

export function herschikkingsbrief(g: HerschikkingsbriefGegevens): Brief {
  const { vorige: a, nieuw: b } = g;
  const regels = regelRijen(g);
  const blokken: Blok[] = [
    { soort: "kop", tekst: `Herschikking kwaliteitsbudget ${g.jaar}` },
    {
      soort: "alinea",
      tekst: `${g.zorgkantoor} heeft de afspraken over het kwaliteitsbudget ${g.jaar} in de regio herschikt. De afspraak met ${g.aanbieder} wijzigt van ${bedrag(a.totaal)} in ${bedrag(b.totaal)}.`,
    },
    {
      soort: "tabel",
      kolommen: ["", "Oude afspraak", "Nieuwe afspraak", "Verschil"],
      rijen: [
        ["Personeel", bedrag(a.personeel), bedrag(b.personeel), verschil(a.personeel, b.personeel)],
        ["Overige kosten", bedrag(a.overige), bedrag(b.overige), verschil(a.overige, b.overige)],
        ...regels,
        [
          "Compensatie",
          bedrag(a.compensatie),
          bedrag(b.compensatie),
          verschil(a.compensatie, b.compensatie),
        ],
        ["Totaal", bedrag(a.totaal), bedrag(b.totaal), verschil(a.totaal, b.totaal)],
      ],
      totaalrij: true,
    },
    ...(g.reden
      ? [{ soort: "alinea" as const, tekst: `Reden van de herschikking: ${g.reden}` }]
      : []),
    {
      soort: "alinea",
      tekst: `Dit besluit is op ${datum(g.op)} door twee medewerkers van ${g.zorgkantoor} genomen. Het voorschot volgt de nieuwe afspraak vanaf de maand na het besluit.`,
    },
    ...bezwaarBlokken(g, dagUit(g.op)),
  ];
  return {
    titel: `Herschikkingsbrief kwaliteitsbudget ${g.jaar}`,
    // Agreement 1 is the initial one: the first herschikking has no number, the second "HB2".
    ...adressering(g, "herschikkingsbrief", b.nummer - 1),
    datum: datum(g.op),
    onderwerp: `Herschikking kwaliteitsbudget ${g.jaar}`,
    blokken,
  };
}
