import { describe, expect, it } from "vitest";
import {
  herschikkingsvenster,
  magHerschikken,
} from "../../../shared/kalender/herschikkingsvenster.js";

const op = (iso: string) => magHerschikken(2020, new Date(iso));
const code = (r: ReturnType<typeof magHerschikken>) => (r.ok ? r.waarde.status : r.fout.code);

describe("herschikkingsvenster (§15.2)", () => {
  it("is open van 1 november 00:00 tot en met 30 november 23:59:59 Amsterdamse tijd", () => {
    expect(herschikkingsvenster(2020)).toEqual({
      opent: { jaar: 2020, maand: 11, dag: 1 },
      uiterlijk: { jaar: 2020, maand: 11, dag: 30 },
    });
    expect(code(op("2020-10-31T23:59:59+01:00"))).toBe("HERSCHIKKING_NOG_NIET_OPEN");
    expect(code(op("2020-11-01T00:00:00+01:00"))).toBe("open");
    expect(code(op("2020-11-30T23:59:59+01:00"))).toBe("open");
    expect(code(op("2020-12-01T00:00:00+01:00"))).toBe("HERSCHIKKING_GESLOTEN");
  });

  it("rekent in Amsterdamse tijd: 30-11 23:30 UTC is al 1 december", () => {
    expect(code(op("2020-11-30T22:59:59Z"))).toBe("open");
    expect(code(op("2020-11-30T23:00:00Z"))).toBe("HERSCHIKKING_GESLOTEN");
  });

  it("geldt per jaar t, afgeleid uit t", () => {
    expect(code(magHerschikken(2021, new Date("2020-11-15T12:00:00+01:00")))).toBe(
      "HERSCHIKKING_NOG_NIET_OPEN",
    );
    expect(code(magHerschikken(2021, new Date("2021-11-15T12:00:00+01:00")))).toBe("open");
  });

  it("noemt bij een weigering het veld jaar en de datums in een Nederlandse melding", () => {
    const r = op("2020-12-01T09:00:00+01:00");
    expect(r.ok ? null : r.fout).toEqual({
      code: "HERSCHIKKING_GESLOTEN",
      veld: "jaar",
      melding: expect.stringMatching(/^jaar: de herschikking van 2020 .*30-11-2020/),
    });
  });

  it("laat een heropening met reden een gesloten venster tot het opgegeven tijdstip open", () => {
    const heropening = { tot: new Date("2020-12-05T00:00:00+01:00"), reden: "late prognose" };
    const r = magHerschikken(2020, new Date("2020-12-03T10:00:00+01:00"), heropening);
    expect(code(r)).toBe("heropend");
    const na = magHerschikken(2020, new Date("2020-12-05T00:00:00+01:00"), heropening);
    expect(code(na)).toBe("HERSCHIKKING_GESLOTEN");
  });
});
