import { describe, expect, it } from "vitest";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import { valideer } from "#shared/resultaat.js";
import { volledig } from "./voorbeeld.js";

const metRegel = (regel: Record<string, unknown>) => ({
  begroting: [{ jaar: 2020, personeel: [regel] }],
});
const personeel = {
  id: "p1",
  soort: "loondienst",
  functiegroep: "verzorgende",
  locatie: "organisatiebreed",
  fte: "1.50",
  ingangsmaand: 3,
  loonkostenPerFte: { direct: "50000.00", indirect: "15000.00", premies: "15000.00" },
};

describe("inhoud van de aanvraag (§4.1)", () => {
  it("aanvaardt een leeg concept en vult lege onderdelen aan", () => {
    const r = valideer(AanvraagSchema, {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.documenten).toEqual([]);
    expect(r.waarde.verklaringen.geenDubbeleBekostiging).toBe(false);
    expect(r.waarde.onderbouwing.businessCase).toBe("");
  });

  it("aanvaardt een volledige aanvraag en zet bedragen om naar Decimal", () => {
    const r = valideer(AanvraagSchema, volledig());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.waarde.begroting[0]!.overige[0]!.bedrag.toFixed(2)).toBe("100000.00");
  });

  it("aanvaardt een concept met lege SMART-teksten en zonder datums", () => {
    const r = valideer(AanvraagSchema, {
      begroting: [
        {
          jaar: 2020,
          overige: [
            { id: "o1", categorie: "overhead", locatie: "organisatiebreed", bedrag: "10.00" },
          ],
        },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it.each([
    ["fte met drie decimalen", { ...personeel, fte: "1.505" }, "begroting[0].personeel[0].fte"],
    ["negatieve fte", { ...personeel, fte: "-1" }, "begroting[0].personeel[0].fte"],
    ["fte als getal", { ...personeel, fte: 1.5 }, "begroting[0].personeel[0].fte"],
    [
      "ingangsmaand 13",
      { ...personeel, ingangsmaand: 13 },
      "begroting[0].personeel[0].ingangsmaand",
    ],
    ["ingangsmaand 0", { ...personeel, ingangsmaand: 0 }, "begroting[0].personeel[0].ingangsmaand"],
    [
      "onbekende functiegroep",
      { ...personeel, functiegroep: "arts" },
      "begroting[0].personeel[0].functiegroep",
    ],
    [
      "negatieve loonkosten",
      { ...personeel, loonkostenPerFte: { direct: "-1.00", indirect: "0", premies: "0" } },
      "begroting[0].personeel[0].loonkostenPerFte.direct",
    ],
    ["onbekende soort", { ...personeel, soort: "stage" }, "begroting[0].personeel[0].soort"],
    ["lege locatie", { ...personeel, locatie: " " }, "begroting[0].personeel[0].locatie"],
  ])("weigert %s met een melding die het veld noemt", (_, regel, veld) => {
    const r = valideer(AanvraagSchema, metRegel(regel));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fout.veld).toBe(veld);
      expect(r.fout.melding.startsWith(veld)).toBe(true);
    }
  });

  it("weigert een onbekende categorie van een overige regel en een ongeldige datum", () => {
    const overige = { id: "o1", categorie: "vastgoed", locatie: "organisatiebreed", bedrag: "1" };
    const r = valideer(AanvraagSchema, { begroting: [{ jaar: 2020, overige: [overige] }] });
    expect(!r.ok && r.fout.veld).toBe("begroting[0].overige[0].categorie");
    const datum = valideer(AanvraagSchema, {
      begroting: [
        {
          jaar: 2020,
          overige: [
            {
              ...overige,
              categorie: "welbevinden",
              smart: { startdatum: "2020-02-30" },
            },
          ],
        },
      ],
    });
    expect(!datum.ok && datum.fout.veld).toBe("begroting[0].overige[0].smart.startdatum");
  });

  it("weigert een jaar dat twee keer in de begroting staat en een dubbel regel-id", () => {
    const jaren = valideer(AanvraagSchema, { begroting: [{ jaar: 2020 }, { jaar: 2020 }] });
    expect(!jaren.ok && jaren.fout.veld).toBe("begroting[1].jaar");
    const ids = valideer(AanvraagSchema, metRegel(personeel));
    expect(ids.ok).toBe(true);
    const dubbel = valideer(AanvraagSchema, {
      begroting: [{ jaar: 2020, personeel: [personeel, personeel] }],
    });
    expect(!dubbel.ok && dubbel.fout.veld).toBe("begroting[0].personeel[1].id");
  });

  it("weigert meer dan drie begrotingsjaren", () => {
    const r = valideer(AanvraagSchema, {
      begroting: [{ jaar: 2020 }, { jaar: 2021 }, { jaar: 2022 }, { jaar: 2023 }],
    });
    expect(!r.ok && r.fout.veld).toBe("begroting");
  });

  it("weigert een onbekend veld (een tikfout gaat niet stil verloren)", () => {
    const r = valideer(AanvraagSchema, { verklaringen: { geenDubbeleBekostigng: true } });
    expect(!r.ok && r.fout.veld).toBe("verklaringen.geenDubbeleBekostigng");
  });

  it("weigert organisatiebreed als locatie-id en dubbele locaties", () => {
    const r = valideer(AanvraagSchema, { locaties: [{ id: "organisatiebreed" }] });
    expect(!r.ok && r.fout.veld).toBe("locaties[0].id");
    const dubbel = valideer(AanvraagSchema, { locaties: [{ id: "a" }, { id: "a" }] });
    expect(!dubbel.ok && dubbel.fout.veld).toBe("locaties[1].id");
  });

  it("weigert een document zonder geldige soort", () => {
    const r = valideer(AanvraagSchema, { documenten: [{ id: "x", soort: "verslag", naam: "a" }] });
    expect(!r.ok && r.fout.veld).toBe("documenten[0].soort");
  });
});
