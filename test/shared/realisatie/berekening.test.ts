import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { voerUit } from "#shared/berekening.js";
import { realisatie } from "#shared/realisatie/berekening.js";
import { VOORBEELD } from "./voorbeeld.js";

describe("berekening realisatie (§6, §7)", () => {
  it("projecteert de meirealisatie naar het jaar en geeft de aangepaste voorschotbasis", () => {
    expect(voerUit(realisatie, VOORBEELD)).toEqual({
      ok: true,
      waarde: {
        maandenGedekt: 4,
        personeel: [
          { regelId: "P1", kostenTotNu: "250000.00", projectie: "750000.00" },
          { regelId: "P2", kostenTotNu: "40000.00", projectie: "120000.00" },
        ],
        overige: [
          {
            regelId: "O1",
            uitgavenTotNu: "15000.00",
            projectie: "45000.00",
            afgesproken: "60000.00",
            subsidiabel: "45000.00",
          },
          {
            regelId: "O2",
            uitgavenTotNu: "40000.00",
            projectie: "120000.00",
            afgesproken: "90000.00",
            subsidiabel: "90000.00",
          },
        ],
        projectiePersoneel: "870000.00",
        subsidiabelPersoneel: "850000.00",
        subsidiabelOverige: "135000.00",
        compensatie: "24000.00",
        afspraak: "1024000.00",
        aangepasteBasis: "1009000.00",
        vanafMaand: "2020-06",
        nietAfgesproken: [],
      },
    });
  });

  it("weigert een dubbele regel in de afspraak met het volledige veldpad", () => {
    const r = voerUit(realisatie, {
      ...VOORBEELD,
      afspraak: {
        ...VOORBEELD.afspraak,
        overigeRegels: [...VOORBEELD.afspraak.overigeRegels, { regelId: "O1", bedrag: "1.00" }],
      },
    });
    expect(r.ok || r.fout.veld).toBe("afspraak.overigeRegels[2].regelId");
  });

  it("levert een JSON Schema voor invoer en uitvoer", () => {
    expect(() =>
      z.toJSONSchema(realisatie.invoer, { io: "input", unrepresentable: "any" }),
    ).not.toThrow();
    expect(() => z.toJSONSchema(realisatie.uitvoer, { io: "output" })).not.toThrow();
  });

  it("geeft voor elke schema-geldige invoer een uitkomst of een getypte Fout, nooit een uitzondering", () => {
    const bedrag = fc
      .oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 12n }))
      .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
    const id = fc.oneof(fc.constantFrom("a", "b", "c"), fc.string({ minLength: 1, maxLength: 8 }));
    const fte = fc.nat({ max: 100_000 }).map((n) => `${Math.floor(n / 100)}.${n % 100}`);
    const invoer = fc.record({
      afspraak: fc.record({
        personeel: bedrag,
        overige: bedrag,
        compensatie: bedrag,
        overigeRegels: fc.array(fc.record({ regelId: id, bedrag }), { maxLength: 5 }),
      }),
      rapport: fc.record({
        jaar: fc.integer({ min: 2019, max: 2100 }),
        venster: fc.constantFrom("mei", "juli", "oktober"),
        personeel: fc.array(fc.record({ regelId: id, extraFte: fte, kostenTotNu: bedrag }), {
          maxLength: 5,
        }),
        overige: fc.array(fc.record({ regelId: id, uitgavenTotNu: bedrag }), { maxLength: 5 }),
      }),
    });
    fc.assert(
      fc.property(fc.oneof(invoer, fc.anything()), (x) => {
        const r = voerUit(realisatie, x);
        if (r.ok) expect(realisatie.uitvoer.safeParse(r.waarde).success).toBe(true);
        else expect(r.fout).toMatchObject({ code: expect.any(String), veld: expect.any(String) });
      }),
    );
  });
});
