import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import {
  type AfspraakVersie,
  geldendeAfspraak,
  voegAfspraakVersieToe,
} from "#shared/herschikking/afspraakhistorie.js";

const versie = (soort: AfspraakVersie["soort"], bedrag: string): AfspraakVersie => ({
  soort,
  bedrag: new Decimal(bedrag),
});
const code = (r: ReturnType<typeof voegAfspraakVersieToe>) => (r.ok ? "ok" : r.fout.code);

describe("afspraakhistorie (§8)", () => {
  it("bewaart initiële afspraak, herschikking en vaststelling in volgorde", () => {
    let h: AfspraakVersie[] = [];
    for (const v of [
      versie("initieel", "1000000"),
      versie("herschikking", "800000"),
      versie("vaststelling", "780000"),
    ]) {
      const r = voegAfspraakVersieToe(h, v);
      expect(r.ok).toBe(true);
      if (r.ok) h = r.waarde;
    }
    expect(h.map((v) => v.soort)).toEqual(["initieel", "herschikking", "vaststelling"]);
    expect(geldendeAfspraak(h)?.toFixed(2)).toBe("780000.00");
    expect(geldendeAfspraak([])).toBeUndefined();
  });

  it("begint altijd met de initiële afspraak en kent er maar één", () => {
    expect(code(voegAfspraakVersieToe([], versie("herschikking", "1")))).toBe(
      "HISTORIE_ZONDER_INITIELE_AFSPRAAK",
    );
    expect(code(voegAfspraakVersieToe([versie("initieel", "1")], versie("initieel", "2")))).toBe(
      "INITIELE_AFSPRAAK_BESTAAT_AL",
    );
  });

  it("wijzigt een vastgestelde afspraak niet meer en weigert een negatief bedrag", () => {
    const h = [versie("initieel", "1"), versie("vaststelling", "1")];
    expect(code(voegAfspraakVersieToe(h, versie("herschikking", "2")))).toBe(
      "AFSPRAAK_AL_VASTGESTELD",
    );
    expect(
      code(voegAfspraakVersieToe([versie("initieel", "1")], versie("herschikking", "-1"))),
    ).toBe("AFSPRAAK_NEGATIEF");
  });

  it("§15.6 [portal rule]: een herziening is een nieuwe vaststellingsversie na de vaststelling", () => {
    const h = [versie("initieel", "1"), versie("vaststelling", "1")];
    const r = voegAfspraakVersieToe(h, versie("vaststelling", "0.5"));
    expect(code(r)).toBe("ok");
    if (r.ok)
      expect(r.waarde.map((v) => v.soort)).toEqual(["initieel", "vaststelling", "vaststelling"]);
    expect(code(voegAfspraakVersieToe(h, versie("initieel", "2")))).toBe(
      "INITIELE_AFSPRAAK_BESTAAT_AL",
    );
  });

  it("laat de oude historie ongemoeid bij het toevoegen", () => {
    const h = [versie("initieel", "1")];
    voegAfspraakVersieToe(h, versie("herschikking", "2"));
    expect(h).toHaveLength(1);
  });
});
