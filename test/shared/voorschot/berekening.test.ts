import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { voerUit } from "#shared/berekening.js";
import { voorschot } from "#shared/voorschot/berekening.js";

const maanden = (van: number, bedrag: string) =>
  Array.from({ length: 13 - van }, (_, i) => ({
    maand: `2020-${String(van + i).padStart(2, "0")}`,
    bedrag,
  }));

describe("berekening voorschot (§6, §13 A)", () => {
  it("geeft voor het voorbeeld van §13 A exact de afgesproken uitvoer", () => {
    const r = voerUit(voorschot, {
      bedrag: "1024000.00",
      percentage: "0.75",
      jaar: 2020,
      getekendOp: "2020-03-20",
    });
    expect(r).toEqual({
      ok: true,
      waarde: {
        betalingen: [{ maand: "2020-03", bedrag: "192000.00" }, ...maanden(4, "64000.00")],
        totaal: "768000.00",
      },
    });
    expect(JSON.stringify(r.ok && r.waarde)).toBe(
      `{"betalingen":[{"maand":"2020-03","bedrag":"192000.00"},${maanden(4, "64000.00")
        .map((m) => JSON.stringify(m))
        .join(",")}],"totaal":"768000.00"}`,
    );
  });

  it("neemt zonder percentage het voorschotpercentage van het jaar (75%)", () => {
    const r = voerUit(voorschot, { bedrag: "1024000.00", jaar: 2020, getekendOp: "2020-05-12" });
    expect(r.ok && r.waarde).toEqual({ betalingen: maanden(5, "64000.00"), totaal: "512000.00" });
  });

  it("geeft een leeg schema bij ondertekening na afloop van het jaar", () => {
    const r = voerUit(voorschot, { bedrag: "1024000.00", jaar: 2020, getekendOp: "2021-01-15" });
    expect(r.ok && r.waarde).toEqual({ betalingen: [], totaal: "0.00" });
  });

  it("verwerkt aanpassingen als nieuwe basisversies en meldt jaardoel en te verrekenen bedrag", () => {
    const r = voerUit(voorschot, {
      bedrag: "1200000.00",
      percentage: "0.75",
      jaar: 2020,
      getekendOp: "2020-01-20",
      aanpassingen: [{ vanafMaand: "2020-08", bedrag: "600000.00" }],
    });
    expect(r.ok && r.waarde).toEqual({
      betalingen: [...maanden(1, "75000.00").slice(0, 7), ...maanden(8, "0.00")],
      totaal: "525000.00",
      jaardoel: "450000.00",
      teVerrekenen: "75000.00",
    });
  });

  it("weigert een aanpassing buiten het jaar en een onbekend veld, met het veld in de melding", () => {
    const buiten = voerUit(voorschot, {
      bedrag: "1.00",
      jaar: 2020,
      getekendOp: "2020-01-20",
      aanpassingen: [{ vanafMaand: "2021-02", bedrag: "2.00" }],
    });
    expect(buiten.ok || buiten.fout.veld).toBe("aanpassingen[0].vanafMaand");
    const bedrag = voerUit(voorschot, { bedrag: "1.001", jaar: 2020, getekendOp: "2020-01-20" });
    expect(bedrag.ok || bedrag.fout.melding).toMatch(/^bedrag: .*twee decimalen/);
    const extra = voerUit(voorschot, {
      bedrag: "1.00",
      jaar: 2020,
      getekendOp: "2020-01-20",
      percentag: "0.5",
    });
    expect(extra.ok).toBe(false);
  });

  it("levert een JSON Schema voor invoer en uitvoer", () => {
    expect(() =>
      z.toJSONSchema(voorschot.invoer, { io: "input", unrepresentable: "any" }),
    ).not.toThrow();
    expect(() => z.toJSONSchema(voorschot.uitvoer, { io: "output" })).not.toThrow();
  });

  it("geeft voor elke schema-geldige invoer een uitkomst of een getypte Fout, nooit een uitzondering", () => {
    const centen = fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 12n }));
    const bedragTekst = centen.map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
    const jaar = fc.integer({ min: 2019, max: 2100 });
    const datum = (j: number) =>
      fc.integer({ min: -800, max: 800 }).map((n) => {
        const t = new Date(Date.UTC(j, 0, 1 + n));
        return t.toISOString().slice(0, 10);
      });
    const invoer = jaar.chain((j) =>
      fc.record(
        {
          bedrag: bedragTekst,
          percentage: fc.integer({ min: 0, max: 10_000 }).map((bp) => (bp / 10_000).toString()),
          jaar: fc.constant(j),
          getekendOp: datum(j),
          aanpassingen: fc.array(
            fc.record({
              vanafMaand: fc
                .tuple(fc.integer({ min: j - 1, max: j + 1 }), fc.integer({ min: 1, max: 12 }))
                .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
              bedrag: bedragTekst,
            }),
            { maxLength: 4 },
          ),
        },
        { requiredKeys: ["bedrag", "jaar", "getekendOp"] },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(invoer, fc.anything()), (x) => {
        const r = voerUit(voorschot, x);
        if (r.ok) expect(voorschot.uitvoer.safeParse(r.waarde).success).toBe(true);
        else expect(r.fout).toMatchObject({ code: expect.any(String), veld: expect.any(String) });
      }),
    );
  });
});
