import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import { projectie } from "#shared/realisatie/projectie.js";
import { EERSTE_MAAND_NA, MAANDEN_GEDEKT, VENSTERS } from "#shared/realisatie/venster.js";

const d = (s: string) => new Decimal(s);

describe("projectie van de realisatie naar het jaar (§7)", () => {
  it("dekt in mei vier, in juli zes en in oktober negen maanden", () => {
    expect(MAANDEN_GEDEKT).toEqual({ mei: 4, juli: 6, oktober: 9 });
    expect(projectie(d("250000.00"), "mei").toFixed(2)).toBe("750000.00");
    expect(projectie(d("250000.00"), "juli").toFixed(2)).toBe("500000.00");
    expect(projectie(d("600000.00"), "oktober").toFixed(2)).toBe("800000.00");
  });

  it("rondt de projectie per regel half-up af op centen", () => {
    expect(projectie(d("100.00"), "oktober").toFixed(2)).toBe("133.33"); // 133,333…
    expect(projectie(d("0.02"), "oktober").toFixed(2)).toBe("0.03"); // 0,02666…
    expect(projectie(d("0.01"), "oktober").toFixed(2)).toBe("0.01"); // 0,01333…
    expect(projectie(d("0.00"), "mei").toFixed(2)).toBe("0.00");
  });

  it("stelt de nieuwe basis voor vanaf de maand na het sluiten van het venster", () => {
    expect(EERSTE_MAAND_NA).toEqual({ mei: 6, juli: 8, oktober: 11 });
  });

  it("is voor elke regel exact realisatie × 12 / gedekte maanden op de cent (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.constantFrom(...VENSTERS),
        (c, venster) => {
          const maanden = BigInt(MAANDEN_GEDEKT[venster]);
          const verwacht = (2n * c * 12n + maanden) / (2n * maanden); // half-up in cents
          const p = projectie(d(c.toString()).dividedBy(100), venster);
          expect(p.times(100).toFixed(0)).toBe(verwacht.toString());
          expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});
