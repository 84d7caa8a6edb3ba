// [portal rule] §1: the aanbieder's concept is its working copy.
import { describe, expect, it } from "vitest";
import { zietConcepten } from "#shared/toegang/zaak.js";

describe("zietConcepten", () => {
  it("alleen wie aanbieder van de zaak is ziet het concept", () => {
    expect(zietConcepten(["aanbieder"])).toBe(true);
    expect(zietConcepten(["zorgkantoor-beheer", "aanbieder"])).toBe(true);
    expect(zietConcepten(["beoordelaar", "zorgkantoor-beheer"])).toBe(false);
    expect(zietConcepten(["landelijk-beheer"])).toBe(false);
    expect(zietConcepten([])).toBe(false);
  });
});
