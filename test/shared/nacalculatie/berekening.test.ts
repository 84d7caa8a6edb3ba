import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { landelijkRestant, nacalculatie } from "#shared/nacalculatie/berekening.js";
import { VOORBEELD_E } from "./voorbeelden.js";

const uit = (ruw: unknown) => {
  const r = voerUit(nacalculatie, ruw);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};
const foutVan = (ruw: unknown) => {
  const r = voerUit(nacalculatie, ruw);
  return r.ok ? null : [r.fout.code, r.fout.veld];
};

describe("berekening nacalculatie (§9)", () => {
  it("rekent voorbeeld E exact door tot de nabetaling", () => {
    const r = uit(VOORBEELD_E);
    expect(r.index.startsWith("1.0380073800")).toBe(true);
    expect(r.index.length).toBeGreaterThan(30);
    expect(r).toMatchObject({
      kostenPerSvDag: "163.8",
      extraEigen: "671519.56",
      extraInhuur: "52398.52",
      personeelGerealiseerd: "723918.08",
      personeelVergoedbaar: "723918.08",
      overigeVergoedbaar: "145000.00",
      vastgesteld: "892918.08",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      terugvordering: "0.00",
      signalen: [],
    });
    expect(nacalculatie.uitvoer.safeParse(r).success).toBe(true);
  });

  it("neemt zonder gewichten die van de jaarparameters (2020)", () => {
    const { gewichten: _, ...zonder } = VOORBEELD_E;
    expect(uit(zonder)).toEqual(uit(VOORBEELD_E));
  });

  it("aanvaardt cliëntdagen als tekst met decimalen", () => {
    const r = uit({
      ...VOORBEELD_E,
      clientdagen: {
        basis: { VV4: "7300.0", VV5: 14600, VV6: "10950", VV7: 3650 },
        jaar: VOORBEELD_E.clientdagen.jaar,
      },
    });
    expect(r.extraEigen).toBe("671519.56");
  });

  it("vergoedt een niet-conforme overige regel niet", () => {
    const overige = [
      VOORBEELD_E.afspraak.overige[0],
      { ...VOORBEELD_E.afspraak.overige[1], conform: false, reden: "niet besteed volgens plan" },
    ];
    const r = uit({ ...VOORBEELD_E, afspraak: { ...VOORBEELD_E.afspraak, overige } });
    expect(r.overige).toEqual([
      { id: "scholing", vergoedbaar: "55000.00" },
      { id: "technologie", vergoedbaar: "0.00" },
    ]);
    expect(r.overigeVergoedbaar).toBe("55000.00");
    expect(r.vastgesteld).toBe("802918.08");
  });

  it("meldt een basisjaar zonder cliëntdagen als fout", () => {
    expect(
      foutVan({ ...VOORBEELD_E, clientdagen: { basis: {}, jaar: VOORBEELD_E.clientdagen.jaar } }),
    ).toEqual(["GEEN_CLIENTDAGEN_BASISJAAR", "clientdagen.basis"]);
  });

  it("§15.6: nul SV-dagen in het jaar is toegestaan, extra eigen personeel is dan 0", () => {
    const r = uit({ ...VOORBEELD_E, svDagen: { basis: "50000", jaar: 0 } });
    expect(r).toMatchObject({
      kostenPerSvDag: null,
      extraSvDagen: "0",
      extraEigen: "0.00",
      extraInhuur: "52398.52",
      personeelGerealiseerd: "52398.52",
      vastgesteld: "221398.52",
    });
    expect(nacalculatie.uitvoer.safeParse(r).success).toBe(true);
  });

  it("weigert een onbekend zorgprofiel, een gewicht van 0 en een negatief aantal dagen", () => {
    const { basis, jaar } = VOORBEELD_E.clientdagen;
    expect(
      foutVan({ ...VOORBEELD_E, clientdagen: { basis: { ...basis, VV9: 1 }, jaar } })?.[0],
    ).toBe("ONGELDIGE_INVOER");
    expect(foutVan({ ...VOORBEELD_E, gewichten: { ...VOORBEELD_E.gewichten, VV5: "0" } })).toEqual([
      "ONGELDIGE_INVOER",
      "gewichten.VV5",
    ]);
    expect(
      foutVan({ ...VOORBEELD_E, clientdagen: { basis: { ...basis, VV4: -1 }, jaar } }),
    ).toEqual(["ONGELDIGE_INVOER", "clientdagen.basis.VV4"]);
  });

  it("toont de productieontwikkeling naast de index en waarschuwt bij een grote afwijking", () => {
    const r = uit({ ...VOORBEELD_E, omzet: { basis: "9000000.00", jaar: "10800000.00" } });
    expect(r.productieontwikkeling).toBe("1.2");
    expect(r.signalen.map((s) => s.code)).toEqual(["PRODUCTIE_AFWIJKEND"]);
    const ruim = uit({
      ...VOORBEELD_E,
      omzet: { basis: "9000000.00", jaar: "10800000.00" },
      productieAfwijkingSignaal: "0.20",
    });
    expect(ruim.signalen).toEqual([]);
  });

  it("verrekent een negatief saldo met wat de aanbieder in een ander jaar tegoed heeft", () => {
    const r = uit({ ...VOORBEELD_E, betaaldeVoorschotten: "900000.00", teVerrekenen: "5000.00" });
    expect(r).toMatchObject({
      saldo: "-7081.92",
      saldoSoort: "terugvordering",
      verrekening: "5000.00",
      terugvordering: "2081.92",
    });
  });
});

describe("berekening landelijk-restant (§9.4)", () => {
  it("verdeelt het restant over de claims", () => {
    const r = voerUit(landelijkRestant, {
      landelijkBudget: "1100000000.00",
      vastgesteld: ["1099900000.00"],
      aanbieders: [
        {
          id: "X",
          personeelGerealiseerd: "950000.00",
          afgesprokenPersoneel: "850000.00",
          aangevraagdPersoneel: "900000.00",
          personeelInDienst: true,
        },
        {
          id: "Y",
          personeelGerealiseerd: "723918.08",
          afgesprokenPersoneel: "850000.00",
          aangevraagdPersoneel: "900000.00",
          personeelInDienst: true,
        },
      ],
    });
    expect(r).toEqual({
      ok: true,
      waarde: {
        restant: "100000.00",
        totaalClaims: "50000.00",
        totaalToegekend: "50000.00",
        naarRato: false,
        toekenningen: [
          { id: "X", claim: "50000.00", toegekend: "50000.00" },
          { id: "Y", claim: "0.00", toegekend: "0.00" },
        ],
      },
    });
  });
});
