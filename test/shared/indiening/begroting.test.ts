import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import {
  aandeelPersoneel,
  jaarkosten,
  jaartotalen,
  totalenPerJaar,
  totalenVoorJaar,
} from "#shared/indiening/begroting.js";
import {
  type Begrotingsjaar,
  BegrotingsjaarSchema,
  type Personeelsregel,
  PersoneelsregelSchema,
} from "#shared/indiening/begrotingsregels.js";
import { d } from "./voorbeeld.js";

const loondienst = (
  fte: string,
  maand: number,
  direct: string,
  indirect: string,
  premies: string,
) =>
  PersoneelsregelSchema.parse({
    id: "p",
    soort: "loondienst",
    functiegroep: "verpleegkundige",
    locatie: "organisatiebreed",
    fte,
    ingangsmaand: maand,
    loonkostenPerFte: { direct, indirect, premies },
  });

const centen = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;

describe("jaarkosten van een personeelsregel (§4.1.3)", () => {
  it("rekent fte × (direct + indirect + premies) × (13 − ingangsmaand) / 12", () => {
    expect(bedragTekst(jaarkosten(loondienst("10.00", 1, "50000", "15000", "15000")))).toBe(
      "800000.00",
    );
    // From July: six months of the year.
    expect(bedragTekst(jaarkosten(loondienst("2.50", 7, "40000", "10000", "10000")))).toBe(
      "75000.00",
    );
    // From December: one month.
    expect(bedragTekst(jaarkosten(loondienst("1", 12, "60000", "0", "0")))).toBe("5000.00");
  });

  it("rondt per regel half-up af op centen", () => {
    // 1 × 100,01 × 11 / 12 = 91,67583… → 91,68 ; 0,01 × 50 × 1/12 = 0,041666… → 0,04
    expect(bedragTekst(jaarkosten(loondienst("1", 2, "100.01", "0", "0")))).toBe("91.68");
    expect(bedragTekst(jaarkosten(loondienst("0.01", 12, "50", "0", "0")))).toBe("0.04");
    // 0,03 × 1 × 6 / 12 = 0,015 → 0,02 (half-up, not half-even)
    expect(jaarkosten(loondienst("0.03", 7, "1", "0", "0")).toFixed(2)).toBe("0.02");
  });

  it("gebruikt bij inhuur de kosten per fte", () => {
    const r = PersoneelsregelSchema.parse({
      id: "i",
      soort: "inhuur",
      functiegroep: "behandelaar",
      locatie: "organisatiebreed",
      fte: "0.50",
      ingangsmaand: 4,
      kostenPerFte: "120000.00",
    });
    expect(bedragTekst(jaarkosten(r))).toBe("45000.00");
  });
});

describe("totalen per jaar (§4.2)", () => {
  it("telt personeel, overige en totaal en berekent het aandeel personeel ongerond", () => {
    const jaar = BegrotingsjaarSchema.parse({
      jaar: 2020,
      personeel: [
        {
          id: "p1",
          soort: "loondienst",
          functiegroep: "helpende",
          locatie: "organisatiebreed",
          fte: "1",
          ingangsmaand: 1,
          loonkostenPerFte: { direct: "100000", indirect: "0", premies: "0" },
        },
      ],
      overige: [
        { id: "o1", categorie: "technologie", locatie: "organisatiebreed", bedrag: "200000" },
      ],
    });
    const t = jaartotalen(jaar);
    expect(bedragTekst(t.personeel)).toBe("100000.00");
    expect(bedragTekst(t.overige)).toBe("200000.00");
    expect(bedragTekst(t.totaal)).toBe("300000.00");
    expect(t.aandeelPersoneel?.toString()).toBe("0.3333333333333333333333333333333333333333");
    expect(t.extraFte.toString()).toBe("1");
  });

  it("§13 B: personeel 800.000 en overige 200.000 geeft een aandeel van precies 0,8", () => {
    expect(aandeelPersoneel(d("800000"), d("200000"))?.toString()).toBe("0.8");
  });

  it("laat het aandeel open bij een lege begroting in plaats van door nul te delen", () => {
    expect(aandeelPersoneel(d(0), d(0))).toBeUndefined();
    const leeg = totalenVoorJaar([], 2020);
    expect(leeg.aandeelPersoneel).toBeUndefined();
    expect(bedragTekst(leeg.totaal)).toBe("0.00");
    const nul = jaartotalen(BegrotingsjaarSchema.parse({ jaar: 2020 }));
    expect(nul.aandeelPersoneel).toBeUndefined();
  });

  it("geeft de jaren in volgorde van jaar", () => {
    const jaren = [2022, 2020, 2021].map((jaar) => BegrotingsjaarSchema.parse({ jaar }));
    expect(totalenPerJaar(jaren).map((t) => t.jaar)).toEqual([2020, 2021, 2022]);
  });

  const regelArb = fc
    .record({
      fte: fc.bigInt({ min: 0n, max: 100_000n }),
      maand: fc.integer({ min: 1, max: 12 }),
      direct: fc.bigInt({ min: 0n, max: 20_000_000n }),
      indirect: fc.bigInt({ min: 0n, max: 5_000_000n }),
      premies: fc.bigInt({ min: 0n, max: 5_000_000n }),
    })
    .map((r) => ({
      ...r,
      regel: loondienst(
        centen(r.fte),
        r.maand,
        centen(r.direct),
        centen(r.indirect),
        centen(r.premies),
      ) as Personeelsregel,
    }));

  it("jaarkosten zijn nooit negatief en gelijk aan een exacte berekening in centen (property)", () => {
    fc.assert(
      fc.property(regelArb, (r) => {
        // Oracle in integers: cents = fteC × kostenC × maanden / (100 × 12), half-up.
        const teller = r.fte * (r.direct + r.indirect + r.premies) * BigInt(13 - r.maand);
        const noemer = 1200n;
        const verwacht = (teller * 2n + noemer) / (2n * noemer);
        const k = jaarkosten(r.regel);
        expect(k.isNegative()).toBe(false);
        expect(bedragTekst(k)).toBe(centen(verwacht));
      }),
    );
  });

  it("het totaal is op de cent de som van de regels (property)", () => {
    fc.assert(
      fc.property(
        fc.array(regelArb, { maxLength: 8 }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { maxLength: 8 }),
        (regels, overige) => {
          const jaar: Begrotingsjaar = BegrotingsjaarSchema.parse({ jaar: 2020 });
          jaar.personeel = regels.map((r, i) => ({ ...r.regel, id: `p${i}` }));
          jaar.overige = BegrotingsjaarSchema.parse({
            jaar: 2020,
            overige: overige.map((c, i) => ({
              id: `o${i}`,
              categorie: "welbevinden",
              locatie: "organisatiebreed",
              bedrag: centen(c),
            })),
          }).overige;
          const t = jaartotalen(jaar);
          expect(t.personeel.equals(som(jaar.personeel.map(jaarkosten)))).toBe(true);
          expect(t.totaal.equals(t.personeel.plus(t.overige))).toBe(true);
          expect(t.totaal.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(t.personeel.isNegative()).toBe(false);
          if (t.aandeelPersoneel) {
            expect(t.aandeelPersoneel.gte(0) && t.aandeelPersoneel.lte(1)).toBe(true);
          } else {
            expect(t.totaal.isZero()).toBe(true);
          }
        },
      ),
    );
  });
});
