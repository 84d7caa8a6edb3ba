import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lidmaatschap, Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { HANDELINGEN, rolMag } from "#shared/toegang/rechten.js";
import { magZaakWijzigen, magZaakZien } from "#shared/toegang/zaak.js";

const zaak: Zaakscope = { aanbiederId: "a-1", zorgkantoorId: "zk-1" };
const andere: Zaakscope = { aanbiederId: "a-2", zorgkantoorId: "zk-2" };

const aanbieder = (aanbiederId: string): Lidmaatschap => ({ rol: "aanbieder", aanbiederId });
const beoordelaar = (zorgkantoorId: string): Lidmaatschap => ({
  rol: "beoordelaar",
  zorgkantoorId,
});
const beheer = (zorgkantoorId: string): Lidmaatschap => ({
  rol: "zorgkantoor-beheer",
  zorgkantoorId,
});
const landelijk: Lidmaatschap = { rol: "landelijk-beheer" };

describe("een zaak zien (§1)", () => {
  it("laat een aanbieder de zaak van zijn eigen organisatie zien", () => {
    expect(magZaakZien([aanbieder("a-1")], zaak)).toEqual({
      toegestaan: true,
      rollen: ["aanbieder"],
    });
  });

  it("laat een aanbieder van twee organisaties beide zaken zien", () => {
    const l = [aanbieder("a-1"), aanbieder("a-2")];
    expect(magZaakZien(l, zaak).toegestaan).toBe(true);
    expect(magZaakZien(l, andere).toegestaan).toBe(true);
  });

  it("verbergt de zaak van een andere aanbieder, met reden en als onzichtbaar", () => {
    const t = magZaakZien([aanbieder("a-2")], zaak);
    expect(t).toMatchObject({ toegestaan: false, zichtbaar: false });
    if (!t.toegestaan) expect(t.reden).toContain("a-1");
  });

  it("laat beoordelaar en zorgkantoor-beheer de zaken van hun zorgkantoor zien", () => {
    expect(magZaakZien([beoordelaar("zk-1")], zaak).toegestaan).toBe(true);
    expect(magZaakZien([beheer("zk-1")], zaak).toegestaan).toBe(true);
    expect(magZaakZien([beoordelaar("zk-2")], zaak).toegestaan).toBe(false);
    expect(magZaakZien([beheer("zk-2")], zaak).toegestaan).toBe(false);
  });

  it("ziet een aanbieder-id niet als zorgkantoor-id (en omgekeerd)", () => {
    expect(magZaakZien([beoordelaar("a-1")], zaak).toegestaan).toBe(false);
    expect(magZaakZien([aanbieder("zk-1")], zaak).toegestaan).toBe(false);
  });

  it("laat landelijk-beheer elke zaak zien", () => {
    expect(magZaakZien([landelijk], zaak)).toEqual({
      toegestaan: true,
      rollen: ["landelijk-beheer"],
    });
  });

  it("geeft alle rollen waaronder de gebruiker de zaak ziet, in vaste volgorde", () => {
    const t = magZaakZien([beheer("zk-1"), landelijk, beoordelaar("zk-1"), aanbieder("a-9")], zaak);
    expect(t).toEqual({
      toegestaan: true,
      rollen: ["beoordelaar", "zorgkantoor-beheer", "landelijk-beheer"],
    });
  });

  it("weigert een gebruiker zonder lidmaatschap (deny by default)", () => {
    expect(magZaakZien([], zaak)).toEqual({
      toegestaan: false,
      zichtbaar: false,
      reden: "u heeft geen enkel lidmaatschap",
    });
  });
});

describe("een zaak wijzigen (§1)", () => {
  it("laat landelijk-beheer alleen lezen, met reden, maar wel zichtbaar", () => {
    const t = magZaakWijzigen([landelijk], zaak);
    expect(t).toMatchObject({ toegestaan: false, zichtbaar: true });
    if (!t.toegestaan) expect(t.reden).toContain("alleen lezen");
  });

  it("laat landelijk-beheer ook met een lees-handeling niets wijzigen", () => {
    expect(magZaakWijzigen([landelijk], zaak, "lezen").toegestaan).toBe(false);
  });

  it("laat de aanbieder zijn eigen aanvraag indienen, niet die van een ander", () => {
    expect(magZaakWijzigen([aanbieder("a-1")], zaak, "indienen")).toEqual({
      toegestaan: true,
      rollen: ["aanbieder"],
    });
    expect(magZaakWijzigen([aanbieder("a-1")], andere, "indienen")).toMatchObject({
      toegestaan: false,
      zichtbaar: false,
    });
  });

  it("laat een beoordelaar beoordelen maar niet als tweede tekenen", () => {
    expect(magZaakWijzigen([beoordelaar("zk-1")], zaak, "beoordelen").toegestaan).toBe(true);
    const t = magZaakWijzigen([beoordelaar("zk-1")], zaak, "tweedeHandtekening");
    expect(t).toMatchObject({ toegestaan: false, zichtbaar: true });
    if (!t.toegestaan) {
      expect(t.reden).toBe(
        '"tweedeHandtekening" mag alleen door de rol zorgkantoor-beheer; u heeft bij deze zaak de rol beoordelaar',
      );
    }
  });

  it("laat zorgkantoor-beheer als tweede tekenen en vaststellen", () => {
    expect(magZaakWijzigen([beheer("zk-1")], zaak, "tweedeHandtekening").toegestaan).toBe(true);
    expect(magZaakWijzigen([beheer("zk-1")], zaak, "vaststellen").toegestaan).toBe(true);
  });

  it("telt alleen de rollen die de zaak dekken: beheer elders helpt niet", () => {
    const t = magZaakWijzigen([beoordelaar("zk-1"), beheer("zk-2")], zaak, "vaststellen");
    expect(t.toegestaan).toBe(false);
  });

  it("laat een aanbieder niet beoordelen, ook niet van zijn eigen zaak", () => {
    expect(magZaakWijzigen([aanbieder("a-1")], zaak, "beoordelen").toegestaan).toBe(false);
  });

  it("geeft zonder handeling de rollen die mogen schrijven, zonder landelijk-beheer", () => {
    expect(magZaakWijzigen([landelijk, beheer("zk-1")], zaak)).toEqual({
      toegestaan: true,
      rollen: ["zorgkantoor-beheer"],
    });
  });
});

const lidmaatschapArb: fc.Arbitrary<Lidmaatschap> = fc.oneof(
  fc.constantFrom("a-1", "a-2", "zk-1").map(aanbieder),
  fc.constantFrom("zk-1", "zk-2", "a-1").map(beoordelaar),
  fc.constantFrom("zk-1", "zk-2").map(beheer),
  fc.constant(landelijk),
);
const zaakArb: fc.Arbitrary<Zaakscope> = fc.record({
  aanbiederId: fc.constantFrom("a-1", "a-2", "a-3"),
  zorgkantoorId: fc.constantFrom("zk-1", "zk-2", "zk-3"),
});

describe("eigenschappen van de toegangsregels", () => {
  it("wie mag wijzigen, mag ook zien; en de rollen zijn een deel van de zichtrollen", () => {
    fc.assert(
      fc.property(
        fc.array(lidmaatschapArb, { maxLength: 5 }),
        zaakArb,
        fc.option(fc.constantFrom(...HANDELINGEN), { nil: undefined }),
        (l, z, h) => {
          const w = magZaakWijzigen(l, z, h);
          const zien = magZaakZien(l, z);
          if (w.toegestaan) {
            expect(zien.toegestaan).toBe(true);
            if (zien.toegestaan) for (const r of w.rollen) expect(zien.rollen).toContain(r);
            expect(w.rollen).not.toContain("landelijk-beheer");
            if (h) for (const r of w.rollen) expect(rolMag(r, h)).toBe(true);
          } else {
            // Hidden when not visible; visible refusals are 403s, hidden ones 404s.
            expect(w.zichtbaar).toBe(zien.toegestaan);
            expect(w.reden.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it("meer lidmaatschappen nemen nooit toegang weg", () => {
    fc.assert(
      fc.property(
        fc.array(lidmaatschapArb, { maxLength: 4 }),
        lidmaatschapArb,
        zaakArb,
        (l, extra, z) => {
          if (magZaakZien(l, z).toegestaan)
            expect(magZaakZien([...l, extra], z).toegestaan).toBe(true);
        },
      ),
    );
  });
});
