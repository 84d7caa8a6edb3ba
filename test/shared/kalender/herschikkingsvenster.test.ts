import { describe, expect, it } from "vitest";
import {
  herschikkingHeropenenTot,
  herschikkingsvenster,
  magHerschikken,
} from "#shared/kalender/herschikkingsvenster.js";

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

describe("heropening van het herschikkingsvenster (§15.2)", () => {
  const dag = (jaar: number, maand: number, d: number) => ({ jaar, maand, dag: d });
  const heropen = (nu: string, uiterlijk = dag(2020, 12, 15)) =>
    herschikkingHeropenenTot(2020, uiterlijk, new Date(nu));
  const uit = (r: ReturnType<typeof heropen>) => (r.ok ? r.waarde.toISOString() : r.fout.code);

  it("heropent alleen een gesloten venster, tot een dag vanaf vandaag, hoogstens 30 dagen vooruit", () => {
    expect(uit(heropen("2020-10-20T10:00:00+02:00"))).toBe("HERSCHIKKING_NOG_NIET_OPEN");
    expect(uit(heropen("2020-11-20T10:00:00+01:00"))).toBe("HERSCHIKKING_OPEN");
    // Until 15-12-2020 23:59:59 Amsterdam = 16-12 00:00 +01:00.
    expect(uit(heropen("2020-12-03T10:00:00+01:00"))).toBe("2020-12-15T23:00:00.000Z");
    expect(uit(heropen("2020-12-03T10:00:00+01:00", dag(2020, 12, 2)))).toBe("HEROPENING_VERLOPEN");
    expect(uit(heropen("2020-12-03T10:00:00+01:00", dag(2021, 1, 2)))).toBe(
      "2021-01-02T23:00:00.000Z",
    );
    const teLang = heropen("2020-12-03T10:00:00+01:00", dag(2021, 1, 3));
    expect(teLang.ok ? "" : teLang.fout).toMatchObject({
      code: "HEROPENING_TE_LANG",
      veld: "uiterlijk",
      melding: expect.stringMatching(/hoogstens 30 dagen; kies uiterlijk 02-01-2021$/),
    });
  });

  it("een heropening maakt het besluit na 30 november weer mogelijk, tot haar einde", () => {
    const h = { tot: new Date("2020-12-15T23:00:00Z"), reden: "late prognoses" };
    expect(code(magHerschikken(2020, new Date("2020-12-10T10:00:00+01:00"), h))).toBe("heropend");
    expect(code(magHerschikken(2020, new Date("2020-12-16T00:00:00+01:00"), h))).toBe(
      "HERSCHIKKING_GESLOTEN",
    );
  });
});
