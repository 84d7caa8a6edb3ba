import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { OVERIGE_CATEGORIEEN } from "#shared/indiening/begrotingsregels.js";
import { toetsingBerekening } from "#shared/indiening/berekening.js";
import { BEVINDING_CODES } from "#shared/indiening/bevinding.js";
import { volledig, volledigeOnderbouwing } from "./voorbeeld.js";

const centen = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;

describe("berekening toetsing (§4.2)", () => {
  it("geeft totalen als tekst, het ongeronde aandeel en de bevindingen (§13 B)", () => {
    const aanvraag = volledig();
    aanvraag.begroting![0]!.overige![0]!.bedrag = "200000.00";
    const r = voerUit(toetsingBerekening, {
      jaar: 2020,
      op: "2019-11-15T10:00:00+01:00",
      reservering: "990000.00",
      aanvraag,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.totalen).toEqual([
      {
        jaar: 2020,
        personeel: "800000.00",
        overige: "200000.00",
        totaal: "1000000.00",
        aandeelPersoneel: "0.8",
      },
    ]);
    expect(r.waarde.aandeelPersoneel).toBe("0.8");
    expect(r.waarde.bevindingen.map((b) => [b.code, b.ernst])).toEqual([
      ["VERHOUDING_AFWIJKEND", "blokkeert"],
      ["BOVEN_RESERVERING", "informeert"],
    ]);
    expect(r.waarde.kanIndienen).toBe(false);
    expect(() => toetsingBerekening.uitvoer.parse(r.waarde)).not.toThrow();
  });

  it("kan indienen met onderbouwing, en in een laat venster na sluiting", () => {
    const aanvraag = { ...volledig(), onderbouwing: volledigeOnderbouwing };
    const r = voerUit(toetsingBerekening, {
      jaar: 2020,
      op: "2020-01-10T09:00:00+01:00",
      laatVensterTot: "2020-01-15T00:00:00+01:00",
      reservering: "990000.00",
      aanvraag,
    });
    expect(r.ok && r.waarde.kanIndienen).toBe(true);
  });

  it("geeft null als aandeel bij een lege begroting", () => {
    const r = voerUit(toetsingBerekening, {
      jaar: 2020,
      op: "2019-11-15T10:00:00+01:00",
      reservering: "0",
      aanvraag: {},
    });
    expect(r.ok && r.waarde.aandeelPersoneel).toBeNull();
    expect(r.ok && r.waarde.totalen).toEqual([]);
  });

  it("weigert ongeldige invoer met een Fout die het veld noemt", () => {
    const r = voerUit(toetsingBerekening, {
      jaar: 2020,
      op: "2019-11-15 10:00",
      reservering: "990000.00",
      aanvraag: {},
    });
    expect(!r.ok && r.fout.veld).toBe("op");
    const a = voerUit(toetsingBerekening, {
      jaar: 2020,
      op: "2019-11-15T10:00:00+01:00",
      reservering: "990000.00",
      aanvraag: { begroting: [{ jaar: 2020, overige: [{ id: "x", bedrag: "1" }] }] },
    });
    expect(!a.ok && a.fout.veld).toBe("aanvraag.begroting[0].overige[0].categorie");
  });

  const bedrag = fc.oneof(
    fc.constant("0"),
    fc.constant("0.00"),
    fc.bigInt({ min: 0n, max: 10n ** 11n }).map(centen),
  );
  const tekst = fc.oneof(fc.constant(""), fc.constant("  "), fc.string({ maxLength: 20 }));
  const datum = fc
    .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
    .map((x) => x.toISOString().slice(0, 10));
  const locatie = fc.constantFrom("organisatiebreed", "a", "b", "onbekend");
  const personeel = fc.record({
    soort: fc.constantFrom("loondienst", "inhuur"),
    functiegroep: fc.constantFrom("behandelaar", "helpende", "overig-zorgpersoneel"),
    locatie,
    fte: fc.bigInt({ min: 0n, max: 100_000n }).map(centen),
    ingangsmaand: fc.integer({ min: 1, max: 12 }),
    kosten: fc.tuple(bedrag, bedrag, bedrag),
  });
  const overige = fc.record(
    {
      categorie: fc.constantFrom(...OVERIGE_CATEGORIEEN),
      omschrijving: tekst,
      locatie,
      smart: fc.record(
        {
          specifiekDoel: tekst,
          meetbaarResultaat: tekst,
          haalbaarheid: tekst,
          relevantie: tekst,
          startdatum: datum,
          einddatum: datum,
        },
        { requiredKeys: [] },
      ),
      bedrag,
    },
    { requiredKeys: ["categorie", "locatie", "bedrag"] },
  );
  const jaar = fc.record({
    jaar: fc.integer({ min: 2019, max: 2100 }),
    personeel: fc.array(personeel, { maxLength: 4 }),
    overige: fc.array(overige, { maxLength: 4 }),
  });
  const invoer = fc.record({
    jaar: fc.integer({ min: 2019, max: 2100 }),
    op: fc
      .date({ min: new Date("2000-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((x) => x.toISOString()),
    reservering: bedrag,
    laatVensterTot: fc.option(
      fc
        .date({ min: new Date("2000-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
        .map((x) => x.toISOString()),
      { nil: undefined },
    ),
    aanvraag: fc.record(
      {
        documenten: fc.array(
          fc.record({
            soort: fc.constantFrom("kwaliteitsplan", "bijlage"),
            naam: fc.constant("x"),
          }),
          { maxLength: 2 },
        ),
        locaties: fc.uniqueArray(fc.constantFrom("a", "b", "c"), { maxLength: 3 }),
        begroting: fc.uniqueArray(jaar, { maxLength: 3, selector: (j) => j.jaar }),
        verklaringen: fc.record(
          {
            geenDubbeleBekostiging: fc.boolean(),
            uitsluitendVv4TotVv10: fc.boolean(),
            extraFteTovBasisjaar: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        onderbouwing: fc.dictionary(fc.constantFrom(...Object.keys(volledigeOnderbouwing)), tekst),
      },
      { requiredKeys: [] },
    ),
  });

  type Gegenereerd = typeof invoer extends fc.Arbitrary<infer T> ? T : never;

  /** Turns the generated shape into the exact JSON of the schema (ids, line forms). */
  const alsJson = (i: Gegenereerd) => ({
    ...i,
    aanvraag: {
      ...i.aanvraag,
      documenten: i.aanvraag.documenten?.map((x, n) => ({ ...x, id: `d${n}` })),
      locaties: i.aanvraag.locaties?.map((id) => ({
        id,
        verbeterparagraaf: { welkResultaat: id },
      })),
      begroting: i.aanvraag.begroting?.map((j) => ({
        jaar: j.jaar,
        personeel: j.personeel.map(({ kosten, ...p }, n) =>
          p.soort === "inhuur"
            ? { ...p, id: `p${n}`, kostenPerFte: kosten[0] }
            : {
                ...p,
                id: `p${n}`,
                loonkostenPerFte: { direct: kosten[0], indirect: kosten[1], premies: kosten[2] },
              },
        ),
        overige: j.overige.map((o, n) => ({ ...o, id: `o${n}` })),
      })),
    },
  });

  it("geeft voor elke schema-geldige invoer ok of een getypeerde Fout, nooit een exceptie (property)", () => {
    fc.assert(
      fc.property(invoer, (i) => {
        const r = voerUit(toetsingBerekening, alsJson(i));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        toetsingBerekening.uitvoer.parse(r.waarde);
        for (const b of r.waarde.bevindingen) expect(BEVINDING_CODES).toContain(b.code);
        expect(r.waarde.kanIndienen).toBe(
          !r.waarde.bevindingen.some((b) => b.ernst === "blokkeert"),
        );
        for (const t of r.waarde.totalen) expect(t.totaal).toMatch(/^\d+\.\d\d$/);
      }),
    );
  });
});
