import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { herschikkingVerdeling } from "#shared/herschikking/berekening.js";
import { verdeelOverCategorieen } from "#shared/herschikking/categorieverdeling.js";
import { type VerdeelOnderdeel, verdeelNieuwTotaal } from "#shared/herschikking/verdeling.js";

const d = (s: string | number) => new Decimal(s);
const onderdeel = (
  id: string,
  aangevraagd: string,
  afgesproken: string,
  prognose?: string,
): VerdeelOnderdeel => ({
  id,
  aangevraagd: d(aangevraagd),
  afgesproken: d(afgesproken),
  ...(prognose === undefined ? {} : { prognose: d(prognose) }),
});

const nieuw = (r: ReturnType<typeof verdeelNieuwTotaal>) =>
  r.ok ? r.waarde.map((o) => `${o.id} ${o.nieuw.toFixed(2)}`) : r.fout;

/** The issue: asked 85.000/15.000, granted 50.000/15.000, raised to 100.000. */
const ISSUE = [onderdeel("personeel", "85000", "50000"), onderdeel("overige", "15000", "15000")];

describe("verdeling van een nieuwe afspraak over de categorieën (§15.2)", () => {
  it("geeft een verhoging tot de aanvraag aan personeel, niet in de oude verhouding (85.000 / 15.000)", () => {
    expect(nieuw(verdeelNieuwTotaal(ISSUE, d("100000")))).toEqual([
      "personeel 85000.00",
      "overige 15000.00",
    ]);
  });

  it("verdeelt een verhoging naar rato van de resterende ruimte, centen met grootste rest", () => {
    const r = verdeelNieuwTotaal(
      [onderdeel("personeel", "100", "0"), onderdeel("overige", "50", "0")],
      d("100"),
    );
    // 100 × 100/150 = 66,666… and 33,333…: the cent left goes to the larger remainder (personeel).
    expect(nieuw(r)).toEqual(["personeel 66.67", "overige 33.33"]);
    const gelijk = verdeelNieuwTotaal(
      [onderdeel("personeel", "1", "0"), onderdeel("overige", "1", "0")],
      d("0.01"),
    );
    expect(nieuw(gelijk)).toEqual(["personeel 0.01", "overige 0.00"]);
  });

  it("geeft een categorie zonder ruimte niets van een verhoging", () => {
    const r = verdeelNieuwTotaal(
      [onderdeel("personeel", "85000", "85000"), onderdeel("overige", "30000", "10000")],
      d("100000"),
    );
    expect(nieuw(r)).toEqual(["personeel 85000.00", "overige 15000.00"]);
  });

  it("verhoogt ook vanaf een afspraak van nul", () => {
    const r = verdeelNieuwTotaal(
      [onderdeel("personeel", "80000", "0"), onderdeel("overige", "20000", "0")],
      d("50000"),
    );
    expect(nieuw(r)).toEqual(["personeel 40000.00", "overige 10000.00"]);
  });

  it("verlaagt eerst de categorie waarvan de prognose onder de afspraak blijft, tot dat tekort", () => {
    const lijst = [
      onderdeel("personeel", "85000", "85000", "90000"),
      onderdeel("overige", "15000", "15000", "10000"),
    ];
    expect(nieuw(verdeelNieuwTotaal(lijst, d("97000")))).toEqual([
      "personeel 85000.00",
      "overige 12000.00",
    ]);
    // Beyond the shortfall of 5.000 the rest comes from the other category.
    expect(nieuw(verdeelNieuwTotaal(lijst, d("90000")))).toEqual([
      "personeel 80000.00",
      "overige 10000.00",
    ]);
  });

  it("verlaagt voorbij één categorie: eerst het tekort, dan de ander tot nul, dan de rest", () => {
    const lijst = [
      onderdeel("personeel", "85000", "85000", "80000"),
      onderdeel("overige", "15000", "15000"),
    ];
    expect(nieuw(verdeelNieuwTotaal(lijst, d("70000")))).toEqual([
      "personeel 70000.00",
      "overige 0.00",
    ]);
    expect(nieuw(verdeelNieuwTotaal(lijst, d("0")))).toEqual(["personeel 0.00", "overige 0.00"]);
  });

  it("verdeelt een verlaging kleiner dan de tekorten samen naar rato van die tekorten", () => {
    const lijst = [
      onderdeel("personeel", "85000", "85000", "80000"),
      onderdeel("overige", "15000", "15000", "0"),
    ];
    // Shortfalls 5.000 and 15.000; a decrease of 10.000 takes 2.500 and 7.500.
    expect(nieuw(verdeelNieuwTotaal(lijst, d("90000")))).toEqual([
      "personeel 82500.00",
      "overige 7500.00",
    ]);
  });

  it("verlaagt zonder prognoses naar rato van de afspraken", () => {
    const lijst = [
      onderdeel("personeel", "85000", "85000"),
      onderdeel("overige", "15000", "15000"),
    ];
    expect(nieuw(verdeelNieuwTotaal(lijst, d("90000")))).toEqual([
      "personeel 76500.00",
      "overige 13500.00",
    ]);
  });

  it("laat een ongewijzigd totaal ongewijzigd", () => {
    expect(nieuw(verdeelNieuwTotaal(ISSUE, d("65000")))).toEqual([
      "personeel 50000.00",
      "overige 15000.00",
    ]);
  });

  it("weigert een nieuw totaal boven wat samen is aangevraagd, met het veld en een Nederlandse melding", () => {
    const r = verdeelNieuwTotaal(ISSUE, d("100000.01"));
    expect(r.ok ? null : r.fout).toEqual({
      code: "NIEUW_TOTAAL_BOVEN_AANVRAAG",
      veld: "nieuwTotaal",
      melding: expect.stringMatching(/^nieuwTotaal: € 100\.000,01 is hoger dan .*€ 100\.000,00/),
    });
  });

  it("weigert een negatief totaal, een dubbel onderdeel en een afspraak boven de aanvraag", () => {
    const code = (r: ReturnType<typeof verdeelNieuwTotaal>) =>
      r.ok ? null : [r.fout.code, r.fout.veld];
    expect(code(verdeelNieuwTotaal(ISSUE, d("-1")))).toEqual([
      "NIEUW_TOTAAL_NEGATIEF",
      "nieuwTotaal",
    ]);
    expect(code(verdeelNieuwTotaal([ISSUE[0]!, ISSUE[0]!], d("1")))).toEqual([
      "DUBBEL_ONDERDEEL",
      "onderdelen[1].id",
    ]);
    expect(code(verdeelNieuwTotaal([onderdeel("overige", "10", "11")], d("1")))).toEqual([
      "AFSPRAAK_BOVEN_AANVRAAG",
      "onderdelen[0].afgesproken",
    ]);
  });
});

describe("verdeling over categorieën en overige regels (§15.1, §15.2)", () => {
  it("verdeelt de verandering van overige met dezelfde regel over de regels", () => {
    const r = verdeelOverCategorieen(
      {
        personeel: { aangevraagd: d("85000"), afgesproken: d("85000") },
        overige: { aangevraagd: d("30000"), afgesproken: d("10000") },
        overigeRegels: [
          onderdeel("scholing", "20000", "5000"),
          onderdeel("technologie", "10000", "5000"),
        ],
      },
      d("100000"),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.personeel.toFixed(2)).toBe("85000.00");
    expect(r.waarde.overige.toFixed(2)).toBe("15000.00");
    // Room 15.000 and 5.000: +5.000 goes 3.750 / 1.250.
    expect(r.waarde.overigeRegels!.map((l) => l.nieuw.toFixed(2))).toEqual(["8750.00", "6250.00"]);
  });

  it("weigert regels die niet optellen tot de afgesproken overige", () => {
    const r = verdeelOverCategorieen(
      {
        personeel: { aangevraagd: d("10"), afgesproken: d("10") },
        overige: { aangevraagd: d("10"), afgesproken: d("5") },
        overigeRegels: [onderdeel("scholing", "10", "4")],
      },
      d("15"),
    );
    expect(r.ok ? null : [r.fout.code, r.fout.veld]).toEqual([
      "OVERIGE_REGELS_WIJKEN_AF",
      "overigeRegels",
    ]);
  });
});

describe("berekening herschikking-verdeling (§15.2)", () => {
  it("rekent het voorbeeld van het issue na als tekst", () => {
    expect(
      voerUit(herschikkingVerdeling, {
        nieuwTotaal: "100000.00",
        onderdelen: [
          { id: "personeel", aangevraagd: "85000.00", afgesproken: "50000.00" },
          { id: "overige", aangevraagd: "15000.00", afgesproken: "15000.00", prognose: "9000.00" },
        ],
      }),
    ).toEqual({
      ok: true,
      waarde: {
        onderdelen: [
          { id: "personeel", afgesproken: "50000.00", nieuw: "85000.00", mutatie: "35000.00" },
          { id: "overige", afgesproken: "15000.00", nieuw: "15000.00", mutatie: "0.00" },
        ],
        totaal: "100000.00",
      },
    });
  });

  it("noemt een onbekend veld als fout", () => {
    const r = voerUit(herschikkingVerdeling, { nieuwTotaal: "1.00", onderdelen: [], extra: 1 });
    expect(r.ok ? null : r.fout.code).toBe("ONGELDIGE_INVOER");
  });
});

const centen = (max: bigint) =>
  fc.bigInt({ min: 0n, max }).map((c) => new Decimal(c.toString()).dividedBy(100));

const onderdelen = fc
  .array(
    fc.record({
      afgesproken: centen(10n ** 9n),
      ruimte: fc.oneof(centen(0n), centen(10n ** 3n), centen(10n ** 8n)),
      prognose: fc.option(centen(2n * 10n ** 9n), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((lijst) =>
    lijst.map(
      (o, i): VerdeelOnderdeel => ({
        id: `o${i}`,
        aangevraagd: o.afgesproken.plus(o.ruimte),
        afgesproken: o.afgesproken,
        ...(o.prognose === undefined ? {} : { prognose: o.prognose }),
      }),
    ),
  );

/** A list and a new total between 0 and Σ aangevraagd, in whole cents. */
const situatie = onderdelen.chain((lijst) =>
  fc
    .bigInt({
      min: 0n,
      max: BigInt(
        som(lijst.map((o) => o.aangevraagd))
          .times(100)
          .toFixed(0),
      ),
    })
    .map((c) => ({ lijst, nieuwTotaal: new Decimal(c.toString()).dividedBy(100) })),
);

describe("eigenschappen van de verdeling (§15.2)", () => {
  it("telt op tot het nieuwe totaal op de cent; niets boven de aanvraag of onder nul; de richting klopt", () => {
    fc.assert(
      fc.property(situatie, ({ lijst, nieuwTotaal }) => {
        const r = verdeelNieuwTotaal(lijst, nieuwTotaal);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(som(r.waarde.map((o) => o.nieuw)).equals(nieuwTotaal)).toBe(true);
        const stijgt = nieuwTotaal.gte(som(lijst.map((o) => o.afgesproken)));
        for (const [i, o] of r.waarde.entries()) {
          const v = lijst[i]!;
          expect(o.nieuw.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(o.nieuw.lte(v.aangevraagd)).toBe(true);
          expect(o.nieuw.gte(0)).toBe(true);
          if (stijgt) expect(o.nieuw.gte(v.afgesproken)).toBe(true);
          else expect(o.nieuw.lte(v.afgesproken)).toBe(true);
        }
      }),
    );
  });

  it("verlaagt een onderdeel zonder tekort pas als de tekorten samen op zijn", () => {
    fc.assert(
      fc.property(situatie, ({ lijst, nieuwTotaal }) => {
        const r = verdeelNieuwTotaal(lijst, nieuwTotaal);
        if (!r.ok) return;
        const daling = som(lijst.map((o) => o.afgesproken)).minus(nieuwTotaal);
        const tekorten = som(
          lijst.map((o) =>
            o.prognose?.lt(o.afgesproken) ? o.afgesproken.minus(o.prognose) : d(0),
          ),
        );
        if (!daling.gt(0) || daling.gt(tekorten)) return;
        for (const [i, o] of r.waarde.entries()) {
          const v = lijst[i]!;
          const tekort = v.prognose?.lt(v.afgesproken);
          if (!tekort) expect(o.mutatie.isZero()).toBe(true);
          else expect(o.nieuw.gte(v.prognose!)).toBe(true);
        }
      }),
    );
  });

  it("weigert elk totaal boven wat samen is aangevraagd", () => {
    fc.assert(
      fc.property(onderdelen, centen(10n ** 6n), (lijst, extra) => {
        const boven = som(lijst.map((o) => o.aangevraagd))
          .plus(extra)
          .plus("0.01");
        const r = verdeelNieuwTotaal(lijst, boven);
        expect(r.ok ? null : r.fout.code).toBe("NIEUW_TOTAAL_BOVEN_AANVRAAG");
      }),
    );
  });
});
