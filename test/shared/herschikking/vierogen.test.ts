// docs/regels.md §15.2: four eyes on the herschikking, and its application in idempotent chunks.
import { describe, expect, it } from "vitest";
import {
  magHerschikkingGoedkeuren,
  toepassingsdelen,
  type Voorstelstand,
} from "#shared/herschikking/vierogen.js";

const voorstel: Voorstelstand = {
  voorgesteldDoor: { sub: "anna", rol: "zorgkantoor-beheer" },
  versie: 3,
  status: "voorgesteld",
};
const bert = { sub: "bert", rol: "zorgkantoor-beheer" as const };

describe("magHerschikkingGoedkeuren (§15.2 vier ogen)", () => {
  it("laat een andere zorgkantoor-beheerder de gelezen versie goedkeuren", () => {
    expect(magHerschikkingGoedkeuren(voorstel, bert, 3)).toEqual({ toegestaan: true });
  });
  it("weigert de voorsteller zelf (403 VIER_OGEN met reden)", () => {
    const r = magHerschikkingGoedkeuren(voorstel, { ...bert, sub: "anna" }, 3);
    expect(r).toMatchObject({ toegestaan: false, status: 403, code: "VIER_OGEN" });
    expect(!r.toegestaan && r.reden).toMatch(/andere medewerker/);
  });
  it("weigert een beoordelaar als tweede handtekening (403)", () => {
    const r = magHerschikkingGoedkeuren(voorstel, { sub: "bert", rol: "beoordelaar" }, 3);
    expect(r).toMatchObject({ toegestaan: false, status: 403, code: "VIER_OGEN" });
  });
  it("weigert een vervangen versie (409) en een besloten of ontbrekend voorstel (409)", () => {
    expect(magHerschikkingGoedkeuren(voorstel, bert, 2)).toMatchObject({
      status: 409,
      code: "CONFLICT",
    });
    expect(magHerschikkingGoedkeuren({ ...voorstel, status: "besloten" }, bert, 3)).toMatchObject({
      status: 409,
      code: "GEEN_VOORSTEL",
    });
    expect(magHerschikkingGoedkeuren(undefined, bert, 3)).toMatchObject({
      status: 409,
      code: "GEEN_VOORSTEL",
    });
  });
});

describe("toepassingsdelen (§15.2 atomair, idempotent toegepast)", () => {
  const regels = Array.from({ length: 7 }, (_, i) => ({ aanvraagId: `z${i}` }));
  it("verdeelt alle regels in delen van hoogstens perDeel, volgorde behouden", () => {
    const d = toepassingsdelen(regels, new Set(), 3);
    expect(d.map((x) => x.map((r) => r.aanvraagId))).toEqual([
      ["z0", "z1", "z2"],
      ["z3", "z4", "z5"],
      ["z6"],
    ]);
  });
  it("laat toegepaste regels weg: opnieuw toepassen doet alleen de rest", () => {
    const d = toepassingsdelen(regels, new Set(["z0", "z1", "z2", "z5"]), 3);
    expect(d.map((x) => x.map((r) => r.aanvraagId))).toEqual([["z3", "z4", "z6"]]);
    expect(toepassingsdelen(regels, new Set(regels.map((r) => r.aanvraagId)), 3)).toEqual([]);
  });
});
