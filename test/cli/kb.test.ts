// The calculation command as a controller uses it: the worked examples of docs/regels.md §13 through
// `npm run --silent kb`, to the cent, plus its error contract (exit status, {"fout":…}).
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Each case starts a Node process; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = join(import.meta.dirname, "../..");
const INVOER = join(import.meta.dirname, "invoer");
const run = promisify(execFile);

interface Uitkomst {
  status: number;
  json: unknown;
}

async function kb(args: string[], viaNpm = false): Promise<Uitkomst> {
  const [cmd, pre] = viaNpm
    ? ["npm", ["run", "--silent", "kb", "--"]]
    : ["bash", ["scripts/kb.sh"]];
  try {
    const { stdout } = await run(cmd, [...pre, ...args], { cwd: ROOT });
    return { status: 0, json: JSON.parse(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { status: err.code, json: JSON.parse(err.stdout) };
  }
}

function tijdelijk(inhoud: unknown): string {
  const pad = join(mkdtempSync(join(tmpdir(), "kb-")), "invoer.json");
  writeFileSync(pad, typeof inhoud === "string" ? inhoud : JSON.stringify(inhoud));
  return pad;
}

// Bundle once before the cases run in parallel, so they do not race to write the bundle.
beforeAll(async () => {
  await run("bash", ["scripts/kb.sh", "--help"], { cwd: ROOT });
}, 60_000);

const maanden = (van: number, tot: number, bedrag: string) =>
  Array.from({ length: tot - van + 1 }, (_, i) => ({
    maand: `2020-${String(van + i).padStart(2, "0")}`,
    bedrag,
  }));

describe("npm run kb — de rekenvoorbeelden van §13", () => {
  it("A. voorschot bij een addendum getekend op 20-03-2020 (precies het commando uit docs/rekencommando.md)", async () => {
    const r = await kb(["voorschot", "--input", join(INVOER, "voorschot-a.json")], true);
    expect(r).toEqual({
      status: 0,
      json: {
        betalingen: [{ maand: "2020-03", bedrag: "192000.00" }, ...maanden(4, 12, "64000.00")],
        totaal: "768000.00",
      },
    });
  });

  it("A. voorschot getekend op 12-05-2020 en B = 1.000.000,01, als array in volgorde", async () => {
    const pad = tijdelijk([
      { bedrag: "1024000.00", percentage: "0.75", jaar: 2020, getekendOp: "2020-05-12" },
      { bedrag: "1000000.01", percentage: "0.75", jaar: 2020, getekendOp: "2019-12-15" },
    ]);
    const r = await kb(["voorschot", "--input", pad]);
    expect(r.status).toBe(0);
    const [mei, cent] = r.json as {
      betalingen: { maand: string; bedrag: string }[];
      totaal: string;
    }[];
    expect(mei).toEqual({ betalingen: maanden(5, 12, "64000.00"), totaal: "512000.00" });
    expect(cent!.totaal).toBe("750000.01");
    expect(cent!.betalingen).toEqual(
      maanden(1, 12, "62500.00").map((b) =>
        b.maand === "2020-08" ? { ...b, bedrag: "62500.01" } : b,
      ),
    );
  });

  it("B. verhouding: personeel 800.000 en overige 200.000 geeft aandeel 80% en VERHOUDING_AFWIJKEND", async () => {
    const r = await kb(["toetsing", "--input", join(ROOT, "docs/voorbeelden/toetsing.json")]);
    expect(r.status).toBe(0);
    const uit = r.json as {
      aandeelPersoneel: string;
      bevindingen: { code: string; ernst: string }[];
      kanIndienen: boolean;
    };
    expect(uit.aandeelPersoneel).toBe("0.8");
    expect(uit.bevindingen).toContainEqual(
      expect.objectContaining({ code: "VERHOUDING_AFWIJKEND", ernst: "blokkeert" }),
    );
    expect(uit.kanIndienen).toBe(false);
  });

  it("C. reservering: productie VV4–VV10 € 9.000.000 geeft € 990.000,00", async () => {
    const pad = tijdelijk({
      productie: { VV4: "2500000.00", VV5: "3500000.00", VV6: "1000000.00", VV9b: "2000000.00" },
      jaar: 2020,
    });
    expect(await kb(["reservering", "--input", pad])).toEqual({
      status: 0,
      json: { reservering: "990000.00" },
    });
  });

  it("D. herschikking: A −200.000, B +150.000, C +50.000, D ongewijzigd", async () => {
    const r = await kb(["herschikking", "--input", join(INVOER, "herschikking-d.json")]);
    expect(r.status).toBe(0);
    expect((r.json as { voorstel: unknown }).voorstel).toEqual([
      { id: "A", nieuweAfspraak: "800000.00", mutatie: "-200000.00" },
      { id: "B", nieuweAfspraak: "2150000.00", mutatie: "150000.00" },
      { id: "C", nieuweAfspraak: "1550000.00", mutatie: "50000.00" },
      { id: "D", nieuweAfspraak: "3000000.00", mutatie: "0.00" },
    ]);
  });

  it("§15.2 herschikking-verdeling: een verhoging tot 100.000 geeft personeel 85.000 en overige 15.000", async () => {
    const r = await kb([
      "herschikking-verdeling",
      "--input",
      join(ROOT, "docs/voorbeelden/herschikking-verdeling.json"),
    ]);
    expect(r).toEqual({
      status: 0,
      json: {
        onderdelen: [
          { id: "personeel", afgesproken: "50000.00", nieuw: "85000.00", mutatie: "35000.00" },
          { id: "overige", afgesproken: "15000.00", nieuw: "15000.00", mutatie: "0.00" },
        ],
        totaal: "100000.00",
      },
    });
  });

  it("§15.2 herschikking-verdeling: een totaal boven de aanvraag is een fout op nieuwTotaal, exit status 2", async () => {
    const pad = tijdelijk({
      nieuwTotaal: "100000.01",
      onderdelen: [
        { id: "personeel", aangevraagd: "85000.00", afgesproken: "50000.00" },
        { id: "overige", aangevraagd: "15000.00", afgesproken: "15000.00" },
      ],
    });
    const r = await kb(["herschikking-verdeling", "--input", pad]);
    expect(r).toMatchObject({
      status: 2,
      json: { fout: { code: "NIEUW_TOTAAL_BOVEN_AANVRAAG", veld: "nieuwTotaal" } },
    });
  });

  it("E. nacalculatie: vastgesteld € 892.918,08 en nabetaling € 124.918,08", async () => {
    const r = await kb(["nacalculatie", "--input", join(INVOER, "nacalculatie-e.json")]);
    expect(r.status).toBe(0);
    const uit = r.json as Record<string, string>;
    expect(uit.index).toMatch(/^1\.0380073800/);
    expect(uit).toMatchObject({
      extraEigen: "671519.56",
      extraInhuur: "52398.52",
      personeelGerealiseerd: "723918.08",
      personeelVergoedbaar: "723918.08",
      overigeVergoedbaar: "145000.00",
      vastgesteld: "892918.08",
      saldo: "124918.08",
    });
  });
});

describe("npm run kb — afwikkeling na de vaststelling (§15.3, §15.4)", () => {
  const zaak = { aanbiederId: "a1", zorgkantoorId: "z1", jaar: 2020 };
  const betaald = (maand: number, bedrag: string) => {
    const order = `voorschot#a1#z1#2020-${String(maand).padStart(2, "0")}#v1`;
    const datum = `2020-${String(maand).padStart(2, "0")}-01T09:00:00Z`;
    const oorzaak = { soort: "betaalbatch", id: `b${maand}` };
    return [
      { sleutel: order, ...zaak, soort: "voorschot_besteld", bedrag, datum, oorzaak },
      {
        sleutel: `vrij#${order}`,
        ...zaak,
        soort: "betaling_vrijgegeven",
        bedrag,
        datum,
        oorzaak,
        betreft: order,
      },
    ];
  };

  it("E. vastgesteld € 892.918,08 na € 768.000,00 betaald: één nabetaling van € 124.918,08", async () => {
    const boekingen = [
      betaald(3, "192000.00"),
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => betaald(m, "64000.00")),
    ].flat();
    const pad = tijdelijk({
      ...zaak,
      vastgesteld: "892918.08",
      op: "2021-05-20T10:00:00+02:00",
      boekingen,
    });
    const r = await kb(["afwikkeling", "--input", pad]);
    expect(r.status).toBe(0);
    expect(r.json).toMatchObject({
      saldo: "124918.08",
      positie: "768000.00",
      nabetaling: "124918.08",
      vordering: "0.00",
      afgewikkeld: false,
      boekingen: [{ soort: "nabetaling_besteld", bedrag: "124918.08", jaar: 2020 }],
    });
  });

  it("het voorbeeld: te veel betaald, € 5.000 verrekend met 2019 en de rest een vordering die 30 dagen later vervalt", async () => {
    const r = await kb(["afwikkeling", "--input", join(ROOT, "docs/voorbeelden/afwikkeling.json")]);
    expect(r.status).toBe(0);
    const uit = r.json as { boekingen: { soort: string; jaar: number; bedrag: string }[] };
    expect(uit).toMatchObject({
      saldo: "-7081.92",
      verrekend: "5000.00",
      vordering: "2081.92",
      vervaldatum: "2021-06-19",
    });
    expect(uit.boekingen.map((b) => [b.soort, b.jaar, b.bedrag])).toEqual([
      ["verrekening", 2020, "-5000.00"],
      ["verrekening", 2019, "5000.00"],
      ["vordering_opgelegd", 2020, "-2081.92"],
    ]);
  });

  it("meldt een boeking met het verkeerde teken met haar veld", async () => {
    const [order] = betaald(3, "192000.00");
    const pad = tijdelijk({
      ...zaak,
      vastgesteld: "1.00",
      op: "2021-05-20T10:00:00Z",
      boekingen: [{ ...order, bedrag: "-5.00" }],
    });
    const r = await kb(["afwikkeling", "--input", pad]);
    expect(r).toMatchObject({
      status: 2,
      json: { fout: { code: "ONGELDIGE_INVOER", veld: "boekingen[0].bedrag" } },
    });
  });
});

describe("npm run kb — foutafhandeling", () => {
  it("meldt ongeldige invoer als {fout} met het veld, exit status 2", async () => {
    const pad = tijdelijk({
      bedrag: "1024000.001",
      percentage: "0.75",
      jaar: 2020,
      getekendOp: "2020-03-20",
    });
    const r = await kb(["voorschot", "--input", pad]);
    expect(r.status).toBe(2);
    expect(r.json).toMatchObject({ fout: { code: "ONGELDIGE_INVOER", veld: "bedrag" } });
    expect((r.json as { fout: { melding: string } }).fout.melding).toMatch(/^bedrag: /);
  });

  it("geeft in een array per element een fout en exit status 0", async () => {
    const pad = tijdelijk([
      { bedrag: "1024000.00", percentage: "0.75", jaar: 2020, getekendOp: "2020-02-30" },
      { bedrag: "1024000.00", percentage: "0.75", jaar: 2020, getekendOp: "2020-03-20" },
    ]);
    const r = await kb(["voorschot", "--input", pad]);
    expect(r.status).toBe(0);
    const [eerste, tweede] = r.json as [{ fout: { veld: string } }, { totaal: string }];
    expect(eerste.fout.veld).toBe("getekendOp");
    expect(tweede.totaal).toBe("768000.00");
  });

  it("meldt een basisjaar zonder cliëntdagen als fout, nooit als deling door nul", async () => {
    const pad = tijdelijk({
      clientdagen: { basis: {}, jaar: { VV4: 100 } },
      svDagen: { basis: "50000", jaar: "56000" },
      svLoon: "7056000.00",
      werkgeverslasten: "2116800.00",
      inhuur: { basis: "0.00", jaar: "0.00" },
      afspraak: { personeel: "850000.00", overige: [] },
      compensatie: "0.00",
      betaaldeVoorschotten: "0.00",
    });
    const r = await kb(["nacalculatie", "--input", pad]);
    expect(r.status).toBe(2);
    expect(r.json).toMatchObject({ fout: { veld: expect.stringMatching(/^clientdagen\.basis/) } });
  });

  it("§15.6: een aanbieder met alleen inhuur (SV-dagen 0 in het jaar) krijgt extra eigen 0, geen fout", async () => {
    const pad = tijdelijk({
      clientdagen: { basis: { VV4: 100 }, jaar: { VV4: 100 } },
      svDagen: { basis: "0", jaar: "0" },
      svLoon: "0.00",
      werkgeverslasten: "0.00",
      inhuur: { basis: "100000.00", jaar: "150000.00" },
      afspraak: { personeel: "850000.00", overige: [] },
      betaaldeVoorschotten: "0.00",
    });
    const r = await kb(["nacalculatie", "--input", pad]);
    expect(r.status).toBe(0);
    expect(r.json).toMatchObject({
      kostenPerSvDag: null,
      extraEigen: "0.00",
      extraInhuur: "50000.00",
      personeelGerealiseerd: "50000.00",
      vastgesteld: "50000.00",
    });
  });

  it("weigert ongeldige JSON, een onbekende berekening en een ontbrekend bestand", async () => {
    expect(await kb(["voorschot", "--input", tijdelijk("{niet json")])).toMatchObject({
      status: 2,
      json: { fout: { code: "ONGELDIGE_JSON", veld: "--input" } },
    });
    expect(await kb(["toverij", "--input", tijdelijk({})])).toMatchObject({
      status: 2,
      json: { fout: { code: "ONBEKENDE_BEREKENING" } },
    });
    expect(await kb(["voorschot", "--input", "/bestaat/niet.json"])).toMatchObject({
      status: 2,
      json: { fout: { code: "BESTAND_ONLEESBAAR" } },
    });
  });
});
