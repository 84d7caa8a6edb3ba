import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { herschikkingControle } from "#shared/herschikking/berekening.js";

const aanbieders = [
  { id: "A", aangevraagd: "1000000.00" },
  { id: "B", aangevraagd: "2300000.00" },
];
const controle = (kader: string, voorstel: { id: string; nieuweAfspraak: string }[]) => {
  const r = voerUit(herschikkingControle, { kader, aanbieders, voorstel });
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};

describe("gewijzigd herschikkingsvoorstel (§8)", () => {
  it("staat een wijziging binnen aanvraag en kader toe", () => {
    const r = controle("3000000.00", [
      { id: "A", nieuweAfspraak: "700000.00" },
      { id: "B", nieuweAfspraak: "2300000.00" },
    ]);
    expect(r).toEqual({ toegestaan: true, overtredingen: [] });
  });

  it("weigert een afspraak boven de goedgekeurde aanvraag, met veld en Nederlandse melding", () => {
    const r = controle("9000000.00", [
      { id: "A", nieuweAfspraak: "1000000.01" },
      { id: "B", nieuweAfspraak: "2300000.00" },
    ]);
    expect(r.toegestaan).toBe(false);
    expect(r.overtredingen).toEqual([
      {
        code: "AFSPRAAK_BOVEN_AANVRAAG",
        veld: "voorstel[0].nieuweAfspraak",
        melding:
          "voorstel[0].nieuweAfspraak: € 1.000.000,01 is hoger dan de goedgekeurde aanvraag (€ 1.000.000,00)",
      },
    ]);
  });

  it("weigert een negatieve afspraak en een overschrijding van het kader, allebei tegelijk", () => {
    const r = controle("2000000.00", [
      { id: "A", nieuweAfspraak: "-0.01" },
      { id: "B", nieuweAfspraak: "2000000.02" },
    ]);
    expect(r.overtredingen.map((o) => [o.code, o.veld])).toEqual([
      ["AFSPRAAK_NEGATIEF", "voorstel[0].nieuweAfspraak"],
      ["AFSPRAKEN_BOVEN_KADER", "voorstel"],
    ]);
    expect(r.overtredingen[1]!.melding).toMatch(/regionale kader \(€ 2\.000\.000,00\)/);
  });

  it("meldt een onbekende, dubbele of ontbrekende aanbieder", () => {
    const r = controle("9000000.00", [
      { id: "A", nieuweAfspraak: "1.00" },
      { id: "A", nieuweAfspraak: "1.00" },
      { id: "Q", nieuweAfspraak: "1.00" },
    ]);
    expect(r.overtredingen.map((o) => [o.code, o.veld])).toEqual([
      ["DUBBELE_AANBIEDER", "voorstel[1].id"],
      ["ONBEKENDE_AANBIEDER", "voorstel[2].id"],
      ["AANBIEDER_ONTBREEKT", "voorstel"],
    ]);
  });

  it("behandelt -0.00 als nul, niet als negatief", () => {
    const r = controle("3300000.00", [
      { id: "A", nieuweAfspraak: "-0.00" },
      { id: "B", nieuweAfspraak: "0.00" },
    ]);
    expect(r.toegestaan).toBe(true);
  });

  it("laat het kader precies vol toe", () => {
    const r = controle("3300000.00", [
      { id: "A", nieuweAfspraak: "1000000.00" },
      { id: "B", nieuweAfspraak: "2300000.00" },
    ]);
    expect(r.toegestaan).toBe(true);
  });
});
