// An aanvraag with every part the beoordelaar reads (§4.1): two years of begroting (a loondienst
// line from April, an inhuur line), two locaties with their verbeterparagraaf, an overige line
// with its SMART parts and one without, one verklaring not confirmed and part of an onderbouwing.
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";

export const LEESBARE_AANVRAAG: AanvraagInvoer = {
  locaties: [
    {
      id: "loc-1",
      naam: "De Linde",
      verbeterparagraaf: {
        watGaatDeAanbiederDoen: "Extra verzorgenden op de avonddienst",
        welkResultaat: "Meer tijd en aandacht voor cliënten",
        watIsDaarvoorNodig: "Twee en een half fte verzorgende IG",
        hoeWordtInternGemonitord: "Kwartaalrapportage aan het MT",
      },
    },
    { id: "loc-2", naam: "Het Anker", verbeterparagraaf: { welkResultaat: "Rust op de afdeling" } },
  ],
  begroting: [
    {
      jaar: 2020,
      personeel: [
        {
          id: "p1",
          soort: "loondienst",
          functiegroep: "verzorgende",
          locatie: "loc-1",
          fte: "2.5",
          ingangsmaand: 4,
          loonkostenPerFte: { direct: "40000.00", indirect: "5000.00", premies: "5000.00" },
        },
      ],
      overige: [
        {
          id: "o1",
          categorie: "deskundigheid",
          omschrijving: "Scholing dementiezorg",
          locatie: "loc-1",
          smart: {
            specifiekDoel: "Alle verzorgenden geschoold",
            meetbaarResultaat: "100% certificaat",
            haalbaarheid: "In-company training",
            relevantie: "Thema persoonsgerichte zorg",
            startdatum: "2020-02-01",
            einddatum: "2020-11-30",
          },
          bedrag: "20000.00",
        },
        {
          id: "o2",
          categorie: "technologie",
          omschrijving: "Leefcirkels",
          locatie: "loc-2",
          bedrag: "10000.00",
        },
      ],
    },
    {
      jaar: 2021,
      personeel: [
        {
          id: "p1",
          soort: "inhuur",
          functiegroep: "behandelaar",
          locatie: "organisatiebreed",
          fte: "1",
          ingangsmaand: 1,
          kostenPerFte: "90000.00",
        },
      ],
    },
  ],
  verklaringen: { geenDubbeleBekostiging: true, uitsluitendVv4TotVv10: true },
  onderbouwing: {
    nodenClientgroep: "Cliënten met dementie vragen meer begeleiding in de avond.",
    bijdrageLerenEnVerbeteren: "Wij leren met twee andere aanbieders in de regio.",
  },
};
