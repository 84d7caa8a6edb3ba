// One realisatie of the mei window on a §13-sized agreement (personeel 850.000, overige 150.000 in two
// lines, compensatie 24.000): the input of the realisatie calculation as the API takes it. Used by the
// calculation's own tests and by the financial overview's, so both read the same figures.
export const VOORBEELD = {
  afspraak: {
    personeel: "850000.00",
    overige: "150000.00",
    compensatie: "24000.00",
    overigeRegels: [
      { regelId: "O1", bedrag: "60000.00" },
      { regelId: "O2", bedrag: "90000.00" },
    ],
  },
  rapport: {
    jaar: 2020,
    venster: "mei",
    personeel: [
      { regelId: "P1", extraFte: "8.25", kostenTotNu: "250000.00" },
      { regelId: "P2", extraFte: "1.5", kostenTotNu: "40000.00" },
    ],
    overige: [
      { regelId: "O1", uitgavenTotNu: "15000.00" },
      { regelId: "O2", uitgavenTotNu: "40000.00" },
    ],
  },
};
