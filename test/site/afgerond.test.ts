// The nacalculatie page shows the index (§9.1, computed unrounded, §11) to 4 decimals, half-up.
import { describe, expect, it } from "vitest";
import { afgerond } from "#web/src/scripts/lib/bedrag.js";

describe("de index op het scherm", () => {
  it("rondt half-up af op 4 decimalen, in Nederlandse notatie", () => {
    expect(afgerond("1.0380073800738007", 4)).toBe("1,0380");
    expect(afgerond("0.99995", 4)).toBe("1,0000");
    expect(afgerond("1.03805", 4)).toBe("1,0381");
    expect(afgerond("2", 4)).toBe("2,0000");
    expect(afgerond("-0.12344", 4)).toBe("-0,1234");
  });
});
