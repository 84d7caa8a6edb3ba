// §3.2, §9.3 [portal rule]: the accountant's report can be added once its year is over, from
// 1 January of the next year in Amsterdam (CET), not a second earlier.
import { describe, expect, it } from "vitest";
import { jaarVoorbij } from "#shared/kalender/jaareinde.js";

describe("jaarVoorbij", () => {
  it("is waar vanaf 1 januari van het volgende jaar, 00:00 in Amsterdam", () => {
    expect(jaarVoorbij(2020, new Date("2020-12-31T22:59:59.999Z"))).toBe(false);
    expect(jaarVoorbij(2020, new Date("2020-12-31T23:00:00Z"))).toBe(true);
    expect(jaarVoorbij(2020, new Date("2021-04-20T10:00:00+02:00"))).toBe(true);
    expect(jaarVoorbij(2020, new Date("2020-06-01T10:00:00+02:00"))).toBe(false);
  });
});
