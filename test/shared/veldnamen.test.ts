// Field paths as Dutch labels, and rule messages made readable for a screen.
import { describe, expect, it } from "vitest";
import { leesbareMelding, veldNaam } from "#shared/veldnamen.js";
import { zoekCodes } from "../site/codes.js";

describe("veldNaam", () => {
  it.each([
    ["begroting[0].overige[1].bedrag", "Begroting jaar 1, overige regel 2, bedrag"],
    [
      "begroting[0].personeel[0].loonkostenPerFte.direct",
      "Begroting jaar 1, personeelsregel 1, loonkosten per fte, direct",
    ],
    [
      "begroting[1].overige[0].smart.meetbaarResultaat",
      "Begroting jaar 2, overige regel 1, meetbaar resultaat",
    ],
    [
      "locaties[0].verbeterparagraaf.watGaatDeAanbiederDoen",
      "Locatie 1, verbeterparagraaf, wat gaat de aanbieder doen",
    ],
    ["beschikbaarPersoneelOverig", "Beschikbaar personeel en overig"],
    ["gewichten.VV4", "Gewicht, VV4"],
    ["gewichten.VV9b", "Gewicht, VV9b"],
    ["regels[0].fte", "Regel 1, fte"],
    ["reden", "Reden"],
  ])("%s → %s", (pad, label) => {
    expect(veldNaam(pad)).toBe(label);
    expect(zoekCodes(label)).toEqual([]);
  });
});

describe("leesbareMelding", () => {
  it("zet het label voor de melding en laat de verwijzing naar het regelboek weg", () => {
    expect(
      leesbareMelding(
        "gewichten.VV4: een gewicht moet groter dan 0 zijn; telt niet mee in de index (§9.1)",
        "gewichten.VV4",
      ),
    ).toBe("Gewicht, VV4: een gewicht moet groter dan 0 zijn; telt niet mee in de index");
    expect(
      leesbareMelding("beschikbaarPersoneelOverig: moet gelijk zijn", "beschikbaarPersoneelOverig"),
    ).toBe("Beschikbaar personeel en overig: moet gelijk zijn");
    expect(leesbareMelding("personeel (landelijk restant, §15.7)")).toBe(
      "personeel (landelijk restant)",
    );
  });

  it("laat een melding zonder pad staan", () => {
    expect(leesbareMelding("Het venster is gesloten.", "venster")).toBe("Het venster is gesloten.");
  });
});
