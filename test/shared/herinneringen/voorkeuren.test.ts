// with §10: optional notifications can be switched off, reminders of legal deadlines not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AANLEIDINGEN } from "#shared/herinneringen/momenten.js";
import { VERPLICHTING_SOORTEN } from "#shared/herinneringen/soorten.js";
import {
  MELDINGEN,
  OPTIONELE_MELDINGEN,
  optioneleMelding,
  pasToe,
  uitgezetDoorOntvanger,
  VoorkeurenInvoerSchema,
  WETTELIJKE_MELDINGEN,
} from "#shared/herinneringen/voorkeuren.js";
import { valideer } from "#shared/resultaat.js";

describe("voorkeuren voor herinneringen", () => {
  it("rekent de deadlines met rechtsgevolg tot de wettelijke en de streefdatum en vensteropening tot de optionele", () => {
    expect([...OPTIONELE_MELDINGEN]).toEqual(["venster_open", "beoordeling_streefdatum"]);
    expect([...WETTELIJKE_MELDINGEN].sort()).toEqual(
      [
        "aanvraag",
        "realisatie_mei",
        "realisatie_juli",
        "realisatie_oktober",
        "jaarverslag",
        "accountantsrapport",
        "addendum",
        "herschikking",
        "nacalculatie",
        "beoordeling_uiterste",
      ].sort(),
    );
  });

  it("weigert het uitzetten van een wettelijke herinnering en noemt het veld", () => {
    const r = valideer(VoorkeurenInvoerSchema, {
      meldingen: { venster_open: false, realisatie_mei: false },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fout.veld).toBe("meldingen.realisatie_mei");
      expect(r.fout.melding).toContain("wettelijke termijn");
    }
  });

  it("staat aanzetten van een wettelijke en uitzetten van een optionele toe", () => {
    const r = valideer(VoorkeurenInvoerSchema, {
      meldingen: { aanvraag: true, beoordeling_streefdatum: false },
    });
    expect(r.ok).toBe(true);
  });

  it("weigert een onbekende melding en onbekende velden", () => {
    expect(valideer(VoorkeurenInvoerSchema, { meldingen: { onbekend: false } }).ok).toBe(false);
    expect(valideer(VoorkeurenInvoerSchema, { meldingen: {}, extra: 1 }).ok).toBe(false);
  });

  it("past alleen de genoemde schakelaars aan", () => {
    expect(pasToe(new Set(), { meldingen: { venster_open: false } })).toEqual(["venster_open"]);
    expect(
      pasToe(new Set(["venster_open", "beoordeling_streefdatum"]), {
        meldingen: { venster_open: true },
      }),
    ).toEqual(["beoordeling_streefdatum"]);
  });

  it("slaat nooit een herinnering aan een wettelijke deadline over, wat er ook uitstaat (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERPLICHTING_SOORTEN),
        fc.constantFrom(...AANLEIDINGEN),
        fc.subarray([...OPTIONELE_MELDINGEN]),
        (soort, aanleiding, uit) => {
          const h = { soort, aanleiding };
          const overgeslagen = uitgezetDoorOntvanger(h, new Set(uit));
          const m = optioneleMelding(h);
          expect(overgeslagen).toBe(m !== null && uit.includes(m));
          if (aanleiding !== "venster_open" && soort !== "beoordeling_streefdatum")
            expect(overgeslagen).toBe(false);
        },
      ),
    );
    expect(MELDINGEN.length).toBe(OPTIONELE_MELDINGEN.length + WETTELIJKE_MELDINGEN.length);
  });
});
