// The herschikkingsbrief and the vaststelling (functions/rapportage/stukken/) as the aanbieder gets
// them, composed from data and laid out as PDF, without the API: the address block and kenmerk, the
// bezwaar clause with the deadline six weeks after the letter's own date, §13 E's amounts to the
// cent, and no §, ids or codes in the text.
import { describe, expect, it } from "vitest";
import type { AfspraakSamenvatting } from "#functions/data/aanvragen.js";
import { herschikkingsbrief } from "#functions/rapportage/stukken/herschikkingsbrief.js";
import { type Partijen, vaststelling } from "#functions/rapportage/stukken/inhoud.js";
import { briefPdf } from "#functions/stukken/opmaak.js";
import { pdfTekst } from "./opzet.js";

const partijen: Partijen = {
  aanbieder: "Zorggroep Szőke & Ștefan",
  aanbiederAdres: ["Lindelaan 1", "1071 AA Amsterdam"],
  zorgkantoorId: "zk-vgz",
  zorgkantoor: "VGZ Zorgkantoor",
  nzaNummer: "300-1001",
  agbCode: "73731001",
  jaar: 2020,
};
const afspraak = (
  nummer: number,
  soort: AfspraakSamenvatting["soort"],
  personeel: string,
  overige: string,
  totaal: string,
  overigeRegels?: AfspraakSamenvatting["overigeRegels"],
): AfspraakSamenvatting => ({
  nummer,
  soort,
  personeel,
  overige,
  compensatie: "24000.00",
  totaal,
  ...(overigeRegels ? { overigeRegels } : {}),
});
const nu = new Date("2021-07-01T09:00:00Z");
const tekstVan = async (b: Parameters<typeof briefPdf>[0]) => {
  const p = await pdfTekst(await briefPdf(b, { nu }));
  return { regels: p.tekst.split("\n"), zin: p.tekst.replace(/\n/g, " ") };
};
const geenCodes = (zin: string) => {
  expect(zin).not.toMatch(/§|DOMAIN\.md|\b[a-z]+_[a-z_]+\b/);
  expect(zin).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
};

describe("herschikkingsbrief", () => {
  it("heeft adres, kenmerk, oude en nieuwe bedragen en bezwaar tot zes weken na het besluit", async () => {
    const b = herschikkingsbrief({
      ...partijen,
      vorige: afspraak(1, "initieel", "850000.00", "150000.00", "1024000.00", [
        { id: "3f2b9c1e-0000-4000-8000-000000000001", bedrag: "60000.00" },
        { id: "3f2b9c1e-0000-4000-8000-000000000002", bedrag: "90000.00" },
      ]),
      nieuw: afspraak(2, "herschikking", "977500.00", "172500.00", "1174000.00", [
        { id: "3f2b9c1e-0000-4000-8000-000000000001", bedrag: "69000.00" },
        { id: "3f2b9c1e-0000-4000-8000-000000000002", bedrag: "103500.00" },
      ]),
      reden: "Ruimte in het regionale kader.\nVerdeeld naar de vraag.",
      op: "2020-11-27T15:00:00+01:00",
      // One line's description is unknown: the letter names it by its place, never by its id.
      omschrijvingen: new Map([["3f2b9c1e-0000-4000-8000-000000000001", "Scholing"]]),
    });
    const { regels, zin } = await tekstVan(b);
    expect(regels.slice(0, 7)).toEqual([
      "VGZ Zorgkantoor",
      "Datum: 27-11-2020",
      "Zorggroep Szöke & Stefan",
      "Lindelaan 1",
      "1071 AA Amsterdam",
      "Kenmerk: KB-2020-VGZ-73731001-HB",
      "Onderwerp: Herschikking kwaliteitsbudget 2020",
    ]);
    expect(zin).toContain("wijzigt van € 1.024.000,00 in € 1.174.000,00");
    expect(zin).toContain("Overige kosten: Scholing € 60.000,00 € 69.000,00 € 9.000,00");
    expect(zin).toContain("Overige kosten: regel 2 € 90.000,00 € 103.500,00 € 13.500,00");
    expect(regels).toContain("Verdeeld naar de vraag.");
    // Friday 27-11-2020 + 6 weeks = Friday 08-01-2021.
    expect(zin).toContain(
      "bezwaar maken, dus uiterlijk op 08-01-2021. Stuur uw bezwaarschrift naar VGZ Zorgkantoor.",
    );
    geenCodes(zin);
  });
});

describe("vaststelling", () => {
  it("stelt §13 E vast tot op de cent, met kenmerk en bezwaar; een herziening heeft een volgnummer", async () => {
    const gegevens = {
      ...partijen,
      afgesproken: afspraak(1, "initieel", "850000.00", "150000.00", "1024000.00"),
      vastgesteldeAfspraak: afspraak(2, "vaststelling", "723918.08", "145000.00", "892918.08"),
      vastgesteld: "892918.08",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      verrekening: "0.00",
      terugvordering: "0.00",
      op: "2021-06-10T10:00:00+02:00",
    };
    const { regels, zin } = await tekstVan(vaststelling(gegevens));
    expect(regels).toContain("Kenmerk: KB-2020-VGZ-73731001-VS");
    expect(regels).toContain("1071 AA Amsterdam");
    expect(zin).toContain("stelt het kwaliteitsbudget vast op € 892.918,08");
    expect(zin).toContain("Extra personeel € 723.918,08");
    expect(zin).toContain("Betaalde voorschotten € 768.000,00");
    expect(zin).toContain("Het zorgkantoor betaalt u € 124.918,08 na.");
    // Thursday 10-06-2021 + 6 weeks = Thursday 22-07-2021.
    expect(zin).toContain("dus uiterlijk op 22-07-2021");
    geenCodes(zin);

    const herzien = await tekstVan(
      vaststelling({
        ...gegevens,
        versie: 2,
        herziening: {
          vorigVastgesteld: "900000.00",
          reden: "Correctie accountant",
          gecorrigeerd: "0.00",
        },
        op: "2021-09-04T10:00:00+02:00",
      } as Parameters<typeof vaststelling>[0]),
    );
    expect(herzien.regels).toContain("Kenmerk: KB-2020-VGZ-73731001-VS2");
    // Saturday 04-09-2021 + 6 weeks is a Saturday: Monday 18-10-2021.
    expect(herzien.zin).toContain("dus uiterlijk op 18-10-2021");
  });

  it("noemt zonder bekend adres alleen de naam", async () => {
    const b = vaststelling({
      ...partijen,
      aanbiederAdres: [],
      afgesproken: undefined,
      vastgesteldeAfspraak: afspraak(2, "vaststelling", "723918.08", "145000.00", "892918.08"),
      vastgesteld: "892918.08",
      saldo: "124918.08",
      saldoSoort: "nabetaling",
      nabetaling: "124918.08",
      verrekening: "0.00",
      terugvordering: "0.00",
      op: "2021-06-10T10:00:00+02:00",
    });
    const { regels } = await tekstVan(b);
    expect(regels.slice(2, 4)).toEqual([
      "Zorggroep Szöke & Stefan",
      "Kenmerk: KB-2020-VGZ-73731001-VS",
    ]);
  });
});
