import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bespreekUiterlijk, kalenderVoor, STAP_CODES, stapVan } from "#shared/kalender/kalender.js";
import { type Dag, dagTekst, vergelijkDag } from "#shared/kalender/tijd.js";

const dag = (s: string): Dag => {
  const [jaar, maand, d] = s.split("-").map(Number) as [number, number, number];
  return { jaar, maand, dag: d };
};

// docs/regels.md §3.2, column "when (for t = 2020)".
const KALENDER_2020: Record<string, [string | null, string]> = {
  gereserveerd_budget_bekend: [null, "2019-11-01"],
  indienen_aanvraag: ["2019-09-01", "2019-12-31"],
  beoordeling: ["2019-09-01", "2020-03-01"],
  bespreking_vroege_aanvraag: [null, "2019-12-31"],
  overeenstemming: [null, "2020-03-08"],
  addendum_ondertekend: [null, "2020-03-31"],
  extra_budgetronde_nza: [null, "2020-04-01"],
  realisatie_mei: ["2020-05-01", "2020-05-31"],
  realisatie_juli: ["2020-07-01", "2020-07-31"],
  realisatie_oktober: ["2020-10-01", "2020-10-31"],
  herschikking: [null, "2020-11-01"],
  realisatie_gehele_jaar: ["2021-01-01", "2021-03-31"],
  accountantsrapport: [null, "2021-05-01"],
  nacalculatie_nza: [null, "2021-06-01"],
};

const datums = (t: number) =>
  Object.fromEntries(
    kalenderVoor(t).map((s) => [s.code, [s.opent && dagTekst(s.opent), dagTekst(s.uiterlijk)]]),
  );

describe("kalender van het begrotingsjaar (§3.2)", () => {
  it("geeft voor 2020 precies de data van de tabel in §3.2", () => {
    expect(datums(2020)).toEqual(KALENDER_2020);
  });

  it("kent elke stap precies één keer, met Nederlandse omschrijving, verantwoordelijke en bron", () => {
    const stappen = kalenderVoor(2020);
    expect(stappen.map((s) => s.code).sort()).toEqual([...STAP_CODES].sort());
    for (const s of stappen) {
      expect(s.omschrijving.length).toBeGreaterThan(10);
      expect(s.bron).toMatch(/docs\/regels\.md §3\.2/);
    }
    expect(stapVan("indienen_aanvraag", 2020).wie).toBe("aanbieder");
    expect(stapVan("herschikking", 2020).wie).toBe("zorgkantoor");
    expect(stapVan("addendum_ondertekend", 2020).wie).toBe("beide");
    expect(stapVan("realisatie_gehele_jaar", 2020).wie).toBe("aanbieder");
    expect(stapVan("nacalculatie_nza", 2020).wie).toBe("zorgkantoor");
  });

  it("legt per tussentijds realisatievenster vast hoeveel maanden het dekt (4, 6 en 9)", () => {
    expect(stapVan("realisatie_mei", 2020).maandenGedekt).toBe(4);
    expect(stapVan("realisatie_juli", 2020).maandenGedekt).toBe(6);
    expect(stapVan("realisatie_oktober", 2020).maandenGedekt).toBe(9);
    expect(stapVan("realisatie_mei", 2020).omschrijving).toContain("januari t/m april");
    const metMaanden = kalenderVoor(2020).filter((s) => s.maandenGedekt !== undefined);
    expect(metMaanden.map((s) => s.code)).toEqual([
      "realisatie_mei",
      "realisatie_juli",
      "realisatie_oktober",
    ]);
  });

  it("past de regel voor andere jaren toe: elke datum schuift mee met het jaar (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2100 }), (t) => {
        const verschuif = (s: string | null) =>
          s === null ? null : `${Number(s.slice(0, 4)) + t - 2020}${s.slice(4)}`;
        const verwacht = Object.fromEntries(
          Object.entries(KALENDER_2020).map(([code, [o, u]]) => [
            code,
            [verschuif(o), verschuif(u)],
          ]),
        );
        expect(datums(t)).toEqual(verwacht);
        for (const s of kalenderVoor(t)) {
          if (s.opent) expect(vergelijkDag(s.opent, s.uiterlijk)).toBeLessThan(0);
        }
      }),
    );
  });

  it("bespreekt een aanvraag die vóór 1 november is ingediend uiterlijk 31 december (vóór 1 januari t)", () => {
    expect(bespreekUiterlijk(dag("2019-10-31"), 2020)).toEqual(dag("2019-12-31"));
    expect(bespreekUiterlijk(dag("2019-09-01"), 2020)).toEqual(dag("2019-12-31"));
    expect(bespreekUiterlijk(dag("2019-11-01"), 2020)).toBeNull();
    expect(bespreekUiterlijk(dag("2019-12-31"), 2020)).toBeNull();
    expect(bespreekUiterlijk(dag("2020-10-31"), 2021)).toEqual(dag("2020-12-31"));
    expect(bespreekUiterlijk(dag("2020-10-31"), 2020)).toBeNull();
  });
});
