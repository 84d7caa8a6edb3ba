// The Dutch label of a field path ("begroting[0].overige[1].bedrag" → "Begroting jaar 1, overige
// regel 2, bedrag"), so a message or a version diff names the field as the screens do, never by
// its JSON path (UX: no internal codes). The path itself stays machine-readable beside it (the
// problem body's `veld`). One table for every kind of field; an unknown name is spelled out from
// its camelCase, so nothing falls back to the code.

/** A list element: its label with the 1-based position. */
const LIJSTEN: Readonly<Record<string, string>> = {
  begroting: "Begroting jaar",
  personeel: "personeelsregel",
  overige: "overige regel",
  overigeRegels: "overige regel",
  regels: "regel",
  locaties: "Locatie",
  documenten: "Document",
  voorstel: "voorstelregel",
  regios: "regio",
};

const NAMEN: Readonly<Record<string, string>> = {
  aanbiederId: "aanbieder",
  zorgkantoorId: "zorgkantoor",
  zaakId: "aanvraag",
  aanvraagId: "aanvraag",
  id: "kenmerk",
  fte: "fte",
  loonkostenPerFte: "loonkosten per fte",
  smart: "",
  beschikbaarPersoneelOverig: "beschikbaar personeel en overig",
  landelijkBudget: "landelijk budget",
  richtlijnPersoneel: "richtlijn aandeel personeel",
  productieAfwijkingSignaal: "signaal productieafwijking",
  loonkostenBand: "loonkosten per fte",
  min: "minimum",
  max: "maximum",
  gewichten: "gewicht",
  extraFteTovBasisjaar: "extra fte ten opzichte van het basisjaar",
  uitsluitendVv4TotVv10: "uitsluitend VV4 tot en met VV10",
  iban: "IBAN",
  rapportFeitelijkeBevindingen: "rapport van feitelijke bevindingen",
};

/** "meetbaarResultaat" → "meetbaar resultaat". */
const uitgeschreven = (naam: string): string =>
  naam.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

const naamVan = (deel: string): string => NAMEN[deel] ?? uitgeschreven(deel);

/** The Dutch label of a dotted/indexed field path; a plain name gets a capital. */
export function veldNaam(pad: string): string {
  const delen: string[] = [];
  for (const m of pad.matchAll(/([^.[\]]+)(?:\[(\d+)\])?/g)) {
    const [, naam = "", index] = m;
    if (index !== undefined) delen.push(`${LIJSTEN[naam] ?? naamVan(naam)} ${Number(index) + 1}`);
    // A code-like key that is itself the Dutch term (a zorgprofiel: VV4, VV9b) stays as written.
    else if (naamVan(naam) !== "") delen.push(/^[A-Z]/.test(naam) ? naam : naamVan(naam));
  }
  const tekst = delen.join(", ");
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/**
 * A rule's message for a screen: a leading "pad: " becomes "Label: ", and a rulebook reference in
 * brackets ("(§9.1)", "(landelijk restant, §15.7)") goes: the rulebook is for the team.
 */
export function leesbareMelding(melding: string, veld?: string): string {
  const metLabel =
    veld && melding.startsWith(`${veld}: `)
      ? `${veldNaam(veld)}: ${melding.slice(veld.length + 2)}`
      : melding;
  return metLabel
    .replace(/\s*\(§[\d.]+\)/g, "")
    .replace(/,\s*§[\d.]+\)/g, ")")
    .replace(/\s*\(zie §[\d.]+\)/g, "");
}
