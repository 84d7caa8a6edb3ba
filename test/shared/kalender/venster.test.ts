import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stapVan } from "#shared/kalender/kalender.js";
import type { Dag } from "#shared/kalender/tijd.js";
import {
  HeropeningSchema,
  heropeningTot,
  magInvoeren,
  VENSTER_STATUSSEN,
  type Venster,
  VensterSchema,
  vensterStatus,
} from "#shared/kalender/venster.js";
import { valideer } from "#shared/resultaat.js";

const dag = (s: string): Dag => {
  const [jaar, maand, d] = s.split("-").map(Number) as [number, number, number];
  return { jaar, maand, dag: d };
};
const venster = (opent: string | null, uiterlijk: string): Venster => ({
  opent: opent === null ? null : dag(opent),
  uiterlijk: dag(uiterlijk),
});
const status = (v: Venster, iso: string) => vensterStatus(v, new Date(iso)).status;

describe("vensterstatus (§3.2)", () => {
  const mei = stapVan("realisatie_mei", 2020);

  it("opent om 00:00 Amsterdamse tijd op de eerste dag en sluit na 31 mei 23:59:59 (zomertijd, UTC+2)", () => {
    expect(status(mei, "2020-04-30T23:59:59+02:00")).toBe("nog_niet_open");
    expect(status(mei, "2020-05-01T00:00:00+02:00")).toBe("open");
    expect(status(mei, "2020-05-31T23:59:59+02:00")).toBe("open");
    expect(status(mei, "2020-05-31T21:59:59Z")).toBe("open");
    expect(status(mei, "2020-06-01T00:00:00+02:00")).toBe("gesloten");
    expect(status(mei, "2020-05-31T22:00:00Z")).toBe("gesloten");
  });

  it("sluit het oktobervenster na de wintertijdwissel om 00:00 UTC+1 (31-10 23:00 UTC)", () => {
    const okt = stapVan("realisatie_oktober", 2020);
    expect(status(okt, "2020-09-30T23:59:59+02:00")).toBe("nog_niet_open");
    expect(status(okt, "2020-10-01T00:00:00+02:00")).toBe("open");
    expect(status(okt, "2020-10-31T23:59:59+01:00")).toBe("open");
    expect(status(okt, "2020-10-31T22:30:00Z")).toBe("open");
    expect(status(okt, "2020-11-01T00:00:00+01:00")).toBe("gesloten");
    expect(status(okt, "2020-10-31T23:00:00Z")).toBe("gesloten");
  });

  it("rekent goed rond de laatste zondag van maart (29-03-2020, een dag van 23 uur)", () => {
    const tot28 = venster(null, "2020-03-28");
    expect(status(tot28, "2020-03-28T23:59:59+01:00")).toBe("open");
    expect(status(tot28, "2020-03-28T23:00:00Z")).toBe("gesloten");
    const op29 = venster("2020-03-29", "2020-03-29");
    expect(status(op29, "2020-03-28T23:59:59+01:00")).toBe("nog_niet_open");
    expect(status(op29, "2020-03-29T00:00:00+01:00")).toBe("open");
    expect(status(op29, "2020-03-29T23:59:59+02:00")).toBe("open");
    expect(status(op29, "2020-03-29T22:00:00Z")).toBe("gesloten");
    // het addendum (uiterlijk 31 maart) valt al in de zomertijd
    const addendum = stapVan("addendum_ondertekend", 2020);
    expect(status(addendum, "2020-03-31T23:59:59+02:00")).toBe("open");
    expect(status(addendum, "2020-04-01T00:00:00+02:00")).toBe("gesloten");
  });

  it("rekent goed rond de laatste zondag van oktober (25-10-2020, een dag van 25 uur)", () => {
    const op25 = venster("2020-10-25", "2020-10-25");
    expect(status(op25, "2020-10-24T23:59:59+02:00")).toBe("nog_niet_open");
    expect(status(op25, "2020-10-25T00:00:00+02:00")).toBe("open");
    expect(status(op25, "2020-10-25T02:30:00+01:00")).toBe("open");
    expect(status(op25, "2020-10-25T23:59:59+01:00")).toBe("open");
    expect(status(op25, "2020-10-26T00:00:00+01:00")).toBe("gesloten");
  });

  it("is zonder openingsdag open tot en met de uiterste dag", () => {
    const herschikking = stapVan("herschikking", 2020);
    expect(status(herschikking, "2000-01-01T00:00:00Z")).toBe("open");
    expect(status(herschikking, "2020-11-01T23:59:59+01:00")).toBe("open");
    expect(status(herschikking, "2020-11-02T00:00:00+01:00")).toBe("gesloten");
  });

  it("geeft een Nederlandse reden met datums als dd-mm-jjjj", () => {
    const r = (iso: string) => vensterStatus(mei, new Date(iso)).reden;
    expect(r("2020-04-15T12:00:00+02:00")).toBe(
      "Het venster opent op 01-05-2020 om 00:00 (Amsterdamse tijd); tot dan kan niets worden ingevoerd.",
    );
    expect(r("2020-05-15T12:00:00+02:00")).toBe(
      "Het venster is open van 01-05-2020 tot en met 31-05-2020 23:59:59 (Amsterdamse tijd).",
    );
    expect(r("2020-06-01T00:00:00+02:00")).toBe(
      "Het venster is gesloten: de uiterste dag was 31-05-2020 (tot en met 23:59:59 Amsterdamse tijd). De invoer is alleen-lezen.",
    );
  });

  it("heropent een gesloten venster voor één aanbieder tot het opgegeven tijdstip, met reden", () => {
    const heropening = { tot: new Date("2020-06-15T17:00:00+02:00"), reden: "ziekte controller" };
    const op = (iso: string) => vensterStatus(mei, new Date(iso), heropening);
    expect(op("2020-06-10T09:00:00+02:00")).toEqual({
      status: "heropend",
      reden:
        "Het venster is heropend tot 15-06-2020 17:00 (Amsterdamse tijd); de uiterste dag was 31-05-2020 (tot en met 23:59:59 Amsterdamse tijd). Reden: ziekte controller",
    });
    expect(op("2020-06-15T16:59:59+02:00").status).toBe("heropend");
    expect(op("2020-06-15T17:00:00+02:00").status).toBe("gesloten");
    expect(op("2020-06-15T17:00:00+02:00").reden).toContain(
      "de heropening liep tot 15-06-2020 17:00",
    );
    // vóór de opening en tijdens het venster verandert een heropening niets
    expect(op("2020-04-30T12:00:00+02:00").status).toBe("nog_niet_open");
    expect(op("2020-05-20T12:00:00+02:00").status).toBe("open");
    expect(magInvoeren(op("2020-06-10T09:00:00+02:00"))).toBe(true);
    expect(magInvoeren(op("2020-05-20T12:00:00+02:00"))).toBe(true);
    expect(magInvoeren(op("2020-04-30T12:00:00+02:00"))).toBe(false);
    expect(magInvoeren(op("2020-07-01T12:00:00+02:00"))).toBe(false);
  });

  it("weigert een heropening zonder reden en een venster dat opent na de uiterste dag", () => {
    const h = valideer(HeropeningSchema, { tot: "2020-06-15T17:00:00+02:00", reden: "  " });
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.fout.veld).toBe("reden");
    const v = valideer(VensterSchema, { opent: "2020-06-01", uiterlijk: "2020-05-31" });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.fout.veld).toBe("opent");
    expect(valideer(VensterSchema, { opent: null, uiterlijk: "2020-05-31" }).ok).toBe(true);
  });

  it("loopt zonder heropening alleen vooruit: nog niet open, open, gesloten (property)", () => {
    const ms = { min: Date.UTC(2019, 0, 1), max: Date.UTC(2022, 0, 1) };
    fc.assert(
      fc.property(fc.integer(ms), fc.integer(ms), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const i = VENSTER_STATUSSEN.indexOf(vensterStatus(mei, new Date(x)).status);
        const j = VENSTER_STATUSSEN.indexOf(vensterStatus(mei, new Date(y)).status);
        expect(i).toBeLessThanOrEqual(j);
        expect(j).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe("heropening tot en met een dag (§3.2)", () => {
  it("loopt tot die dag 23:59:59 Amsterdamse tijd; een dag die al voorbij is weigert op uiterlijk", () => {
    const tot = heropeningTot(dag("2020-06-15"), new Date("2020-06-15T23:59:59+02:00"));
    expect(tot).toEqual({ ok: true, waarde: new Date("2020-06-16T00:00:00+02:00") });
    const laat = heropeningTot(dag("2020-06-15"), new Date("2020-06-16T00:00:00+02:00"));
    expect(laat).toMatchObject({
      ok: false,
      fout: { code: "HEROPENING_VERLOPEN", veld: "uiterlijk" },
    });
    if (!laat.ok) expect(laat.fout.melding).toContain("16-06-2020");
  });
});
