// A complete aanvraag for 2020 that passes every §4.2 check: personeel € 800.000 (10 fte × € 80.000
// from January), overige € 100.000, share 0,888… ≥ 0,85, total € 900.000 below the reservering.
import { Decimal } from "#shared/geld/decimal.js";
import { type Aanvraag, type AanvraagInvoer, AanvraagSchema } from "#shared/indiening/aanvraag.js";
import type { Toetscontext } from "#shared/indiening/bevinding.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";

export const d = (s: string | number) => new Decimal(s);

export const volledigeOnderbouwing = {
  doelenKwaliteitskader: "Sluit aan op thema's wonen en welzijn.",
  nodenClientgroep: "Veel cliënten met dementie en onrust in de avond.",
  kenmerkenAanbieder: "Kleinschalige locaties met weinig ondersteuning.",
  kenmerkenRegio: "Krappe arbeidsmarkt in de regio.",
  bijdrageLerenEnVerbeteren: "Lerend netwerk per locatie.",
  bereidheidLeereffectDelen: "Resultaten worden gedeeld in het regionale netwerk.",
  innovatieveTechnologie: "Leefcirkels en akoestische monitoring.",
  draagvlak: "Cliëntenraad, OR, bestuur en RvT hebben ingestemd.",
  opschalingEnVoortzetting: "Uitrol naar alle locaties in 2021.",
  businessCase: "Business case in bijlage 2.",
};

export const volledig = (): AanvraagInvoer => ({
  documenten: [
    { id: "doc-1", soort: "kwaliteitsplan", naam: "Kwaliteitsplan 2020.pdf" },
    { id: "doc-2", soort: "bijlage", naam: "Business case.pdf" },
  ],
  locaties: [
    {
      id: "linde",
      naam: "De Linde",
      verbeterparagraaf: {
        watGaatDeAanbiederDoen: "Extra verzorgenden in de avond.",
        welkResultaat: "Meer aandacht tijdens het avondeten.",
        watIsDaarvoorNodig: "Tien fte verzorgende IG.",
        hoeWordtInternGemonitord: "Kwartaalmeting cliënttevredenheid.",
      },
    },
  ],
  begroting: [
    {
      jaar: 2020,
      personeel: [
        {
          id: "p1",
          soort: "loondienst",
          functiegroep: "verzorgende",
          locatie: "linde",
          fte: "10.00",
          ingangsmaand: 1,
          loonkostenPerFte: { direct: "50000.00", indirect: "15000.00", premies: "15000.00" },
        },
      ],
      overige: [
        {
          id: "o1",
          categorie: "deskundigheid",
          omschrijving: "Scholing dementie",
          locatie: "organisatiebreed",
          smart: {
            specifiekDoel: "Alle verzorgenden geschoold in dementiezorg.",
            meetbaarResultaat: "120 medewerkers met certificaat.",
            haalbaarheid: "Opleider gecontracteerd.",
            relevantie: "Thema deskundigheid in het kwaliteitsplan.",
            startdatum: "2020-01-01",
            einddatum: "2020-12-31",
          },
          bedrag: "100000.00",
        },
      ],
    },
  ],
  verklaringen: {
    geenDubbeleBekostiging: true,
    uitsluitendVv4TotVv10: true,
    extraFteTovBasisjaar: true,
  },
});

export const parse = (a: AanvraagInvoer): Aanvraag => AanvraagSchema.parse(a);

export const context = (over: Partial<Toetscontext> = {}): Toetscontext => ({
  jaar: 2020,
  parameters: parametersVoor(2020),
  reservering: d("990000.00"),
  op: amsterdam(2019, 11, 15, 10, 0),
  ...over,
});
