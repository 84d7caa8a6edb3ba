// docs/regels.md §15.8: the financial overview of one aanvraag, on the §13 worked examples (A for the
// voorschot, E for the vaststelling) to the cent, and two invariants the rulebook states.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Boeking } from "#shared/grootboek/boeking.js";
import { vorderingVan } from "#shared/grootboek/vordering.js";
import { financieelOverzicht, type OverzichtInvoer } from "#shared/overzicht/financieel.js";
import type { FinancieelOverzicht } from "#shared/overzicht/schema.js";
import { realisatie } from "#shared/realisatie/berekening.js";
import { betaalopdrachtSleutel } from "#shared/voorschot/betaalopdracht.js";
import { boeking } from "../grootboek/hulp.js";
import { VOORBEELD } from "../realisatie/voorbeeld.js";
import { centTekst, halfUp, afspraak as voorschotAfspraak } from "../voorschot/hulp.js";

const d = (s: string) => new Decimal(s);

/** §13 A/E: personeel 850.000, overige 150.000 in two lines, compensatie 24.000. */
const AFSPRAAK = {
  personeel: d("850000.00"),
  overige: d("150000.00"),
  compensatie: d("24000.00"),
  overigeRegels: [
    { omschrijving: "Scholing", afgesproken: d("60000.00") },
    { omschrijving: "Technologie", afgesproken: d("90000.00") },
  ],
};

const sleutel = (maand: number) =>
  betaalopdrachtSleutel({ aanbieder: "a1", zorgkantoor: "z1", jaar: 2020, maand, basisVersie: 1 });

/** A voorschot order of month m as the monthly job books it (§6), released for `vrij` (§15.3). */
function order(maand: number, bedrag: string, vrij?: string): Boeking[] {
  const datum = `2020-${String(maand).padStart(2, "0")}-01T10:00:00+02:00`;
  const o = boeking("voorschot_besteld", bedrag, {
    sleutel: sleutel(maand),
    datum,
    oorzaak: { soort: "betaalopdracht", id: sleutel(maand) },
  });
  if (vrij === undefined) return [o];
  return [o, boeking("betaling_vrijgegeven", vrij, { datum, betreft: o.sleutel })];
}

const opdrachten = (maanden: number[]) => maanden.map((m) => ({ sleutel: sleutel(m), maand: m }));

/** §13 A: signed 20-03-2020, March 192.000,00 and April–December 64.000,00, all released. */
const VOORSCHOTTEN_A = [
  ...order(3, "192000.00", "192000.00"),
  ...Array.from({ length: 9 }, (_, i) => order(i + 4, "64000.00", "64000.00")).flat(),
];

const invoer = (extra: Partial<OverzichtInvoer> = {}): OverzichtInvoer => ({
  jaar: 2020,
  afspraak: AFSPRAAK,
  voorschot: voorschotAfspraak("2020-03-20", "1024000.00"),
  opdrachten: opdrachten([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  boekingen: VOORSCHOTTEN_A,
  realisaties: [],
  ...extra,
});

function overzicht(i: OverzichtInvoer): FinancieelOverzicht {
  const u = financieelOverzicht(i);
  if (!u.ok) throw new Error(u.fout.melding);
  return u.waarde;
}

const gepland = (o: FinancieelOverzicht) => o.voorschot.maanden.map((m) => m.gepland);

describe("financieel overzicht (§15.8) op de voorbeelden van §13", () => {
  it("§13 A: de afspraak per categorie en regel, maart 192.000,00 en april–december 64.000,00, betaald", () => {
    const o = overzicht(invoer());
    expect(o.afspraak).toEqual({
      personeel: "850000.00",
      overige: "150000.00",
      compensatie: "24000.00",
      totaal: "1024000.00",
      overigeRegels: [
        { omschrijving: "Scholing", afgesproken: "60000.00" },
        { omschrijving: "Technologie", afgesproken: "90000.00" },
      ],
    });
    expect(gepland(o)).toEqual(["0.00", "0.00", "192000.00", ...Array(9).fill("64000.00")]);
    expect(o.voorschot.maanden[2]).toEqual({
      maand: "2020-03",
      gepland: "192000.00",
      besteld: "192000.00",
      betaald: "192000.00",
      verrekend: "0.00",
      gecorrigeerd: "0.00",
      open: "0.00",
    });
    expect(o.voorschot.totaal).toMatchObject({
      gepland: "768000.00",
      besteld: "768000.00",
      betaald: "768000.00",
      open: "0.00",
    });
    expect(o.voorschot.jaardoel).toBe("768000.00");
    expect(o.voorschot.percentage).toBe("0.75");
    // Only the agreement so far: expected vastgesteld is the agreement, against the year's voorschot.
    expect(o.verwacht).toEqual({
      bron: "afspraak",
      vastgesteld: "1024000.00",
      voorschotten: "768000.00",
      saldo: "256000.00",
    });
    expect(o.definitief).toBeNull();
    expect(o.vordering).toBeNull();
  });

  it("§13 A: getekend 12-05-2020 betaalt mei–december 64.000,00; ordered but unreleased stays open", () => {
    const o = overzicht(
      invoer({
        voorschot: voorschotAfspraak("2020-05-12", "1024000.00"),
        opdrachten: opdrachten([5]),
        boekingen: order(5, "64000.00"),
      }),
    );
    expect(gepland(o)).toEqual([...Array(4).fill("0.00"), ...Array(8).fill("64000.00")]);
    expect(o.voorschot.totaal.gepland).toBe("512000.00");
    expect(o.voorschot.maanden[4]).toMatchObject({
      besteld: "64000.00",
      betaald: "0.00",
      open: "64000.00",
    });
  });

  it("§13 A: B = 1.000.000,01 geeft elf maanden 62.500,00 en augustus 62.500,01", () => {
    const o = overzicht(
      invoer({ voorschot: voorschotAfspraak("2020-01-01", "1000000.01"), boekingen: [] }),
    );
    expect(gepland(o)).toEqual([
      ...Array(7).fill("62500.00"),
      "62500.01",
      ...Array(4).fill("62500.00"),
    ]);
    expect(o.voorschot.totaal.gepland).toBe("750000.01");
  });

  it("§7: per venster het gerealiseerde tot dan, de projectie en de verwachte vaststelling", () => {
    const b = voerUit(realisatie, VOORBEELD);
    if (!b.ok) throw new Error(b.fout.melding);
    const oud = {
      soort: "mei" as const,
      nummer: 1,
      ingediendOp: "2020-05-10T10:00:00.000Z",
      berekening: {},
    };
    const o = overzicht(
      invoer({
        realisaties: [
          oud,
          { ...oud, nummer: 2, ingediendOp: "2020-05-12T10:00:00.000Z", berekening: b.waarde },
        ],
      }),
    );
    expect(o.realisatie).toEqual([
      {
        venster: "mei",
        maandenGedekt: 4,
        ingediendOp: "2020-05-12T10:00:00.000Z",
        gerealiseerd: "345000.00",
        projectie: "1035000.00",
        verwachtVastgesteld: "1009000.00",
      },
    ]);
    expect(o.verwacht).toEqual({
      bron: "realisatie",
      vastgesteld: "1009000.00",
      voorschotten: "768000.00",
      saldo: "241000.00",
    });
  });

  it("een onleesbare opgeslagen berekening is een fout, geen verzonnen cijfer", () => {
    const u = financieelOverzicht(
      invoer({
        realisaties: [{ soort: "juli", nummer: 1, ingediendOp: "x", berekening: { a: 1 } }],
      }),
    );
    expect(u.ok).toBe(false);
  });

  const E = { vastgesteld: "892918.08", betaaldeVoorschotten: "768000.00", saldo: "124918.08" };

  it("§13 E: op het jaarverslag verwacht, na de vaststelling definitief: nabetaling 124.918,08", () => {
    const verwacht = overzicht(invoer({ nacalculatie: { uitkomst: E, vastgesteld: false } }));
    expect(verwacht.verwacht).toEqual({
      bron: "jaarverslag",
      vastgesteld: "892918.08",
      voorschotten: "768000.00",
      saldo: "124918.08",
    });
    expect(verwacht.definitief).toBeNull();
    const definitief = overzicht(invoer({ nacalculatie: { uitkomst: E, vastgesteld: true } }));
    expect(definitief.definitief).toEqual({
      vastgesteld: "892918.08",
      voorschotten: "768000.00",
      saldo: "124918.08",
    });
    expect(definitief.verwacht).toBeNull();
  });

  it("§15.4: de open vordering uit het grootboek, met vervaldatum en status", () => {
    const vordering = boeking("vordering_opgelegd", "-15000.00", {
      vervaldatum: "2021-07-01",
      oorzaak: { soort: "vaststelling", id: "v1" },
    });
    const ontvangst = boeking("vordering_ontvangen", "-5000.00", {
      betreft: vordering.sleutel,
      oorzaak: { soort: "ontvangst", id: "o1" },
    });
    const boekingen = [...VOORSCHOTTEN_A, vordering, ontvangst];
    const v = vorderingVan(boekingen);
    if (!v.ok || !v.waarde) throw new Error("geen vordering");
    const o = overzicht(invoer({ boekingen, vordering: v.waarde }));
    expect(o.vordering).toEqual({
      bedrag: "15000.00",
      ontvangen: "5000.00",
      verrekend: "0.00",
      open: "10000.00",
      vervaldatum: "2021-07-01",
      status: "deels_ontvangen",
    });
  });

  it("vóór een toekenning: geen afspraak, geen schema, geen verwachting", () => {
    const o = overzicht({ jaar: 2021, opdrachten: [], boekingen: [], realisaties: [] });
    expect(o.afspraak).toBeNull();
    expect(o.verwacht).toBeNull();
    expect(o.voorschot.maanden).toHaveLength(12);
    expect(o.voorschot.maanden[0]!.maand).toBe("2021-01");
    expect(o.voorschot.totaal.gepland).toBe("0.00");
  });
});

describe("financieel overzicht: invarianten uit het regelboek", () => {
  it("§6: signed on or before 1 April, the months add up to exactly round₂(p × B), whatever B", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000_000_000n }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 28 }),
        (b, maand, dag) => {
          const getekend = `2020-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
          const o = overzicht(
            invoer({ voorschot: voorschotAfspraak(getekend, centTekst(b)), boekingen: [] }),
          );
          const som = o.voorschot.maanden.reduce((s, m) => s.plus(m.gepland), new Decimal(0));
          const verwacht = centTekst(halfUp(75n * b, 100n));
          expect(som.toFixed(2)).toBe(verwacht);
          expect(o.voorschot.totaal.gepland).toBe(verwacht);
        },
      ),
    );
  });

  it("§15.3: what was ordered is paid (released), offset or still open — per month and in total", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            maand: fc.integer({ min: 1, max: 12 }),
            centen: fc.bigInt({ min: 1n, max: 10_000_000n }),
            deel: fc.integer({ min: 0, max: 100 }),
          }),
          { maxLength: 12 },
        ),
        (orders) => {
          const uniek = [...new Map(orders.map((o) => [o.maand, o])).values()];
          const boekingen = uniek.flatMap((o) => {
            const vrij = (o.centen * BigInt(o.deel)) / 100n;
            return order(o.maand, centTekst(o.centen), vrij > 0n ? centTekst(vrij) : undefined);
          });
          const o = overzicht(
            invoer({ boekingen, opdrachten: opdrachten(uniek.map((u) => u.maand)) }),
          );
          for (const m of [...o.voorschot.maanden, o.voorschot.totaal])
            expect(
              d(m.betaald).plus(m.verrekend).plus(m.gecorrigeerd).plus(m.open).toFixed(2),
            ).toBe(d(m.besteld).toFixed(2));
          const besteld = o.voorschot.maanden.reduce((s, m) => s.plus(m.besteld), new Decimal(0));
          expect(besteld.toFixed(2)).toBe(o.voorschot.totaal.besteld);
          expect(o.voorschot.totaal.besteld).toBe(
            centTekst(uniek.reduce((s, u) => s + u.centen, 0n)),
          );
        },
      ),
    );
  });
});
