import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { voerUit } from "#shared/berekening.js";
import { kalenderBerekening } from "#shared/kalender/berekening.js";
import { isoTijdstip } from "./arbitraries.js";

describe("berekening kalender (§3.2)", () => {
  it("geeft de stappen van 2020 met datums als JJJJ-MM-DD en zonder 'op' geen status", () => {
    const r = voerUit(kalenderBerekening, { jaar: 2020 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.op).toBeUndefined();
    expect(r.waarde.stappen).toHaveLength(14);
    expect(r.waarde.stappen.find((s) => s.code === "realisatie_juli")).toEqual({
      code: "realisatie_juli",
      omschrijving: "tussentijdse realisatie over januari t/m juni (6 maanden)",
      wie: "aanbieder",
      opent: "2020-07-01",
      uiterlijk: "2020-07-31",
      bron: "docs/regels.md §3.2, §7; seed §4.2.9",
      maandenGedekt: 6,
    });
    expect(r.waarde.stappen.every((s) => s.status === undefined)).toBe(true);
    expect(kalenderBerekening.uitvoer.safeParse(r.waarde).success).toBe(true);
  });

  it("geeft met 'op' de status van elk venster op dat moment", () => {
    const r = voerUit(kalenderBerekening, { jaar: 2020, op: "2020-05-15T12:00:00+02:00" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.waarde.op).toBe("2020-05-15T12:00:00+02:00");
    const status = Object.fromEntries(r.waarde.stappen.map((s) => [s.code, s.status]));
    expect(status).toMatchObject({
      indienen_aanvraag: "gesloten",
      addendum_ondertekend: "gesloten",
      realisatie_mei: "open",
      realisatie_juli: "nog_niet_open",
      herschikking: "open",
      realisatie_gehele_jaar: "nog_niet_open",
    });
    expect(kalenderBerekening.uitvoer.safeParse(r.waarde).success).toBe(true);
  });

  it("schrijft 'op' terug met de Amsterdamse offset, ook als het in UTC is opgegeven", () => {
    const r = voerUit(kalenderBerekening, { jaar: 2020, op: "2020-01-15T11:00:00Z" });
    expect(r.ok && r.waarde.op).toBe("2020-01-15T12:00:00+01:00");
  });

  it("weigert een ongeldig jaar of tijdstip met een Nederlandse melding die het veld noemt", () => {
    const jaar = voerUit(kalenderBerekening, { jaar: 2018 });
    expect(jaar.ok).toBe(false);
    if (!jaar.ok) expect(jaar.fout).toMatchObject({ code: "ONGELDIGE_INVOER", veld: "jaar" });
    const op = voerUit(kalenderBerekening, { jaar: 2020, op: "2020-05-15 12:00" });
    expect(op.ok).toBe(false);
    if (!op.ok) expect(op.fout.melding).toMatch(/^op: geen geldig tijdstip/);
  });

  it("geeft voor elke schema-geldige invoer een resultaat of een getypeerde fout, nooit een exceptie (property)", () => {
    const invoer = fc.record(
      { jaar: fc.integer({ min: 2019, max: 2100 }), op: isoTijdstip() },
      { requiredKeys: ["jaar"] },
    );
    fc.assert(
      fc.property(invoer, (i) => {
        const r = voerUit(kalenderBerekening, i);
        if (r.ok) expect(kalenderBerekening.uitvoer.safeParse(r.waarde).success).toBe(true);
        else expect(r.fout.code).toBe("ONGELDIGE_INVOER");
      }),
    );
  });
});
