import { describe, expect, it } from "vitest";
import { EERSTE_JAAR, kiesbareJaren, lopendJaar } from "#shared/kalender/jaren.js";

describe("jaren op het scherm (§3.1, §3.2)", () => {
  it("kiest het jaar van de portaalklok in Amsterdam, ook op oudejaarsavond in UTC", () => {
    expect(lopendJaar(new Date("2019-11-20T10:00:00+01:00"))).toBe(2019);
    // 31-12-2019 23:30 UTC is already 1 January 2020 in Amsterdam.
    expect(lopendJaar(new Date("2019-12-31T23:30:00Z"))).toBe(2020);
  });

  it("biedt 2019 tot het lopende jaar, en t+1 vanaf 1 september", () => {
    expect(kiesbareJaren(new Date("2020-08-31T12:00:00+02:00"))).toEqual([2020, 2019]);
    expect(kiesbareJaren(new Date("2020-09-01T00:00:00+02:00"))).toEqual([2021, 2020, 2019]);
    expect(kiesbareJaren(new Date("2019-03-01T12:00:00+01:00"))).toEqual([EERSTE_JAAR]);
  });

  it("neemt een al gekozen jaar op, ook buiten de lijst", () => {
    expect(kiesbareJaren(new Date("2019-11-20T10:00:00+01:00"), 2022)).toEqual([
      2022, 2021, 2020, 2019,
    ]);
    expect(kiesbareJaren(new Date("2020-03-01T12:00:00+01:00"), 2019)).toEqual([2020, 2019]);
  });
});
