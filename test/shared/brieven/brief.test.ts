// The letters' own rules (shared/brieven/brief.ts): a deterministic, readable kenmerk; the Awb's six
// weeks counted from the dagtekening, a weekend moving to the Monday; the address lines.
import { describe, expect, it } from "vitest";
import {
  adresregels,
  bezwaarclausule,
  bezwaarUiterlijk,
  kenmerk,
  PostadresSchema,
} from "#shared/brieven/brief.js";

describe("kenmerk van een brief", () => {
  it("bestaat uit jaar, zorgkantoor, AGB-code en soort, met een volgnummer vanaf de tweede", () => {
    const basis = { jaar: 2020, zorgkantoorId: "zk-zilveren-kruis", agbCode: "73731001" };
    expect(kenmerk({ ...basis, soort: "beoordelingsbrief" })).toBe(
      "KB-2020-ZILVERENKRUIS-73731001-BB",
    );
    expect(kenmerk({ ...basis, soort: "addendum" })).toBe("KB-2020-ZILVERENKRUIS-73731001-AD");
    expect(kenmerk({ ...basis, soort: "herschikkingsbrief", volgnummer: 1 })).toBe(
      "KB-2020-ZILVERENKRUIS-73731001-HB",
    );
    expect(kenmerk({ ...basis, soort: "vaststelling", volgnummer: 2 })).toBe(
      "KB-2020-ZILVERENKRUIS-73731001-VS2",
    );
    expect(kenmerk({ ...basis, soort: "addendum" })).toBe(kenmerk({ ...basis, soort: "addendum" }));
  });
});

describe("bezwaartermijn", () => {
  it("eindigt zes weken na de dagtekening, op dezelfde weekdag", () => {
    expect(bezwaarUiterlijk({ jaar: 2021, maand: 2, dag: 15 })).toEqual({
      jaar: 2021,
      maand: 3,
      dag: 29,
    });
    // Over the change to summer time (28-03-2021) and the turn of the year.
    expect(bezwaarUiterlijk({ jaar: 2021, maand: 3, dag: 1 })).toEqual({
      jaar: 2021,
      maand: 4,
      dag: 12,
    });
    expect(bezwaarUiterlijk({ jaar: 2020, maand: 12, dag: 1 })).toEqual({
      jaar: 2021,
      maand: 1,
      dag: 12,
    });
  });

  it("schuift een zaterdag of zondag door naar maandag (Algemene termijnenwet)", () => {
    expect(bezwaarUiterlijk({ jaar: 2021, maand: 2, dag: 13 })).toEqual({
      jaar: 2021,
      maand: 3,
      dag: 29,
    });
    expect(bezwaarUiterlijk({ jaar: 2047, maand: 2, dag: 10 })).toEqual({
      jaar: 2047,
      maand: 3,
      dag: 25,
    });
  });

  it("richt de clausule aan het zorgkantoor, met de datum en zonder codes", () => {
    const t = bezwaarclausule("VGZ Zorgkantoor", { jaar: 2021, maand: 2, dag: 15 });
    expect(t).toContain(
      "binnen zes weken na de dagtekening van deze brief bezwaar maken, dus uiterlijk op 29-03-2021",
    );
    expect(t).toContain("Stuur uw bezwaarschrift naar VGZ Zorgkantoor.");
    expect(t).not.toMatch(/§|_/);
  });
});

describe("adres", () => {
  it("normaliseert de postcode en geeft straat en postcode met plaats als regels", () => {
    const a = PostadresSchema.parse({
      straat: "Lindelaan 1",
      postcode: "1071aa",
      plaats: "Amsterdam",
    });
    expect(adresregels(a)).toEqual(["Lindelaan 1", "1071 AA Amsterdam"]);
    expect(adresregels(undefined)).toEqual([]);
    expect(PostadresSchema.safeParse({ straat: "x", postcode: "10710", plaats: "y" }).success).toBe(
      false,
    );
  });
});
