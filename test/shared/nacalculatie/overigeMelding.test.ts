// docs/regels.md §7, §9.2, §15.1, §15.6: the overige lines of the year report against the agreement,
// and the realised amount per line the nacalculatie counts (correction before report).
import { describe, expect, it } from "vitest";
import { OverigeRegelSchema, vergoedbaarOverig } from "#shared/nacalculatie/overige.js";
import { controleerGemeldeRegels, teTellenRegels } from "#shared/nacalculatie/overigeMelding.js";

const AFSPRAAK = [
  { id: "o1", omschrijving: "Scholing", afgesproken: "60000.00" },
  { id: "o2", omschrijving: "Technologie", afgesproken: "90000.00" },
];

describe("de overige regels van het jaarverslag (§15.1)", () => {
  it("neemt precies de regels van de afspraak aan, ook met 0", () => {
    const r = controleerGemeldeRegels(
      AFSPRAAK,
      [
        { regelId: "o2", gerealiseerd: "0.00" },
        { regelId: "o1", gerealiseerd: "1.00" },
      ],
      "verslag.overige",
    );
    expect(r.ok).toBe(true);
  });

  it("noemt een ontbrekende regel bij omschrijving, een onbekende en een dubbele bij het veld", () => {
    const mist = controleerGemeldeRegels(
      AFSPRAAK,
      [{ regelId: "o1", gerealiseerd: "1.00" }],
      "verslag.overige",
    );
    expect(mist.ok || [mist.fout.code, mist.fout.veld]).toEqual([
      "OVERIGE_REGEL_ONTBREEKT",
      "verslag.overige",
    ]);
    expect(mist.ok || mist.fout.melding).toContain('"Technologie" (afgesproken € 90.000,00)');
    const onbekend = controleerGemeldeRegels(
      AFSPRAAK,
      [{ regelId: "o9", gerealiseerd: "1.00" }],
      "verslag.overige",
    );
    expect(onbekend.ok || [onbekend.fout.code, onbekend.fout.veld]).toEqual([
      "ONBEKENDE_REGEL",
      "verslag.overige[0].regelId",
    ]);
    const dubbel = controleerGemeldeRegels(
      AFSPRAAK,
      [
        { regelId: "o1", gerealiseerd: "1.00" },
        { regelId: "o1", gerealiseerd: "2.00" },
      ],
      "overige",
    );
    expect(dubbel.ok || dubbel.fout.veld).toBe("overige[1].regelId");
  });
});

describe("het gerealiseerde bedrag per regel (§9.2)", () => {
  it("telt de correctie als die er is, anders het gemelde bedrag; zonder beide null", () => {
    const r = teTellenRegels(AFSPRAAK, [{ regelId: "o1", gerealiseerd: "55000.00" }], {
      o2: { conform: true, correctie: { bedrag: "80000.00", reden: "accountant" } },
    });
    expect(r.map((x) => [x.id, x.gemeld, x.correctie?.bedrag ?? null, x.gerealiseerd])).toEqual([
      ["o1", "55000.00", null, "55000.00"],
      ["o2", null, "80000.00", "80000.00"],
    ]);
    expect(teTellenRegels(AFSPRAAK, undefined, {}).every((x) => x.gerealiseerd === null)).toBe(
      true,
    );
  });

  it("een correctie gaat voor de melding, begrensd op de afspraak; niet conform telt 0", () => {
    const [o1, o2] = teTellenRegels(
      AFSPRAAK,
      [
        { regelId: "o1", gerealiseerd: "50000.00" },
        { regelId: "o2", gerealiseerd: "95000.00" },
      ],
      {
        o1: { conform: true, correctie: { bedrag: "70000.00", reden: "accountant" } },
        o2: { conform: false, reden: "niet in het plan" },
      },
    );
    const geteld = (x: typeof o1) =>
      vergoedbaarOverig(
        OverigeRegelSchema.parse({
          id: x!.id,
          afgesproken: x!.afgesproken,
          gerealiseerd: x!.gerealiseerd,
          conform: x!.conform,
          ...(x!.reden !== undefined && { reden: x!.reden }),
        }),
      ).toFixed(2);
    expect(geteld(o1)).toBe("60000.00");
    expect(geteld(o2)).toBe("0.00");
    expect(o2!.reden).toBe("niet in het plan");
  });
});
