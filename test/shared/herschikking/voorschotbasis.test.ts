// docs/regels.md §6, §8: from which month a herschikking changes the voorschot of year t.
import { describe, expect, it } from "vitest";
import { basisVanaf } from "#shared/herschikking/voorschotbasis.js";
import { amsterdam } from "#shared/kalender/tijd.js";

describe("basisVanaf (§6, §8)", () => {
  it("vanaf de maand na het besluit, op de kalender van Amsterdam", () => {
    expect(basisVanaf(2020, amsterdam(2020, 11, 1, 10, 0))).toBe(12);
    // 31 March 23:30 UTC is already 1 April in Amsterdam.
    expect(basisVanaf(2020, new Date("2020-03-31T23:30:00Z"))).toBe(5);
  });
  it("een besluit vóór het jaar geldt vanaf januari", () => {
    expect(basisVanaf(2020, amsterdam(2019, 12, 15, 10, 0))).toBe(1);
  });
  it("een besluit in december of later verandert geen voorschot meer (§9 verrekent)", () => {
    expect(basisVanaf(2020, amsterdam(2020, 12, 1, 10, 0))).toBeUndefined();
    expect(basisVanaf(2020, amsterdam(2021, 2, 1, 10, 0))).toBeUndefined();
  });
});
