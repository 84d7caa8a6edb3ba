import { describe, expect, it } from "vitest";
import {
  binnenIndieningsperiode,
  indieningsmoment,
  indieningsperiodeGesloten,
} from "#shared/indiening/indieningsperiode.js";
import { kanIndienen, toets } from "#shared/indiening/toetsing.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { context, parse, volledig } from "./voorbeeld.js";

const s = (iso: string) => new Date(iso);
const periode = (op: Date, laatVenster?: { tot: Date }) =>
  indieningsmoment(parse({}), context({ op, laatVenster }));

describe("indieningsperiode 1 sep – 31 dec t−1, Amsterdamse tijd (§3.2, §4.2)", () => {
  it("opent op 1 september t−1 om 00:00:00 (zomertijd, +02:00), op de seconde", () => {
    expect(binnenIndieningsperiode(2020, s("2019-08-31T23:59:59+02:00"))).toBe(false);
    expect(binnenIndieningsperiode(2020, s("2019-09-01T00:00:00+02:00"))).toBe(true);
    expect(binnenIndieningsperiode(2020, s("2019-08-31T22:00:00Z"))).toBe(true);
    expect(binnenIndieningsperiode(2020, s("2019-08-31T21:59:59Z"))).toBe(false);
  });

  it("loopt tot en met 31 december t−1 23:59:59 (wintertijd, +01:00), op de seconde", () => {
    expect(binnenIndieningsperiode(2020, s("2019-12-31T23:59:59+01:00"))).toBe(true);
    expect(binnenIndieningsperiode(2020, s("2019-12-31T23:59:59.999+01:00"))).toBe(true);
    expect(binnenIndieningsperiode(2020, s("2020-01-01T00:00:00+01:00"))).toBe(false);
    // 23:30 UTC on 31 December is already 1 January in Amsterdam
    expect(binnenIndieningsperiode(2020, s("2019-12-31T23:30:00Z"))).toBe(false);
    expect(binnenIndieningsperiode(2020, s("2019-12-31T22:59:59Z"))).toBe(true);
  });

  it("volgt jaar t: voor 2021 is het 1 sep – 31 dec 2020", () => {
    expect(binnenIndieningsperiode(2021, amsterdam(2020, 9, 1))).toBe(true);
    expect(binnenIndieningsperiode(2021, amsterdam(2019, 11, 1))).toBe(false);
  });

  it("BUITEN_INDIENINGSPERIODE blokkeert vóór de opening en na de sluiting, met Amsterdamse tijd", () => {
    const vroeg = periode(s("2019-08-31T23:59:59+02:00"));
    expect(vroeg).toHaveLength(1);
    expect(vroeg[0]).toMatchObject({ code: "BUITEN_INDIENINGSPERIODE", ernst: "blokkeert" });
    expect(vroeg[0]?.melding).toContain("nog niet");
    expect(vroeg[0]?.melding).toContain("01-09-2019 00:00");
    expect(vroeg[0]?.melding).toContain("31-12-2019 23:59:59");
    const laat = periode(s("2020-01-01T00:00:00+01:00"));
    expect(laat[0]?.melding).toContain("gesloten");
    expect(laat[0]?.melding).toContain("01-01-2020 00:00");
    expect(periode(s("2019-12-31T23:59:59+01:00"))).toEqual([]);
  });

  it("een laat venster van het zorgkantoor laat indienen toe tot (niet tot en met) zijn einde", () => {
    const tot = amsterdam(2020, 1, 15, 17, 0);
    expect(periode(s("2020-01-15T16:59:59+01:00"), { tot })).toEqual([]);
    const na = periode(s("2020-01-15T17:00:00+01:00"), { tot });
    expect(na[0]?.code).toBe("BUITEN_INDIENINGSPERIODE");
    expect(na[0]?.melding).toContain("15-01-2020 17:00");
    // a late window does not open the period early
    expect(periode(s("2019-08-01T12:00:00+02:00"), { tot })).toHaveLength(1);
  });

  it("een volledige aanvraag na sluiting kan niet worden ingediend", () => {
    const b = toets(parse(volledig()), context({ op: s("2020-01-01T00:00:00+01:00") }));
    expect(b.map((x) => x.code)).toEqual(["BUITEN_INDIENINGSPERIODE"]);
    expect(kanIndienen(b)).toBe(false);
  });
});

describe("aanvraagperiode gesloten (§5: de reservering is dan geen grens meer; §3.2 laat venster)", () => {
  it("vanaf 1 januari t 00:00 Amsterdamse tijd, op de seconde; daarvoor niet, ook niet vóór 1 september", () => {
    expect(indieningsperiodeGesloten(2020, s("2019-12-31T23:59:59+01:00"))).toBe(false);
    expect(indieningsperiodeGesloten(2020, s("2020-01-01T00:00:00+01:00"))).toBe(true);
    expect(indieningsperiodeGesloten(2020, s("2019-12-31T23:00:00Z"))).toBe(true);
    expect(indieningsperiodeGesloten(2020, s("2019-06-01T12:00:00+02:00"))).toBe(false);
  });
});
