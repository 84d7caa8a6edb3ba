// docs/regels.md §1: the one four-eyes rule for every decision that moves money.
import { describe, expect, it } from "vitest";
import { type Geldbesluit, magTweedeTekenen } from "#shared/toegang/vierOgen.js";

const beoordelaar = { sub: "u-1", rol: "beoordelaar" as const };
const beheer = { sub: "u-2", rol: "zorgkantoor-beheer" as const };
const aanbieder = { sub: "a", rol: "aanbieder" as const };
const ZORGKANTOORBESLUITEN: Geldbesluit[] = [
  "toekenning",
  "vaststelling",
  "herziening",
  "herschikking",
  "betaalbatch",
];

describe("vier ogen bij een besluit van het zorgkantoor (§1)", () => {
  it.each(ZORGKANTOORBESLUITEN)("%s: een andere beheerder tekent als tweede", (besluit) => {
    expect(magTweedeTekenen(besluit, beoordelaar, beheer)).toEqual({ toegestaan: true });
    expect(magTweedeTekenen(besluit, { sub: "u-3", rol: "zorgkantoor-beheer" }, beheer)).toEqual({
      toegestaan: true,
    });
  });

  it.each(ZORGKANTOORBESLUITEN)("%s: nooit de voorsteller zelf, ook niet als beheerder", (b) => {
    const r = magTweedeTekenen(b, beheer, beheer);
    expect(!r.toegestaan && r.reden).toContain("andere medewerker");
  });

  it("weigert een tweede handtekening van een beoordelaar, en een voorstel van een aanbieder", () => {
    const r = magTweedeTekenen("toekenning", beheer, { sub: "u-9", rol: "beoordelaar" });
    expect(!r.toegestaan && r.reden).toContain("zorgkantoor-beheer");
    const a = magTweedeTekenen("vaststelling", aanbieder, beheer);
    expect(!a.toegestaan && a.reden).toContain("aanbieder");
  });

  it("weigert zonder voorstel van een medewerker, en een geplande taak als tweede", () => {
    expect(magTweedeTekenen("toekenning", undefined, beheer).toegestaan).toBe(false);
    expect(magTweedeTekenen("betaalbatch", { sub: "s", rol: "systeem" }, beheer).toegestaan).toBe(
      false,
    );
    expect(magTweedeTekenen("betaalbatch", beheer, { sub: "s", rol: "systeem" }).toegestaan).toBe(
      false,
    );
  });
});

describe("vier ogen op een wijziging van de bankrekening (§15.5, §1)", () => {
  it("laat een andere zorgkantoor-beheerder goedkeuren, ook na een aanvraag van de aanbieder", () => {
    expect(magTweedeTekenen("bankrekening", aanbieder, beheer)).toEqual({ toegestaan: true });
    expect(
      magTweedeTekenen("bankrekening", { sub: "c", rol: "zorgkantoor-beheer" }, beheer),
    ).toEqual({ toegestaan: true });
  });
  it("nooit degene die de wijziging aanvroeg, en nooit een andere rol", () => {
    const zelf = magTweedeTekenen("bankrekening", beheer, beheer);
    expect(!zelf.toegestaan && zelf.reden).toContain("bankrekening");
    expect(magTweedeTekenen("bankrekening", aanbieder, beoordelaar).toegestaan).toBe(false);
    expect(magTweedeTekenen("bankrekening", aanbieder, { sub: "e", rol: "aanbieder" })).toEqual({
      toegestaan: false,
      reden:
        "Een wijziging van de bankrekening wordt goedgekeurd door zorgkantoor-beheer, niet door aanbieder.",
    });
  });
});

describe("vier ogen op de verdeling van het landelijk restant (§15.7, §1)", () => {
  const a = { sub: "l-a", rol: "landelijk-beheer" as const };
  const b = { sub: "l-b", rol: "landelijk-beheer" as const };
  it("een andere medewerker van landelijk beheer keurt goed, de voorsteller niet", () => {
    expect(magTweedeTekenen("restantverdeling", a, b)).toEqual({ toegestaan: true });
    const zelf = magTweedeTekenen("restantverdeling", a, a);
    expect(!zelf.toegestaan && zelf.reden).toContain("landelijk beheer");
  });
  it("een zorgkantoor stelt geen verdeling voor en keurt haar niet goed", () => {
    expect(magTweedeTekenen("restantverdeling", beheer, b).toegestaan).toBe(false);
    expect(magTweedeTekenen("restantverdeling", a, beheer).toegestaan).toBe(false);
  });
});
