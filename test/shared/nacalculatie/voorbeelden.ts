// docs/regels.md §13 E as the raw JSON input of the berekening `nacalculatie`.
export const VOORBEELD_E = {
  gewichten: {
    VV4: "1.00",
    VV5: "1.45",
    VV6: "1.35",
    VV7: "1.70",
    VV8: "2.05",
    VV9b: "1.60",
    VV10: "1.95",
  },
  clientdagen: {
    basis: { VV4: 7300, VV5: 14600, VV6: 10950, VV7: 3650 },
    jaar: { VV4: 5475, VV5: 14600, VV6: 12775, VV7: 4380 },
  },
  svDagen: { basis: "50000", jaar: "56000" },
  svLoon: "7056000.00",
  werkgeverslasten: "2116800.00",
  inhuur: { basis: "200000.00", jaar: "260000.00" },
  afspraak: {
    personeel: "850000.00",
    overige: [
      { id: "scholing", afgesproken: "60000.00", gerealiseerd: "55000.00", conform: true },
      { id: "technologie", afgesproken: "90000.00", gerealiseerd: "95000.00", conform: true },
    ],
  },
  compensatie: "24000.00",
  betaaldeVoorschotten: "768000.00",
};
