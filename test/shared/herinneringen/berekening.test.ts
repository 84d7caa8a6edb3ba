import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { herinneringenBerekening } from "#shared/herinneringen/berekening.js";
import { ROLLEN, VERPLICHTING_SOORTEN } from "#shared/herinneringen/soorten.js";
import { isoTijdstip } from "../kalender/arbitraries.js";

const realisatieMei = {
  sleutel: "realisatie_mei:2020:aanbieder-1",
  soort: "realisatie_mei",
  rol: "aanbieder",
  ontvangers: ["controller@zorggroep.nl"],
  opent: "2020-05-01",
  deadline: "2020-05-31",
  voldaan: false,
  link: "/aanbieders/aanbieder-1/realisatie/2020/mei",
};

describe("berekening herinneringen (§10)", () => {
  it("geeft op 17 mei 09:00 de herinnering van 17 mei 08:00 met Amsterdamse offset", () => {
    const r = voerUit(herinneringenBerekening, {
      op: "2020-05-17T09:00:00+02:00",
      verplichtingen: [realisatieMei],
      verstuurd: [],
    });
    expect(r).toEqual({
      ok: true,
      waarde: {
        teVersturen: [
          {
            sleutel:
              "herinnering|controller@zorggroep.nl|realisatie_mei:2020:aanbieder-1|2020-05-17T06:00:00.000Z",
            ontvanger: "controller@zorggroep.nl",
            verplichting: "realisatie_mei:2020:aanbieder-1",
            soort: "realisatie_mei",
            aanleiding: "14_dagen_voor_deadline",
            moment: "2020-05-17T08:00:00+02:00",
            deadline: "2020-05-31",
            link: "/aanbieders/aanbieder-1/realisatie/2020/mei",
          },
        ],
      },
    });
    if (r.ok) expect(herinneringenBerekening.uitvoer.safeParse(r.waarde).success).toBe(true);
  });

  it("stuurt niets meer wanneer de sleutel als verstuurd wordt teruggegeven", () => {
    const eerste = voerUit(herinneringenBerekening, {
      op: "2020-05-17T09:00:00+02:00",
      verplichtingen: [realisatieMei],
    });
    expect(eerste.ok).toBe(true);
    if (!eerste.ok) return;
    const tweede = voerUit(herinneringenBerekening, {
      op: "2020-05-20T09:00:00+02:00",
      verplichtingen: [realisatieMei],
      verstuurd: eerste.waarde.teVersturen.map((h) => h.sleutel),
    });
    expect(tweede).toEqual({ ok: true, waarde: { teVersturen: [] } });
  });

  it("weigert twee verplichtingen met dezelfde sleutel en noemt het veld", () => {
    const r = voerUit(herinneringenBerekening, {
      op: "2020-05-17T09:00:00+02:00",
      verplichtingen: [realisatieMei, { ...realisatieMei, soort: "realisatie_juli" }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fout.veld).toBe("verplichtingen[1].sleutel");
      expect(r.fout.melding).toMatch(/komt al eerder voor/);
    }
  });

  it("weigert een deadline die niet bestaat met een Nederlandse melding", () => {
    const r = voerUit(herinneringenBerekening, {
      op: "2020-05-17T09:00:00+02:00",
      verplichtingen: [{ ...realisatieMei, deadline: "2020-05-32" }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.fout).toMatchObject({
        code: "ONGELDIGE_INVOER",
        veld: "verplichtingen[0].deadline",
        melding: "verplichtingen[0].deadline: deze datum bestaat niet",
      });
  });

  it("geeft voor elke schema-geldige invoer een resultaat of een getypeerde fout, nooit een exceptie (property)", () => {
    const datum = fc
      .date({
        min: new Date("0001-01-01T00:00:00Z"),
        max: new Date("9998-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const tekst = fc.oneof(fc.constantFrom("a", "|", "%7C", "x@y.nl"), fc.string({ minLength: 1 }));
    const verplichting = fc.record(
      {
        sleutel: tekst,
        soort: fc.constantFrom(...VERPLICHTING_SOORTEN),
        rol: fc.constantFrom(...ROLLEN),
        ontvangers: fc.array(tekst, { maxLength: 3 }),
        opent: fc.option(datum, { nil: null }),
        deadline: datum,
        voldaan: fc.boolean(),
        link: tekst,
      },
      { requiredKeys: ["sleutel", "soort", "rol", "ontvangers", "deadline", "voldaan", "link"] },
    );
    const invoer = fc.record(
      {
        op: isoTijdstip(),
        verplichtingen: fc.array(verplichting, { maxLength: 4 }),
        verstuurd: fc.array(fc.string(), { maxLength: 3 }),
      },
      { requiredKeys: ["op", "verplichtingen"] },
    );
    fc.assert(
      fc.property(invoer, (i) => {
        const r = voerUit(herinneringenBerekening, i);
        if (r.ok) expect(herinneringenBerekening.uitvoer.safeParse(r.waarde).success).toBe(true);
        else
          expect(r.fout).toMatchObject({ code: "ONGELDIGE_INVOER", melding: expect.any(String) });
      }),
    );
  });
});
