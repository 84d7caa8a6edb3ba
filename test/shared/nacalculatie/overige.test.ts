import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  OverigeRegelSchema,
  overigeVergoedbaar,
  vergoedbaarOverig,
} from "#shared/nacalculatie/overige.js";
import { valideer } from "#shared/resultaat.js";

const regels = (ruw: unknown) => {
  const r = valideer(z.array(OverigeRegelSchema), ruw);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};

describe("overige kosten in de nacalculatie (§9.2)", () => {
  it("vergoedt per regel het gerealiseerde, maximaal het afgesprokene (voorbeeld E: € 145.000,00)", () => {
    const r = overigeVergoedbaar(
      regels([
        { id: "scholing", afgesproken: "60000.00", gerealiseerd: "55000.00", conform: true },
        { id: "technologie", afgesproken: "90000.00", gerealiseerd: "95000.00", conform: true },
      ]),
    );
    expect(r.ok && r.waarde.regels.map((x) => x.vergoedbaar.toFixed(2))).toEqual([
      "55000.00",
      "90000.00",
    ]);
    expect(r.ok && r.waarde.totaal.toFixed(2)).toBe("145000.00");
  });

  it("vergoedt niets voor een regel die niet conform de afspraak is besteed", () => {
    const [regel] = regels([
      {
        id: "technologie",
        afgesproken: "90000.00",
        gerealiseerd: "95000.00",
        conform: false,
        reden: "geen domotica aangeschaft",
      },
    ]);
    expect(vergoedbaarOverig(regel!).toFixed(2)).toBe("0.00");
  });

  it("neemt een regel zonder conform-oordeel als conform", () => {
    const [regel] = regels([{ id: "x", afgesproken: "10.00", gerealiseerd: "7.50" }]);
    expect(vergoedbaarOverig(regel!).toFixed(2)).toBe("7.50");
  });

  it("eist een reden wanneer een regel niet conform is", () => {
    const r = valideer(z.object({ overige: z.array(OverigeRegelSchema) }), {
      overige: [{ id: "x", afgesproken: "1.00", gerealiseerd: "1.00", conform: false }],
    });
    expect(r.ok ? null : r.fout.veld).toBe("overige[0].reden");
    if (!r.ok) expect(r.fout.melding).toMatch(/reden/);
  });

  it("weigert een dubbele regel", () => {
    const r = overigeVergoedbaar(
      regels([
        { id: "x", afgesproken: "1.00", gerealiseerd: "1.00" },
        { id: "x", afgesproken: "1.00", gerealiseerd: "1.00" },
      ]),
    );
    expect(r.ok ? null : [r.fout.code, r.fout.veld]).toEqual([
      "DUBBELE_REGEL",
      "afspraak.overige[1].id",
    ]);
  });
});
