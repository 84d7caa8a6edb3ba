import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { landelijkRestant, nacalculatie } from "#shared/nacalculatie/berekening.js";
import { ZORGPROFIELEN } from "#shared/parameters/jaarparameters.js";
import { VOORBEELD_E } from "./voorbeelden.js";

const bedrag = (max: bigint) =>
  fc
    .oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max }))
    .map((c) => {
      const s = c.toString().padStart(3, "0");
      return `${s.slice(0, -2)}.${s.slice(-2)}`;
    });
const aantal = fc.oneof(
  fc.constant(0),
  fc.nat({ max: 5 }),
  fc.nat({ max: 10 ** 6 }),
  fc.nat({ max: 10 ** 6 }).map(String),
  fc.tuple(fc.nat({ max: 10 ** 5 }), fc.nat({ max: 999 })).map(([h, f]) => `${h}.${f}`),
);
const gewicht = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 99 }))
  .map(([h, f]) => `${h}.${f}`);
const alleGewichten = fc
  .tuple(...ZORGPROFIELEN.map(() => gewicht))
  .map((ws) => Object.fromEntries(ZORGPROFIELEN.map((p, i) => [p, ws[i]])));
const perProfiel = <T>(arb: fc.Arbitrary<T>) =>
  fc
    .subarray([...ZORGPROFIELEN])
    .chain((ps) =>
      fc.tuple(...ps.map(() => arb)).map((vs) => Object.fromEntries(ps.map((p, i) => [p, vs[i]]))),
    );
const paar = <T>(arb: fc.Arbitrary<T>) => fc.record({ basis: arb, jaar: arb });
const overigeRegel = fc.record(
  {
    id: fc.constantFrom("a", "b", "c"),
    afgesproken: bedrag(10n ** 9n),
    gerealiseerd: bedrag(10n ** 9n),
    conform: fc.boolean(),
    reden: fc.constant("niet conform besteed"),
  },
  { requiredKeys: ["id", "afgesproken", "gerealiseerd"] },
);
const invoer = fc.record(
  {
    jaar: fc.integer({ min: 2019, max: 2030 }),
    // Mostly all seven weights; sometimes a partial set (a profile with days but no weight).
    gewichten: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(...ZORGPROFIELEN.map(() => gewicht))
          .map((ws) => Object.fromEntries(ZORGPROFIELEN.map((p, i) => [p, ws[i]]))),
      },
      { weight: 1, arbitrary: perProfiel(gewicht) },
    ),
    clientdagen: paar(perProfiel(aantal)),
    svDagen: paar(aantal),
    svLoon: bedrag(10n ** 11n),
    werkgeverslasten: bedrag(10n ** 11n),
    inhuur: paar(bedrag(10n ** 10n)),
    omzet: paar(bedrag(10n ** 11n)),
    productieAfwijkingSignaal: fc.constantFrom("0", "0.10", "1"),
    afspraak: fc.record({
      personeel: bedrag(10n ** 10n),
      overige: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.uniqueArray(overigeRegel, { maxLength: 3, selector: (r) => r.id }),
        },
        { weight: 1, arbitrary: fc.array(overigeRegel, { maxLength: 3 }) },
      ),
    }),
    compensatie: bedrag(10n ** 9n),
    betaaldeVoorschotten: bedrag(10n ** 10n),
    teVerrekenen: bedrag(10n ** 9n),
  },
  {
    requiredKeys: [
      "clientdagen",
      "svDagen",
      "svLoon",
      "werkgeverslasten",
      "inhuur",
      "afspraak",
      "betaaldeVoorschotten",
    ],
  },
);

describe("berekening nacalculatie: eigenschappen", () => {
  it("geeft voor elke geldige invoer een uitkomst of een getypeerde fout, nooit een exceptie", () => {
    fc.assert(
      fc.property(invoer, (ruw) => {
        const r = voerUit(nacalculatie, ruw);
        if (r.ok) expect(nacalculatie.uitvoer.safeParse(r.waarde).success).toBe(true);
        else expect(r.fout.code).toMatch(/^[A-Z_]+$/);
      }),
    );
  });

  it('geeft bij een ongewijzigde cliëntmix en willekeurige gewichten > 0 precies de index "1"', () => {
    fc.assert(
      fc.property(alleGewichten, perProfiel(aantal), (gewichten, mix) => {
        fc.pre(Object.values(mix).some((v) => !new Decimal(v ?? 0).isZero()));
        const r = voerUit(nacalculatie, {
          ...VOORBEELD_E,
          gewichten,
          clientdagen: { basis: mix, jaar: mix },
        });
        expect(r.ok && r.waarde.index).toBe("1");
      }),
    );
  });

  it("stelt nooit meer vast dan afgesproken personeel + afgesproken overige + compensatie", () => {
    fc.assert(
      fc.property(invoer, (ruw) => {
        const r = voerUit(nacalculatie, ruw);
        if (!r.ok) return;
        const d = (s: string | undefined) => new Decimal(s ?? "0");
        const grens = d(ruw.afspraak.personeel)
          .plus(som(ruw.afspraak.overige.map((o) => d(o.afgesproken))))
          .plus(d(ruw.compensatie));
        expect(d(r.waarde.vastgesteld).lte(grens)).toBe(true);
        expect(
          d(r.waarde.saldo).equals(d(r.waarde.vastgesteld).minus(ruw.betaaldeVoorschotten)),
        ).toBe(true);
      }),
    );
  });

  it("geeft voor elke geldige invoer van landelijk-restant een uitkomst of een getypeerde fout", () => {
    const aanbieder = fc.record({
      id: fc.constantFrom("a", "b", "c", "d"),
      personeelGerealiseerd: bedrag(10n ** 10n),
      afgesprokenPersoneel: bedrag(10n ** 10n),
      aangevraagdPersoneel: bedrag(10n ** 10n),
      personeelInDienst: fc.boolean(),
    });
    const ruw = fc.record({
      landelijkBudget: bedrag(10n ** 12n),
      vastgesteld: fc.array(bedrag(10n ** 11n), { maxLength: 5 }),
      aanbieders: fc.array(aanbieder, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(ruw, (x) => {
        const r = voerUit(landelijkRestant, x);
        if (r.ok) expect(landelijkRestant.uitvoer.safeParse(r.waarde).success).toBe(true);
        else expect(r.fout.code).toBe("DUBBELE_AANBIEDER");
      }),
    );
  });
});
