import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reserveringBerekening } from "#shared/beoordeling/berekening.js";
import {
  berekendeReservering,
  productieTotaal,
  reservering,
} from "#shared/beoordeling/reservering.js";
import { voerUit } from "#shared/berekening.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { ZORGPROFIELEN } from "#shared/parameters/jaarparameters.js";
import { d } from "../indiening/voorbeeld.js";

describe("gereserveerd bedrag (§5)", () => {
  it("§13 C: productie VV4–VV10 € 9.000.000 geeft € 990.000,00", () => {
    const productie = { VV4: d("4000000"), VV5: d("3000000"), VV7: d("2000000") };
    expect(bedragTekst(berekendeReservering(productie, d("0.11")))).toBe("990000.00");
    const r = voerUit(reserveringBerekening, {
      productie: { VV4: "4000000.00", VV5: "3000000.00", VV7: "2000000.00" },
      jaar: 2020,
    });
    expect(r).toEqual({ ok: true, waarde: { reservering: "990000.00" } });
  });

  it("telt alle zeven profielen VV4 tot en met VV10 mee", () => {
    const productie = Object.fromEntries(ZORGPROFIELEN.map((p) => [p, d("1000")]));
    expect(productieTotaal(productie).toString()).toBe("7000");
  });

  it("rondt half-up af op centen", () => {
    // 0,11 × 1.234,55 = 135,8005 → 135,80 ; 0,11 × 4,55 = 0,5005 → 0,50 ; 0,11 × 0,05 = 0,0055 → 0,01
    expect(bedragTekst(berekendeReservering({ VV6: d("1234.55") }, d("0.11")))).toBe("135.80");
    expect(bedragTekst(berekendeReservering({ VV6: d("0.05") }, d("0.11")))).toBe("0.01");
    expect(bedragTekst(berekendeReservering({}, d("0.11")))).toBe("0.00");
  });

  it("neemt het percentage van het jaar tenzij opgegeven", () => {
    const r = voerUit(reserveringBerekening, {
      productie: { VV4: "1000000.00" },
      percentage: "0.05",
      jaar: 2020,
    });
    expect(r.ok && r.waarde.reservering).toBe("50000.00");
  });

  it("laat het zorgkantoor een ander bedrag vastzetten, alleen met reden", () => {
    const met = reservering({ VV4: d("9000000") }, d("0.11"), {
      bedrag: d("800000.00"),
      reden: "Nieuwe aanbieder: ondernemingsplan realistischer bij 8,9%.",
    });
    expect(met.ok && met.waarde).toMatchObject({ bron: "zorgkantoor" });
    expect(met.ok && bedragTekst(met.waarde.berekend)).toBe("990000.00");
    expect(met.ok && bedragTekst(met.waarde.bedrag)).toBe("800000.00");
    const zonder = reservering({ VV4: d("9000000") }, d("0.11"), {
      bedrag: d("800000.00"),
      reden: "   ",
    });
    expect(!zonder.ok && zonder.fout).toMatchObject({
      code: "REDEN_ONTBREEKT",
      veld: "afwijkend.reden",
    });
    const negatief = reservering({}, d("0.11"), { bedrag: d("-1"), reden: "x" });
    expect(!negatief.ok && negatief.fout.veld).toBe("afwijkend.bedrag");
    const viaBerekening = voerUit(reserveringBerekening, {
      productie: { VV4: "9000000.00" },
      jaar: 2020,
      afwijkend: { bedrag: "800000.00", reden: "" },
    });
    expect(!viaBerekening.ok && viaBerekening.fout.veld).toBe("afwijkend.reden");
  });

  it("weigert een onbekend zorgprofiel en een negatieve productie", () => {
    const vv3 = voerUit(reserveringBerekening, { productie: { VV3: "1.00" }, jaar: 2020 });
    expect(vv3.ok).toBe(false);
    const neg = voerUit(reserveringBerekening, { productie: { VV4: "-1.00" }, jaar: 2020 });
    expect(!neg.ok && neg.fout.veld).toBe("productie.VV4");
  });

  it("geeft voor elke schema-geldige invoer ok of een getypeerde Fout, nooit een exceptie (property)", () => {
    const bedrag = fc.oneof(
      fc.constant("0"),
      fc
        .bigInt({ min: 0n, max: 10n ** 12n })
        .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`),
    );
    const invoer = fc.record(
      {
        productie: fc.dictionary(fc.constantFrom(...ZORGPROFIELEN), bedrag),
        percentage: fc.oneof(
          fc.constantFrom("0", "1", "0.11"),
          fc.integer({ min: 0, max: 9999 }).map((n) => `0.${String(n).padStart(4, "0")}`),
        ),
        jaar: fc.integer({ min: 2019, max: 2100 }),
        afwijkend: fc.record({ bedrag, reden: fc.string({ maxLength: 10 }) }),
      },
      { requiredKeys: ["productie", "jaar"] },
    );
    fc.assert(
      fc.property(invoer, (i) => {
        const r = voerUit(reserveringBerekening, i);
        if (r.ok) {
          expect(r.waarde.reservering).toMatch(/^\d+\.\d\d$/);
          reserveringBerekening.uitvoer.parse(r.waarde);
        } else {
          expect(r.fout.code).toMatch(/^[A-Z_]+$/);
          expect(r.fout.melding).toContain(r.fout.veld);
        }
      }),
    );
  });
});
