import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beoordelingsbrief } from "#shared/beoordeling/beoordelingsbrief.js";
import { toekenningBerekening } from "#shared/beoordeling/berekening.js";
import {
  controleerRegionaleKaders,
  controleerToekenning,
  type Toekenningscontext,
  type ToekenningVoorstel,
} from "#shared/beoordeling/toekenning.js";
import { voerUit } from "#shared/berekening.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { d } from "../indiening/voorbeeld.js";

const context = (over: Partial<Toekenningscontext> = {}): Toekenningscontext => ({
  jaar: 2020,
  op: amsterdam(2020, 2, 10, 10),
  aangevraagd: { personeel: d("850000.00"), overige: d("150000.00") },
  reservering: d("990000.00"),
  margeVrijgegeven: false,
  regionaalKader: d("7500000.00"),
  overigeAfspraken: d("6000000.00"),
  richtlijnPersoneel: d("0.85"),
  ...over,
});
const voorstel = (over: Partial<ToekenningVoorstel> = {}): ToekenningVoorstel => ({
  besluit: "toekennen",
  personeel: d("850000.00"),
  overige: d("150000.00"),
  compensatie: d("24000.00"),
  motivering: "",
  ...over,
});
const codes = (v: ToekenningVoorstel, ctx = context()) =>
  controleerToekenning(v, ctx).map((f) => f.code);

describe("toekenning (§5)", () => {
  it("staat een toekenning gelijk aan de aanvraag binnen alle kaders toe", () => {
    expect(controleerToekenning(voorstel(), context())).toEqual([]);
  });

  it("1. nooit boven de aanvraag, per categorie", () => {
    const f = controleerToekenning(
      voorstel({ overige: d("150000.01"), motivering: "x" }),
      context(),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: "BOVEN_AANVRAAG", veld: "toekenning.overige" });
    expect(f[0]?.melding).toContain("€ 150.000,01");
    // a shift between categories is still above the aanvraag in one of them
    const schuif = voorstel({
      personeel: d("900000.00"),
      overige: d("100000.00"),
      motivering: "x",
    });
    expect(controleerToekenning(schuif, context()).map((x) => x.veld)).toEqual([
      "toekenning.personeel",
    ]);
  });

  it("2. vóór sluiting van de aanvraagperiode niet boven de reservering", () => {
    const vroeg = context({
      op: new Date("2019-12-31T23:59:59+01:00"),
      reservering: d("999999.99"),
    });
    const f = controleerToekenning(voorstel(), vroeg);
    expect(f.map((x) => x.code)).toEqual(["BOVEN_RESERVERING_VOOR_SLUITING"]);
    expect(f[0]?.veld).toBe("toekenning");
    // compensatie is outside the comparison: 850.000 + 150.000 = 1.000.000 is the amount
    expect(codes(voorstel(), context({ ...vroeg, reservering: d("1000000.00") }))).toEqual([]);
  });

  it("2. boven de reservering mag na sluiting (1 januari t 00:00) of na vrijgave van de ruimte", () => {
    const reservering = d("500000.00");
    expect(
      codes(voorstel(), context({ reservering, op: new Date("2020-01-01T00:00:00+01:00") })),
    ).toEqual([]);
    expect(
      codes(
        voorstel(),
        context({ reservering, op: amsterdam(2019, 11, 1), margeVrijgegeven: true }),
      ),
    ).toEqual([]);
  });

  it("3. het regionale kader wordt nooit overschreden, compensatie telt mee", () => {
    // 6.476.000 + 1.024.000 = 7.500.000: exactly the kader is allowed
    expect(codes(voorstel(), context({ overigeAfspraken: d("6476000.00") }))).toEqual([]);
    const f = controleerToekenning(voorstel(), context({ overigeAfspraken: d("6476000.01") }));
    expect(f.map((x) => x.code)).toEqual(["BOVEN_REGIONAAL_KADER"]);
    expect(f[0]?.melding).toContain("€ 0,01 boven het regionale kader van € 7.500.000,00");
  });

  it("3. de regionale kaders samen blijven binnen het landelijke bedrag", () => {
    const kaders = [
      { zorgkantoor: "A", bedrag: d("600000000.00") },
      { zorgkantoor: "B", bedrag: d("500000000.00") },
    ];
    expect(controleerRegionaleKaders(kaders, d("1100000000.00"), 2020)).toEqual([]);
    const f = controleerRegionaleKaders(
      [...kaders, { zorgkantoor: "C", bedrag: d("0.01") }],
      d("1100000000.00"),
      2020,
    );
    expect(f[0]).toMatchObject({ code: "KADERS_BOVEN_LANDELIJK", veld: "kaders" });
    expect(f[0]?.melding).toContain("€ 0,01 boven");
  });

  it("4. motivering verplicht bij minder dan gevraagd", () => {
    const minder = voorstel({ overige: d("100000.00") });
    const f = controleerToekenning(minder, context());
    expect(f.map((x) => [x.code, x.veld])).toEqual([
      ["MOTIVERING_ONTBREEKT", "toekenning.motivering"],
    ]);
    expect(f[0]?.melding).toContain("minder toegekend dan aangevraagd");
    expect(codes({ ...minder, motivering: "Technologie deels uit reguliere middelen." })).toEqual(
      [],
    );
    expect(codes({ ...minder, motivering: "   " })).toEqual(["MOTIVERING_ONTBREEKT"]);
  });

  it("4. motivering verplicht bij een afwijkende verhouding (§13 B: 80/20)", () => {
    const ctx = context({ aangevraagd: { personeel: d("800000.00"), overige: d("200000.00") } });
    const v = voorstel({ personeel: d("800000.00"), overige: d("200000.00") });
    const f = controleerToekenning(v, ctx);
    expect(f.map((x) => x.code)).toEqual(["MOTIVERING_ONTBREEKT"]);
    expect(f[0]?.melding).toContain("verhouding");
    expect(
      codes({ ...v, motivering: "Onderbouwing overtuigend op alle toetspunten." }, ctx),
    ).toEqual([]);
  });

  it("4. motivering verplicht bij afwijzing; een afwijzing kent geen personeel of overige toe", () => {
    const af = voorstel({ besluit: "afwijzen", personeel: d(0), overige: d(0) });
    expect(codes(af)).toEqual(["MOTIVERING_ONTBREEKT"]);
    expect(codes({ ...af, motivering: "Geen aansluiting bij het kwaliteitsplan." })).toEqual([]);
    const metBedrag = controleerToekenning(
      voorstel({ besluit: "afwijzen", motivering: "x" }),
      context(),
    );
    expect(metBedrag.map((x) => x.veld)).toEqual(["toekenning.personeel", "toekenning.overige"]);
    expect(metBedrag.every((x) => x.code === "AFWIJZING_MET_BEDRAG")).toBe(true);
  });

  it("geeft alle overtredingen tegelijk, niet alleen de eerste", () => {
    const v = voorstel({ personeel: d("2000000.00"), overige: d("10.00") });
    const ctx = context({ op: amsterdam(2019, 12, 1), overigeAfspraken: d("7000000.00") });
    expect(codes(v, ctx)).toEqual([
      "BOVEN_AANVRAAG",
      "BOVEN_RESERVERING_VOOR_SLUITING",
      "BOVEN_REGIONAAL_KADER",
      "MOTIVERING_ONTBREEKT",
    ]);
  });
});

describe("beoordelingsbrief (§5.4)", () => {
  const brief = (v: ToekenningVoorstel) =>
    beoordelingsbrief({
      aanbieder: "Zorggroep De Linde",
      zorgkantoor: "Zorgkantoor Noord",
      jaar: 2020,
      datum: { jaar: 2020, maand: 2, dag: 14 },
      aangevraagd: { personeel: d("800000.00"), overige: d("200000.00") },
      toekenning: v,
      richtlijnPersoneel: d("0.85"),
    });

  it("bevat besluit, bedragen per categorie in euro's en de motivering als alinea's", () => {
    const b = brief(
      voorstel({
        personeel: d("800000.00"),
        overige: d("150000.00"),
        motivering: "Eerste alinea.\n\nTweede alinea.",
      }),
    );
    expect(b.onderwerp).toBe("Beoordeling aanvraag kwaliteitsbudget 2020");
    expect(b.datum).toBe("14-02-2020");
    const teksten = b.blokken.flatMap((x) => ("tekst" in x ? [x.tekst] : []));
    expect(teksten).toContain(
      "Zorgkantoor Noord heeft uw aanvraag voor het kwaliteitsbudget 2020 beoordeeld en kent u een kwaliteitsbudget toe van € 974.000,00, waarvan € 24.000,00 compensatiecomponent.",
    );
    expect(teksten).toContain("Motivering");
    expect(teksten).toContain("Eerste alinea.");
    expect(teksten).toContain("Tweede alinea.");
    const tabel = b.blokken.find((x) => x.soort === "bedragen");
    expect(tabel?.soort === "bedragen" && tabel.rijen).toEqual([
      { omschrijving: "Extra personeel", aangevraagd: "€ 800.000,00", toegekend: "€ 800.000,00" },
      { omschrijving: "Overige kosten", aangevraagd: "€ 200.000,00", toegekend: "€ 150.000,00" },
      { omschrijving: "Compensatiecomponent", aangevraagd: "—", toegekend: "€ 24.000,00" },
      { omschrijving: "Totaal", aangevraagd: "€ 1.000.000,00", toegekend: "€ 974.000,00" },
    ]);
    expect(teksten.some((t) => t.includes("84,21%") && t.includes("wijkt daarmee af"))).toBe(true);
  });

  it("noemt onder de overige kosten elke overige regel met aangevraagd en toegekend (§15.1)", () => {
    const b = beoordelingsbrief({
      aanbieder: "Zorggroep De Linde",
      zorgkantoor: "Zorgkantoor Noord",
      jaar: 2020,
      datum: { jaar: 2020, maand: 2, dag: 14 },
      aangevraagd: { personeel: d("850000.00"), overige: d("150000.00") },
      toekenning: voorstel({ overige: d("100000.00"), motivering: "Deels." }),
      richtlijnPersoneel: d("0.85"),
      overigeRegels: [
        {
          omschrijving: "Scholing dementiezorg",
          aangevraagd: d("60000.00"),
          toegekend: d("40000.00"),
        },
        { omschrijving: "Leefcirkels", aangevraagd: d("90000.00"), toegekend: d("60000.00") },
      ],
    });
    const tabel = b.blokken.find((x) => x.soort === "bedragen");
    expect(tabel?.soort === "bedragen" && tabel.rijen.slice(1, 4)).toEqual([
      { omschrijving: "Overige kosten", aangevraagd: "€ 150.000,00", toegekend: "€ 100.000,00" },
      {
        omschrijving: "– Scholing dementiezorg",
        aangevraagd: "€ 60.000,00",
        toegekend: "€ 40.000,00",
      },
      { omschrijving: "– Leefcirkels", aangevraagd: "€ 90.000,00", toegekend: "€ 60.000,00" },
    ]);
  });

  it("zegt bij afwijzing dat de aanvraag is afgewezen", () => {
    const b = brief(
      voorstel({ besluit: "afwijzen", personeel: d(0), overige: d(0), motivering: "Reden." }),
    );
    const teksten = b.blokken.flatMap((x) => ("tekst" in x ? [x.tekst] : []));
    expect(teksten.some((t) => t.includes("besloten haar af te wijzen"))).toBe(true);
    expect(teksten.some((t) => t.includes("mediation"))).toBe(true);
  });
});

describe("berekening toekenning", () => {
  const basis = {
    jaar: 2020,
    op: "2020-02-10T10:00:00+01:00",
    aangevraagd: { personeel: "850000.00", overige: "150000.00" },
    reservering: "990000.00",
    regionaalKader: "7500000.00",
    overigeAfspraken: "6000000.00",
    toekenning: {
      besluit: "toekennen",
      personeel: "850000.00",
      overige: "150000.00",
      compensatie: "24000.00",
    },
  };

  it("geeft totaal, aandeel en toegestaan", () => {
    expect(voerUit(toekenningBerekening, basis)).toEqual({
      ok: true,
      waarde: {
        totaal: "1024000.00",
        aandeelPersoneel: "0.85",
        toegestaan: true,
        overtredingen: [],
      },
    });
  });

  it("weigert een negatief bedrag met het veld", () => {
    const r = voerUit(toekenningBerekening, {
      ...basis,
      toekenning: { ...basis.toekenning, overige: "-1.00" },
    });
    expect(!r.ok && r.fout.veld).toBe("toekenning.overige");
  });

  it("geeft voor elke schema-geldige invoer ok of een getypeerde Fout, nooit een exceptie (property)", () => {
    const bedrag = fc.oneof(
      fc.constant("0"),
      fc
        .bigInt({ min: 0n, max: 10n ** 11n })
        .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`),
    );
    const instant = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((x) => x.toISOString());
    const invoer = fc.record(
      {
        jaar: fc.integer({ min: 2019, max: 2100 }),
        op: instant,
        aangevraagd: fc.record({ personeel: bedrag, overige: bedrag }),
        reservering: bedrag,
        margeVrijgegeven: fc.boolean(),
        regionaalKader: bedrag,
        overigeAfspraken: bedrag,
        toekenning: fc.record(
          {
            besluit: fc.constantFrom("toekennen", "afwijzen"),
            personeel: bedrag,
            overige: bedrag,
            compensatie: bedrag,
            motivering: fc.string({ maxLength: 10 }),
          },
          { requiredKeys: ["besluit", "personeel", "overige"] },
        ),
      },
      {
        requiredKeys: [
          "jaar",
          "op",
          "aangevraagd",
          "reservering",
          "regionaalKader",
          "overigeAfspraken",
          "toekenning",
        ],
      },
    );
    fc.assert(
      fc.property(invoer, (i) => {
        const r = voerUit(toekenningBerekening, i);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        toekenningBerekening.uitvoer.parse(r.waarde);
        expect(r.waarde.toegestaan).toBe(r.waarde.overtredingen.length === 0);
      }),
    );
  });
});
