import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { herschikking, herschikkingControle } from "#shared/herschikking/berekening.js";

const VOORBEELD_D = {
  kader: "7500000.00",
  aanbieders: [
    { id: "A", afspraak: "1000000.00", aangevraagd: "1000000.00", prognose: "800000.00" },
    { id: "B", afspraak: "2000000.00", aangevraagd: "2300000.00", prognose: "2400000.00" },
    { id: "C", afspraak: "1500000.00", aangevraagd: "1700000.00", prognose: "1600000.00" },
    { id: "D", afspraak: "3000000.00", aangevraagd: "3000000.00", prognose: "3000000.00" },
  ],
};

describe("berekening herschikking (§8)", () => {
  it("geeft voor voorbeeld D exact het voorstel in invoervolgorde", () => {
    expect(voerUit(herschikking, VOORBEELD_D)).toEqual({
      ok: true,
      waarde: {
        voorstel: [
          { id: "A", nieuweAfspraak: "800000.00", mutatie: "-200000.00" },
          { id: "B", nieuweAfspraak: "2150000.00", mutatie: "150000.00" },
          { id: "C", nieuweAfspraak: "1550000.00", mutatie: "50000.00" },
          { id: "D", nieuweAfspraak: "3000000.00", mutatie: "0.00" },
        ],
        ruimte: "200000.00",
        verlagingen: "200000.00",
        vraag: "400000.00",
        verhogingen: "200000.00",
        naarRato: true,
        totaalAfspraken: "7500000.00",
      },
    });
  });

  it("meldt afspraken boven het kader als fout AFSPRAKEN_BOVEN_KADER", () => {
    const r = voerUit(herschikking, { ...VOORBEELD_D, kader: "7000000.00" });
    expect(r.ok ? null : r.fout.code).toBe("AFSPRAKEN_BOVEN_KADER");
  });

  it("weigert ongeldige invoer met het veld in de melding", () => {
    const aanbieders = [{ ...VOORBEELD_D.aanbieders[0]!, prognose: "-1.00" }];
    const r = voerUit(herschikking, { kader: "1.00", aanbieders });
    expect(r.ok ? null : [r.fout.code, r.fout.veld]).toEqual([
      "ONGELDIGE_INVOER",
      "aanbieders[0].prognose",
    ]);
    const tikfout = voerUit(herschikking, { ...VOORBEELD_D, kadr: "1.00" });
    expect(tikfout.ok).toBe(false);
  });
});

const bedrag = fc
  .oneof(
    fc.constant(0n),
    fc.bigInt({ min: 0n, max: 100n }),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
  )
  .map((c) => {
    const s = c.toString().padStart(3, "0");
    return `${s.slice(0, -2)}.${s.slice(-2)}`;
  });
const id = fc.constantFrom("A", "B", "C", "D");

describe("berekening herschikking: elke geldige invoer", () => {
  it("geeft een uitkomst of een getypeerde fout, nooit een exceptie", () => {
    const invoer = fc.record({
      kader: bedrag,
      aanbieders: fc.array(
        fc.record({ id, afspraak: bedrag, aangevraagd: bedrag, prognose: bedrag }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(invoer, (ruw) => {
        const r = voerUit(herschikking, ruw);
        if (r.ok) expect(herschikking.uitvoer.safeParse(r.waarde).success).toBe(true);
        else expect(r.fout.code).toMatch(/^[A-Z_]+$/);
      }),
    );
  });

  it("controleert elk geldig gewijzigd voorstel zonder exceptie", () => {
    const invoer = fc.record({
      kader: bedrag,
      aanbieders: fc.array(fc.record({ id, aangevraagd: bedrag }), { maxLength: 5 }),
      voorstel: fc.array(
        fc.record({
          id,
          nieuweAfspraak: fc.oneof(
            bedrag,
            bedrag.map((b) => `-${b}`),
          ),
        }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(invoer, (ruw) => {
        const r = voerUit(herschikkingControle, ruw);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.waarde.toegestaan).toBe(r.waarde.overtredingen.length === 0);
      }),
    );
  });
});
