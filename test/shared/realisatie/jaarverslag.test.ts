import { describe, expect, it } from "vitest";
import { JaarverslagSchema } from "#shared/realisatie/jaarverslag.js";
import { valideer } from "#shared/resultaat.js";

// §7 year report, with the figures of §13 E; §15.6: every figure present, profiles without clients 0.
const VERSLAG = {
  svLoon: { basis: "6000000.00", jaar: "7056000.00" },
  svDagen: { basis: 50000, jaar: 56000 },
  werkgeverslasten: "2116800.00",
  inhuur: { basis: "200000.00", jaar: "260000.00" },
  omzet: { basis: "9000000.00", jaar: "9500000.00" },
  clientdagen: {
    basis: { VV4: 7300, VV5: 14600, VV6: 10950, VV7: 3650, VV8: 0, VV9b: 0, VV10: 0 },
    jaar: { VV4: 5475, VV5: 14600, VV6: 12775, VV7: 4380, VV8: 0, VV9b: 0, VV10: 0 },
  },
  overige: [
    { regelId: "o1", gerealiseerd: "55000.00" },
    { regelId: "o2", gerealiseerd: "0.00" },
  ],
};

describe("jaarverslag met de rondrekeningsgegevens (§7)", () => {
  it("leest de gegevens van §13 E in, bedragen exact en dagen als Decimal", () => {
    const r = valideer(JaarverslagSchema, VERSLAG);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.svLoon.jaar.toFixed(2)).toBe("7056000.00");
    expect(r.waarde.werkgeverslasten.toFixed(2)).toBe("2116800.00");
    expect(r.waarde.svDagen.basis.toString()).toBe("50000");
    expect(r.waarde.svDagen.jaar.toString()).toBe("56000");
    const jaar = r.waarde.clientdagen.jaar;
    expect(Object.entries(jaar).map(([k, v]) => [k, v.toString()])).toEqual([
      ["VV4", "5475"],
      ["VV5", "14600"],
      ["VV6", "12775"],
      ["VV7", "4380"],
      ["VV8", "0"],
      ["VV9b", "0"],
      ["VV10", "0"],
    ]);
  });

  it("weigert een onbekend zorgprofiel, een gebroken aantal dagen en een negatief bedrag, met het veld", () => {
    const profiel = valideer(JaarverslagSchema, {
      ...VERSLAG,
      clientdagen: { ...VERSLAG.clientdagen, jaar: { ...VERSLAG.clientdagen.jaar, VV3: 10 } },
    });
    expect(profiel.ok || profiel.fout.veld).toBe("clientdagen.jaar.VV3");
    const dagen = valideer(JaarverslagSchema, {
      ...VERSLAG,
      clientdagen: { ...VERSLAG.clientdagen, basis: { ...VERSLAG.clientdagen.basis, VV4: 7300.5 } },
    });
    expect(dagen.ok || dagen.fout.veld).toBe("clientdagen.basis.VV4");
    const sv = valideer(JaarverslagSchema, { ...VERSLAG, svDagen: { basis: -1, jaar: 5 } });
    expect(sv.ok || sv.fout.veld).toBe("svDagen.basis");
    const loon = valideer(JaarverslagSchema, { ...VERSLAG, inhuur: { basis: "-1.00", jaar: "0" } });
    expect(loon.ok || loon.fout.veld).toBe("inhuur.basis");
    const ontbreekt = valideer(JaarverslagSchema, { ...VERSLAG, werkgeverslasten: undefined });
    expect(ontbreekt.ok || ontbreekt.fout.veld).toBe("werkgeverslasten");
  });

  // §15.6: "a missing figure is an error naming the field; 0 is a figure, empty is not". The old
  // schema read a left-out zorgprofiel as 0 days; that hid a forgotten figure.
  it("weigert een ontbrekend of leeg cijfer met het veld, ook een weggelaten zorgprofiel", () => {
    const { VV8: _, ...zonderVV8 } = VERSLAG.clientdagen.jaar;
    const profiel = valideer(JaarverslagSchema, {
      ...VERSLAG,
      clientdagen: { ...VERSLAG.clientdagen, jaar: zonderVV8 },
    });
    expect(profiel.ok || [profiel.fout.veld, profiel.fout.melding]).toEqual([
      "clientdagen.jaar.VV8",
      "clientdagen.jaar.VV8: ontbreekt: vul het aantal dagen in (0 als er geen waren)",
    ]);
    const leegBedrag = valideer(JaarverslagSchema, {
      ...VERSLAG,
      svLoon: { basis: "", jaar: "7056000.00" },
    });
    expect(leegBedrag.ok || [leegBedrag.fout.veld, leegBedrag.fout.melding]).toEqual([
      "svLoon.basis",
      "svLoon.basis: ontbreekt: vul het bedrag in (0.00 als er niets was)",
    ]);
    const leegeDagen = valideer(JaarverslagSchema, {
      ...VERSLAG,
      svDagen: { basis: null, jaar: 0 },
    });
    expect(leegeDagen.ok || leegeDagen.fout.veld).toBe("svDagen.basis");
    const nul = valideer(JaarverslagSchema, {
      ...VERSLAG,
      svLoon: { basis: "0", jaar: "0.00" },
      svDagen: { basis: 0, jaar: 0 },
    });
    expect(nul.ok).toBe(true);
  });

  // §7, §15.1: the realised overige per line; 0 is a figure, an empty amount names the line's field.
  it("leest de overige per regel; een leeg of negatief bedrag of een ontbrekende lijst noemt het veld", () => {
    const r = valideer(JaarverslagSchema, VERSLAG);
    expect(r.ok && r.waarde.overige.map((o) => [o.regelId, o.gerealiseerd.toFixed(2)])).toEqual([
      ["o1", "55000.00"],
      ["o2", "0.00"],
    ]);
    const leeg = valideer(JaarverslagSchema, {
      ...VERSLAG,
      overige: [{ regelId: "o1", gerealiseerd: "" }],
    });
    expect(leeg.ok || [leeg.fout.veld, leeg.fout.melding]).toEqual([
      "overige[0].gerealiseerd",
      "overige[0].gerealiseerd: ontbreekt: vul het bedrag in (0.00 als er niets was)",
    ]);
    const negatief = valideer(JaarverslagSchema, {
      ...VERSLAG,
      overige: [{ regelId: "o1", gerealiseerd: "-1.00" }],
    });
    expect(negatief.ok || negatief.fout.veld).toBe("overige[0].gerealiseerd");
    const { overige: _, ...zonder } = VERSLAG;
    const geen = valideer(JaarverslagSchema, zonder);
    expect(geen.ok || geen.fout.veld).toBe("overige");
  });
});
