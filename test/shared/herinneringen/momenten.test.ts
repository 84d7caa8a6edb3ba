import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { herinneringsMomenten } from "#shared/herinneringen/momenten.js";
import { type Dag, dagVan, isoAmsterdam, vergelijkDag } from "#shared/kalender/tijd.js";

const dag = (s: string): Dag => {
  const [jaar, maand, d] = s.split("-").map(Number) as [number, number, number];
  return { jaar, maand, dag: d };
};
const momenten = (opent: string | null, deadline: string) =>
  herinneringsMomenten({ opent: opent === null ? null : dag(opent), deadline: dag(deadline) }).map(
    (m) => [isoAmsterdam(m.moment), m.aanleiding],
  );

describe("herinneringsmomenten (§10)", () => {
  it("herinnert bij opening, 14 dagen en 3 dagen voor de deadline om 08:00 (31 mei → 1, 17 en 28 mei)", () => {
    expect(momenten("2020-05-01", "2020-05-31")).toEqual([
      ["2020-05-01T08:00:00+02:00", "venster_open"],
      ["2020-05-17T08:00:00+02:00", "14_dagen_voor_deadline"],
      ["2020-05-28T08:00:00+02:00", "3_dagen_voor_deadline"],
    ]);
  });

  it("houdt 08:00 Amsterdamse tijd aan over de wintertijdwissel heen (herschikking 1 november)", () => {
    expect(momenten(null, "2020-11-01")).toEqual([
      ["2020-10-18T08:00:00+02:00", "14_dagen_voor_deadline"],
      ["2020-10-29T08:00:00+01:00", "3_dagen_voor_deadline"],
    ]);
  });

  it("houdt 08:00 Amsterdamse tijd aan over de zomertijdwissel heen", () => {
    expect(momenten(null, "2020-04-10")).toEqual([
      ["2020-03-27T08:00:00+01:00", "14_dagen_voor_deadline"],
      ["2020-04-07T08:00:00+02:00", "3_dagen_voor_deadline"],
    ]);
  });

  it("telt kalenderdagen over een maandgrens en een jaargrens (aanvraag 31 december)", () => {
    expect(momenten("2019-09-01", "2019-12-31").map(([m]) => m)).toEqual([
      "2019-09-01T08:00:00+02:00",
      "2019-12-17T08:00:00+01:00",
      "2019-12-28T08:00:00+01:00",
    ]);
    expect(momenten(null, "2021-03-01").map(([m]) => m)).toEqual([
      "2021-02-15T08:00:00+01:00",
      "2021-02-26T08:00:00+01:00",
    ]);
  });

  it("stuurt geen herinnering van vóór de opening: het venster van 20 tot 31 mei krijgt opening en 28 mei", () => {
    expect(momenten("2020-05-20", "2020-05-31")).toEqual([
      ["2020-05-20T08:00:00+02:00", "venster_open"],
      ["2020-05-28T08:00:00+02:00", "3_dagen_voor_deadline"],
    ]);
    expect(momenten("2020-05-30", "2020-05-31")).toEqual([
      ["2020-05-30T08:00:00+02:00", "venster_open"],
    ]);
  });

  it("voegt samenvallende momenten samen tot één mail (opening op de 14-dagendag)", () => {
    expect(momenten("2020-05-17", "2020-05-31")).toEqual([
      ["2020-05-17T08:00:00+02:00", "venster_open"],
      ["2020-05-28T08:00:00+02:00", "3_dagen_voor_deadline"],
    ]);
    expect(momenten("2020-05-28", "2020-05-31")).toEqual([
      ["2020-05-28T08:00:00+02:00", "venster_open"],
    ]);
  });

  it("geeft oplopende momenten om 08:00, op verschillende dagen, binnen het venster (property)", () => {
    const ms = { min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 0, 1) };
    fc.assert(
      fc.property(
        fc.integer(ms),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        (d, lengte) => {
          const deadline = dagVan(new Date(d));
          const opent = lengte === null ? null : dagVan(new Date(d - lengte * 86_400_000));
          const lijst = herinneringsMomenten({ opent, deadline });
          expect(lijst.length).toBeGreaterThanOrEqual(1);
          expect(lijst.length).toBeLessThanOrEqual(opent === null ? 2 : 3);
          lijst.forEach((m, i) => {
            expect(isoAmsterdam(m.moment).slice(11, 19)).toBe("08:00:00");
            expect(vergelijkDag(m.dag, deadline)).toBeLessThanOrEqual(0);
            if (opent) expect(vergelijkDag(m.dag, opent)).toBeGreaterThanOrEqual(0);
            const vorige = lijst[i - 1];
            if (vorige) expect(vergelijkDag(vorige.dag, m.dag)).toBeLessThan(0);
          });
        },
      ),
    );
  });
});
