import { describe, expect, it } from "vitest";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { BEVINDING_CODES, type BevindingCode } from "#shared/indiening/bevinding.js";
import { kanIndienen, toets } from "#shared/indiening/toetsing.js";
import { context, d, parse, volledig, volledigeOnderbouwing } from "./voorbeeld.js";

const toetsVan = (a: AanvraagInvoer, ctx = context()) => toets(parse(a), ctx);
const met = (code: BevindingCode, a: AanvraagInvoer, ctx = context()) =>
  toetsVan(a, ctx).filter((b) => b.code === code);

type Jaar = NonNullable<AanvraagInvoer["begroting"]>[number];
const jaar0 = (a: AanvraagInvoer): Jaar => a.begroting![0]!;
type Overige = NonNullable<Jaar["overige"]>[number];
const overige0 = (a: AanvraagInvoer): Overige => jaar0(a).overige![0]!;

/** §13 B: personeel € 800.000, overige € 200.000. */
const voorbeeldB = (): AanvraagInvoer => {
  const a = volledig();
  overige0(a).bedrag = "200000.00";
  return a;
};

describe("toetsing bij indiening (§4.2)", () => {
  it("vindt niets in een volledige aanvraag binnen de periode; indienen kan", () => {
    const b = toetsVan(volledig());
    expect(b).toEqual([]);
    expect(kanIndienen(b)).toBe(true);
  });

  it("§13 B: aandeel 80% < 85% blokkeert zonder onderbouwing (VERHOUDING_AFWIJKEND)", () => {
    const [b, ...rest] = met("VERHOUDING_AFWIJKEND", voorbeeldB());
    expect(rest).toEqual([]);
    expect(b?.ernst).toBe("blokkeert");
    expect(b?.veld).toBe("onderbouwing");
    expect(b?.melding).toContain("80%");
    expect(b?.melding).toContain("€ 800.000,00");
    expect(b?.bron).toBe("docs/regels.md §4.2; seed §4.2.5, §4.2.7");
    expect(kanIndienen(toetsVan(voorbeeldB()))).toBe(false);
  });

  it("§13 B: met een volledige onderbouwing informeert VERHOUDING_AFWIJKEND alleen", () => {
    const a = { ...voorbeeldB(), onderbouwing: volledigeOnderbouwing };
    const b = toetsVan(a);
    expect(b.map((x) => [x.code, x.ernst])).toEqual([
      ["VERHOUDING_AFWIJKEND", "informeert"],
      ["BOVEN_RESERVERING", "informeert"],
    ]);
    expect(kanIndienen(b)).toBe(true);
  });

  it("wijst bij één ontbrekend toetspunt dat toetspunt aan", () => {
    const a = {
      ...voorbeeldB(),
      onderbouwing: { ...volledigeOnderbouwing, businessCase: "  " },
    };
    const [b] = met("VERHOUDING_AFWIJKEND", a);
    expect(b?.ernst).toBe("blokkeert");
    expect(b?.veld).toBe("onderbouwing.businessCase");
    expect(b?.melding).toContain("onderbouwde business case");
  });

  it("precies op de richtlijn van 85% is geen afwijking", () => {
    const a = volledig();
    overige0(a).bedrag = "141176.47"; // 800000 / 941176.47 = 0,85000000…
    expect(met("VERHOUDING_AFWIJKEND", a)).toEqual([]);
    overige0(a).bedrag = "141176.48"; // 0,8499999…
    expect(met("VERHOUDING_AFWIJKEND", a)[0]?.melding).toContain("84,99%");
  });

  it("KWALITEITSPLAN_ONTBREEKT: alleen bijlagen blokkeert, met kwaliteitsplan niet", () => {
    const a = volledig();
    a.documenten = a.documenten!.filter((x) => x.soort === "bijlage");
    const [b] = met("KWALITEITSPLAN_ONTBREEKT", a);
    expect(b).toMatchObject({ ernst: "blokkeert", veld: "documenten" });
    expect(met("KWALITEITSPLAN_ONTBREEKT", volledig())).toEqual([]);
  });

  it("VERBETERPARAGRAAF_ONVOLLEDIG: een ontbrekend deel van een locatie blokkeert", () => {
    const a = volledig();
    a.locaties![0]!.verbeterparagraaf!.hoeWordtInternGemonitord = "";
    const [b] = met("VERBETERPARAGRAAF_ONVOLLEDIG", a);
    expect(b?.ernst).toBe("blokkeert");
    expect(b?.veld).toBe("locaties[0].verbeterparagraaf.hoeWordtInternGemonitord");
    expect(b?.melding).toContain("De Linde");
    expect(b?.melding).toContain("hoe wordt intern gemonitord");
    a.locaties![0]!.verbeterparagraaf!.welkResultaat = "";
    expect(met("VERBETERPARAGRAAF_ONVOLLEDIG", a)[0]?.veld).toBe("locaties[0].verbeterparagraaf");
  });

  it("VERBETERPARAGRAAF_ONVOLLEDIG: een regel op een locatie zonder verbeterparagraaf blokkeert", () => {
    const a = volledig();
    overige0(a).locatie = "eik";
    const [b, ...rest] = met("VERBETERPARAGRAAF_ONVOLLEDIG", a);
    expect(rest).toEqual([]);
    expect(b?.veld).toBe("begroting[0].overige[0].locatie");
    expect(b?.melding).toContain('"eik"');
    expect(b?.melding).toContain("overige regel 1 in 2020");
    // organisatiebreed needs no verbeterparagraaf
    expect(met("VERBETERPARAGRAAF_ONVOLLEDIG", volledig())).toEqual([]);
  });

  it("BEGROTING_LEEG: geen regel voor jaar t blokkeert, ook als een later jaar wel regels heeft", () => {
    const zonderJaar = { ...volledig(), begroting: [] };
    expect(met("BEGROTING_LEEG", zonderJaar)[0]).toMatchObject({
      ernst: "blokkeert",
      veld: "begroting",
    });
    const alleenLater = volledig();
    alleenLater.begroting = [{ jaar: 2020 }, { ...jaar0(volledig()), jaar: 2021 }];
    const [b] = met("BEGROTING_LEEG", alleenLater);
    expect(b?.veld).toBe("begroting[0]");
    expect(b?.melding).toContain("2020");
    expect(met("BEGROTING_LEEG", volledig())).toEqual([]);
  });

  it("BEGROTINGSJAAR_ONGELDIG: alleen t tot en met t+2 zijn toegestaan", () => {
    const a = volledig();
    a.begroting = [jaar0(a), { jaar: 2022 }, { jaar: 2023 }];
    const b = met("BEGROTINGSJAAR_ONGELDIG", a);
    expect(b.map((x) => x.veld)).toEqual(["begroting[2].jaar"]);
    a.begroting = [jaar0(a), { jaar: 2019 }];
    expect(met("BEGROTINGSJAAR_ONGELDIG", a).map((x) => x.veld)).toEqual(["begroting[1].jaar"]);
  });

  it("SMART_ONVOLLEDIG: een ontbrekend SMART-deel blokkeert en noemt de regel", () => {
    const a = volledig();
    overige0(a).smart!.haalbaarheid = "";
    const [b] = met("SMART_ONVOLLEDIG", a);
    expect(b?.ernst).toBe("blokkeert");
    expect(b?.veld).toBe("begroting[0].overige[0].smart.haalbaarheid");
    expect(b?.melding).toContain('overige regel 1 in 2020 (deskundigheid: "Scholing dementie")');
    delete overige0(a).smart!.einddatum;
    const [twee] = met("SMART_ONVOLLEDIG", a);
    expect(twee?.veld).toBe("begroting[0].overige[0]");
    expect(twee?.melding).toContain("haalbaarheid en einddatum");
    expect(met("SMART_ONVOLLEDIG", volledig())).toEqual([]);
  });

  it("SMART_ONVOLLEDIG: een einddatum vóór de startdatum blokkeert", () => {
    const a = volledig();
    overige0(a).smart!.einddatum = "2019-12-31";
    expect(met("SMART_ONVOLLEDIG", a)[0]?.veld).toBe("begroting[0].overige[0].smart.einddatum");
    overige0(a).smart!.einddatum = "2020-01-01"; // same day is fine
    expect(met("SMART_ONVOLLEDIG", a)).toEqual([]);
  });

  it("VERKLARING_ONTBREEKT: elke niet-bevestigde verklaring blokkeert apart", () => {
    const a = { ...volledig(), verklaringen: { geenDubbeleBekostiging: true } };
    const b = met("VERKLARING_ONTBREEKT", a);
    expect(b.map((x) => x.veld)).toEqual([
      "verklaringen.uitsluitendVv4TotVv10",
      "verklaringen.extraFteTovBasisjaar",
    ]);
    expect(b.every((x) => x.ernst === "blokkeert")).toBe(true);
    expect(met("VERKLARING_ONTBREEKT", volledig())).toEqual([]);
  });

  it("OVERHEAD_ZONDER_EXTRA_FTE: overhead in een jaar zonder extra fte blokkeert", () => {
    const a = volledig();
    overige0(a).categorie = "overhead";
    expect(met("OVERHEAD_ZONDER_EXTRA_FTE", a)).toEqual([]); // 10 extra fte in 2020
    a.begroting!.push({ jaar: 2021, overige: [{ ...overige0(a), bedrag: "5000.00" }] });
    const [b, ...rest] = met("OVERHEAD_ZONDER_EXTRA_FTE", a);
    expect(rest).toEqual([]);
    expect(b).toMatchObject({ ernst: "blokkeert", veld: "begroting[1].overige[0].categorie" });
    expect(b?.melding).toContain("2021");
    // fte 0 in the year counts as no extra fte; an overhead line of € 0 is no overhead cost
    const nul = volledig();
    overige0(nul).categorie = "overhead";
    jaar0(nul).personeel![0]!.fte = "0";
    expect(met("OVERHEAD_ZONDER_EXTRA_FTE", nul)).toHaveLength(1);
    overige0(nul).bedrag = "0.00";
    expect(met("OVERHEAD_ZONDER_EXTRA_FTE", nul)).toEqual([]);
  });

  it("BOVEN_RESERVERING: meer dan gereserveerd informeert alleen, gelijk niet", () => {
    const [b] = met("BOVEN_RESERVERING", volledig(), context({ reservering: d("899999.99") }));
    expect(b).toMatchObject({ ernst: "informeert", veld: "begroting[0]" });
    expect(b?.melding).toContain("€ 0,01 boven");
    expect(met("BOVEN_RESERVERING", volledig(), context({ reservering: d("900000.00") }))).toEqual(
      [],
    );
    expect(kanIndienen(toetsVan(volledig(), context({ reservering: d("0") })))).toBe(true);
  });

  it("LOONKOSTEN_AFWIJKEND: kosten per fte buiten € 35.000 – € 110.000 waarschuwen", () => {
    const a = volledig();
    const p = jaar0(a).personeel![0]! as { loonkostenPerFte: Record<string, string> };
    p.loonkostenPerFte = { direct: "20000.00", indirect: "10000.00", premies: "4999.99" };
    overige0(a).bedrag = "10000.00"; // keep the share above the richtlijn
    const [b] = met("LOONKOSTEN_AFWIJKEND", a);
    expect(b).toMatchObject({
      ernst: "waarschuwt",
      veld: "begroting[0].personeel[0].loonkostenPerFte",
    });
    expect(b?.melding).toContain("€ 34.999,99");
    expect(b?.melding).toContain("personeelsregel 1 in 2020 (verzorgende, locatie De Linde)");
    expect(kanIndienen(toetsVan(a))).toBe(true);
    p.loonkostenPerFte = { direct: "20000.00", indirect: "10000.00", premies: "5000.00" };
    expect(met("LOONKOSTEN_AFWIJKEND", a)).toEqual([]);
    p.loonkostenPerFte = { direct: "110000.00", indirect: "0", premies: "0" };
    expect(met("LOONKOSTEN_AFWIJKEND", a)).toEqual([]);
    const inhuur = volledig();
    jaar0(inhuur).personeel = [
      {
        id: "i1",
        soort: "inhuur",
        functiegroep: "behandelaar",
        locatie: "linde",
        fte: "1.00",
        ingangsmaand: 1,
        kostenPerFte: "110000.01",
      },
    ];
    expect(met("LOONKOSTEN_AFWIJKEND", inhuur)[0]?.veld).toBe(
      "begroting[0].personeel[0].kostenPerFte",
    );
  });

  it("geeft de bevindingen in de volgorde van de tabel en elke code met zijn bron", () => {
    const b = toetsVan({}, context({ op: new Date("2019-06-01T10:00:00Z") }));
    expect(b.map((x) => x.code)).toEqual([
      "KWALITEITSPLAN_ONTBREEKT",
      "BEGROTING_LEEG",
      "VERKLARING_ONTBREEKT",
      "VERKLARING_ONTBREEKT",
      "VERKLARING_ONTBREEKT",
      "BUITEN_INDIENINGSPERIODE",
    ]);
    for (const x of b) expect(x.bron).toMatch(/^docs\/regels\.md §4\.2; seed §4\.2\.\d/);
    expect(BEVINDING_CODES).toContain("LOONKOSTEN_AFWIJKEND");
  });
});
