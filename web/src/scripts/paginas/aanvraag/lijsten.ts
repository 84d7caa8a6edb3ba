// The choices and labels of an aanvraag's parts (docs/regels.md §4.1), for the wizard that edits
// them and the beoordeling that reads them. They mirror shared/indiening/: importing that would
// pull zod into the page (the server validates anyway).
import { MAANDNAMEN } from "#shared/kalender/maandnamen.js";
import type { Smart, Verbeterparagraaf } from "./model.js";

export const FUNCTIEGROEPEN: [string, string][] = [
  ["behandelaar", "behandelaar"],
  ["verpleegkundige", "verpleegkundige"],
  ["verzorgende", "verzorgende"],
  ["helpende", "helpende"],
  ["geestelijk-verzorger", "geestelijk verzorger"],
  ["gastvrouw-gastheer", "gastvrouw/-heer"],
  ["vrijwilligerscoordinator", "vrijwilligerscoördinator"],
  ["activiteitenbegeleider", "activiteitenbegeleider"],
  ["overig-zorgpersoneel", "overig zorgpersoneel"],
];
export const CATEGORIEEN: [string, string][] = [
  ["productiviteit", "productiviteit"],
  ["deskundigheid", "deskundigheid"],
  ["technologie", "technologie"],
  ["welbevinden", "welbevinden"],
  ["overhead", "overhead"],
  ["werving-en-selectie", "werving & selectie"],
  ["accountantskosten", "accountantskosten"],
];
export const MAANDEN = MAANDNAMEN.map((m, i): [string, string] => [String(i + 1), m]);

/** The four parts of a locatie's verbeterparagraaf (§4.1.2), in the rulebook's order. */
export const DELEN: Record<keyof Verbeterparagraaf, string> = {
  watGaatDeAanbiederDoen: "Wat gaat de aanbieder doen",
  welkResultaat: "Welk resultaat",
  watIsDaarvoorNodig: "Wat is daarvoor nodig",
  hoeWordtInternGemonitord: "Hoe wordt intern gemonitord",
};

/** The SMART parts of an overige line (§4.1.3), in the wizard's order. */
export const SMART: Record<keyof Smart, string> = {
  specifiekDoel: "Specifiek doel",
  meetbaarResultaat: "Meetbaar resultaat of indicator",
  haalbaarheid: "Haalbaarheid",
  relevantie: "Relevantie voor het kwaliteitsplan",
  startdatum: "Startdatum",
  einddatum: "Einddatum",
};

/** The three verklaringen (§4.1.4), each a confirmation by the aanbieder. */
export const VERKLARINGEN: Record<string, string> = {
  geenDubbeleBekostiging:
    "Er is geen dubbele bekostiging (Sectorplanplus, transitiemiddelen of andere bronnen)",
  uitsluitendVv4TotVv10: "Het extra personeel is uitsluitend voor cliënten met ZZP/VPT VV4–VV10",
  extraFteTovBasisjaar:
    "De extra fte zijn geteld ten opzichte van het basisjaar bij gelijkblijvende cliëntpopulatie",
};

/** The ten toetspunten of the onderbouwing (§4.1.5), in the rulebook's order. */
export const TOETSPUNTEN: Record<string, string> = {
  doelenKwaliteitskader:
    "Doelen van het kwaliteitskader en het programma Thuis in het Verpleeghuis",
  nodenClientgroep: "Noden en wensen van de cliëntgroep",
  kenmerkenAanbieder: "Kenmerken van de aanbieder",
  kenmerkenRegio: "Kenmerken van de regio",
  bijdrageLerenEnVerbeteren: "Bijdrage aan leren en verbeteren",
  bereidheidLeereffectDelen: "Bereidheid het leereffect te delen",
  innovatieveTechnologie: "Inzet van innovatieve technologie",
  draagvlak: "Draagvlak bij cliënten, medewerkers, bestuur en Raad van Toezicht",
  opschalingEnVoortzetting: "Visie op opschaling en structurele voortzetting",
  businessCase: "Onderbouwde business case",
};
