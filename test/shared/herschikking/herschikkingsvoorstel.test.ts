import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { controleerGewijzigdVoorstel } from "#shared/herschikking/gewijzigdVoorstel.js";
import {
  type HerschikkingAanbieder,
  stelHerschikkingVoor,
  verhogingsvraag,
  verlaging,
} from "#shared/herschikking/herschikkingsvoorstel.js";

const d = (s: string | number) => new Decimal(s);
const aanbieder = (id: string, afspraak: string, aangevraagd: string, prognose: string) => ({
  id,
  afspraak: d(afspraak),
  aangevraagd: d(aangevraagd),
  prognose: d(prognose),
});

const VOORBEELD_D = [
  aanbieder("A", "1000000", "1000000", "800000"),
  aanbieder("B", "2000000", "2300000", "2400000"),
  aanbieder("C", "1500000", "1700000", "1600000"),
  aanbieder("D", "3000000", "3000000", "3000000"),
];

const mutaties = (r: ReturnType<typeof stelHerschikkingVoor>) =>
  r.ok ? r.waarde.regels.map((x) => `${x.id} ${x.mutatie.toFixed(2)}`) : r.fout;

describe("herschikking (§8)", () => {
  it("herschikt voorbeeld D: A −200.000, B +150.000, C +50.000, D ongewijzigd, kader gehouden", () => {
    const r = stelHerschikkingVoor(d("7500000"), VOORBEELD_D);
    expect(mutaties(r)).toEqual(["A -200000.00", "B 150000.00", "C 50000.00", "D 0.00"]);
    if (!r.ok) return;
    expect(r.waarde.ruimte.toFixed(2)).toBe("200000.00");
    expect(r.waarde.vraag.toFixed(2)).toBe("400000.00");
    expect(r.waarde.naarRato).toBe(true);
    expect(r.waarde.totaalNieuw.toFixed(2)).toBe("7500000.00");
    expect(r.waarde.regels.map((x) => x.nieuweAfspraak.toFixed(2))).toEqual([
      "800000.00",
      "2150000.00",
      "1550000.00",
      "3000000.00",
    ]);
  });

  it("verlaagt een afspraak tot de prognose wanneer het geld niet wordt besteed", () => {
    expect(verlaging(aanbieder("A", "1000", "1000", "750.50")).toFixed(2)).toBe("249.50");
    expect(verlaging(aanbieder("A", "1000", "1000", "1200")).toFixed(2)).toBe("0.00");
  });

  it("begrenst de vraag om verhoging op de goedgekeurde aanvraag", () => {
    expect(verhogingsvraag(aanbieder("B", "2000", "2300", "2400")).toFixed(2)).toBe("300.00");
    expect(verhogingsvraag(aanbieder("C", "1500", "1700", "1600")).toFixed(2)).toBe("100.00");
    expect(verhogingsvraag(aanbieder("A", "1000", "1000", "800")).toFixed(2)).toBe("0.00");
  });

  it("kent elke vraag volledig toe als de ruimte groot genoeg is", () => {
    const r = stelHerschikkingVoor(d("8000000"), VOORBEELD_D);
    expect(mutaties(r)).toEqual(["A -200000.00", "B 300000.00", "C 100000.00", "D 0.00"]);
    if (r.ok) expect(r.waarde.naarRato).toBe(false);
  });

  it("verdeelt een krappe ruimte met grootste rest; gelijke rest gaat naar de eerst genoemde", () => {
    const lijst = [
      aanbieder("X", "0", "10", "10"),
      aanbieder("Y", "0", "10", "10"),
      aanbieder("Z", "0", "10", "10"),
    ];
    expect(mutaties(stelHerschikkingVoor(d("0.01"), lijst))).toEqual([
      "X 0.01",
      "Y 0.00",
      "Z 0.00",
    ]);
    expect(mutaties(stelHerschikkingVoor(d("10"), lijst))).toEqual(["X 3.34", "Y 3.33", "Z 3.33"]);
  });

  it("meldt afspraken boven het kader als fout, niet als voorstel", () => {
    const r = stelHerschikkingVoor(d("7499999.99"), VOORBEELD_D);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fout.code).toBe("AFSPRAKEN_BOVEN_KADER");
    expect(r.fout.veld).toBe("kader");
    expect(r.fout.melding).toMatch(/€ 7\.500\.000,00.*regionale kader \(€ 7\.499\.999,99\)/);
  });

  it("weigert een afspraak boven de goedgekeurde aanvraag en een dubbele aanbieder", () => {
    const boven = stelHerschikkingVoor(d("10"), [aanbieder("A", "5", "4", "5")]);
    expect(boven.ok ? null : [boven.fout.code, boven.fout.veld]).toEqual([
      "AFSPRAAK_BOVEN_AANVRAAG",
      "aanbieders[0].afspraak",
    ]);
    const dubbel = stelHerschikkingVoor(d("10"), [
      aanbieder("A", "1", "1", "1"),
      aanbieder("A", "1", "1", "1"),
    ]);
    expect(dubbel.ok ? null : [dubbel.fout.code, dubbel.fout.veld]).toEqual([
      "DUBBELE_AANBIEDER",
      "aanbieders[1].id",
    ]);
  });

  it("geeft zonder aanbieders een leeg voorstel met het hele kader als ruimte", () => {
    const r = stelHerschikkingVoor(d("100"), []);
    expect(r.ok && r.waarde.regels.length === 0 && r.waarde.ruimte.toFixed(2)).toBe("100.00");
  });
});

const centen = (max: bigint) =>
  fc.bigInt({ min: 0n, max }).map((c) => new Decimal(c.toString()).dividedBy(100));

const regel = fc
  .record({
    afspraak: centen(10n ** 9n),
    extraAanvraag: fc.oneof(centen(0n), centen(10n ** 8n)),
    prognose: fc.oneof(centen(10n ** 9n), centen(2n * 10n ** 9n)),
  })
  .map(
    ({ afspraak, extraAanvraag, prognose }): Omit<HerschikkingAanbieder, "id"> => ({
      afspraak,
      aangevraagd: afspraak.plus(extraAanvraag),
      prognose,
    }),
  );

const situatie = fc.record({
  regels: fc.array(regel, { maxLength: 12 }),
  speling: fc.oneof(centen(0n), centen(100n), centen(10n ** 7n), centen(10n ** 10n)),
});

describe("herschikking: eigenschappen (§8)", () => {
  it("blijft binnen kader en aanvraag, houdt het geld tot op de cent en gaat nooit negatief", () => {
    fc.assert(
      fc.property(situatie, ({ regels, speling }) => {
        const aanbieders = regels.map((r, i) => ({ id: `a${i}`, ...r }));
        const kader = som(aanbieders.map((a) => a.afspraak)).plus(speling);
        const r = stelHerschikkingVoor(kader, aanbieders);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const v = r.waarde;
        expect(v.totaalNieuw.lte(kader)).toBe(true);
        for (const [i, regel] of v.regels.entries()) {
          const a = aanbieders[i]!;
          expect(regel.id).toBe(a.id);
          expect(regel.nieuweAfspraak.isNegative()).toBe(false);
          expect(regel.nieuweAfspraak.lte(a.aangevraagd)).toBe(true);
          expect(regel.verhoging.lte(regel.vraag)).toBe(true);
          expect(regel.nieuweAfspraak.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        const afspraken = som(aanbieders.map((a) => a.afspraak));
        expect(v.totaalNieuw.equals(afspraken.minus(v.verlagingen).plus(v.verhogingen))).toBe(true);
        const ruimte = kader.minus(afspraken).plus(v.verlagingen);
        expect(v.verhogingen.equals(Decimal.min(ruimte, v.vraag))).toBe(true);
        // The proposal itself always satisfies the constraints of an edited proposal.
        expect(
          controleerGewijzigdVoorstel({
            kader,
            aanbieders: aanbieders.map((a) => ({ id: a.id, aangevraagd: a.aangevraagd })),
            voorstel: v.regels.map((x) => ({ id: x.id, nieuweAfspraak: x.nieuweAfspraak })),
          }),
        ).toEqual([]);
      }),
    );
  });

  it("meldt altijd een fout zodra de afspraken samen boven het kader liggen", () => {
    fc.assert(
      fc.property(
        fc.array(regel, { minLength: 1, maxLength: 8 }),
        centen(10n ** 6n),
        (regels, tekort) => {
          const aanbieders = regels.map((r, i) => ({ id: `a${i}`, ...r }));
          const kader = som(aanbieders.map((a) => a.afspraak))
            .minus(tekort)
            .minus("0.01");
          fc.pre(!kader.isNegative());
          const r = stelHerschikkingVoor(kader, aanbieders);
          expect(r.ok ? null : r.fout.code).toBe("AFSPRAKEN_BOVEN_KADER");
        },
      ),
    );
  });
});
