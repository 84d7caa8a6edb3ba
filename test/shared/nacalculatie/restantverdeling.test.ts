// docs/regels.md §15.7 with §9.4 and §1: the pure rules of the national remainder round — a proposal
// only after all vaststellingen and before a decision, four eyes for landelijk-beheer, and the
// allotment as a deterministic nabetaling entry (so booking again puts nothing new).
import { describe, expect, it } from "vitest";
import { Decimal } from "#shared/geld/decimal.js";
import { BoekingSchema, boekingTekst } from "#shared/grootboek/boeking.js";
import {
  magRestantGoedkeuren,
  magRestantVoorstellen,
  restantBoeking,
  teBoeken,
  type Verdelingstand,
} from "#shared/nacalculatie/restantverdeling.js";

const voorstel = (over: Partial<Verdelingstand> = {}): Verdelingstand => ({
  voorgesteldDoor: { sub: "landelijk-a", rol: "landelijk-beheer" },
  versie: 2,
  status: "voorgesteld",
  ...over,
});

describe("restantverdeling voorstellen (§9.4 na alle vaststellingen)", () => {
  it("mag zonder openstaande zaken, ook ter vervanging van een open voorstel", () => {
    expect(magRestantVoorstellen(2020, undefined, [])).toEqual({ toegestaan: true });
    expect(magRestantVoorstellen(2020, voorstel(), [])).toEqual({ toegestaan: true });
  });
  it("weigert (409) zolang een afgesproken zaak niet is vastgesteld, en noemt die", () => {
    const t = magRestantVoorstellen(2020, undefined, ["a1", "a2"]);
    expect(t).toMatchObject({ toegestaan: false, status: 409, code: "NIET_ALLES_VASTGESTELD" });
    expect(t.toegestaan || t.reden).toContain("2 aanvragen (a1, a2)");
  });
  it("weigert (409) na het besluit: een besluit is definitief", () => {
    for (const status of ["besloten", "toegepast"] as const)
      expect(magRestantVoorstellen(2020, voorstel({ status }), [])).toMatchObject({
        toegestaan: false,
        status: 409,
        code: "AL_BESLOTEN",
      });
  });
});

describe("restantverdeling goedkeuren (§1 vier ogen)", () => {
  it("een andere medewerker keurt de gelezen versie goed", () => {
    expect(magRestantGoedkeuren(voorstel(), { sub: "landelijk-b" }, 2)).toEqual({
      toegestaan: true,
    });
  });
  it("de voorsteller niet: 403 VIER_OGEN", () => {
    expect(magRestantGoedkeuren(voorstel(), { sub: "landelijk-a" }, 2)).toMatchObject({
      toegestaan: false,
      status: 403,
      code: "VIER_OGEN",
    });
  });
  it("geen open voorstel of een andere versie: 409", () => {
    expect(magRestantGoedkeuren(undefined, { sub: "b" }, 1)).toMatchObject({
      status: 409,
      code: "GEEN_VOORSTEL",
    });
    expect(magRestantGoedkeuren(voorstel({ status: "besloten" }), { sub: "b" }, 2)).toMatchObject({
      status: 409,
      code: "GEEN_VOORSTEL",
    });
    expect(magRestantGoedkeuren(voorstel(), { sub: "b" }, 1)).toMatchObject({
      status: 409,
      code: "CONFLICT",
    });
  });
});

describe("een toekenning uit het restant als nabetaling (§15.7, §15.3)", () => {
  const t = {
    aanvraagId: "a1",
    aanbiederId: "aanb#1",
    zorgkantoorId: "zk-1",
    jaar: 2020,
    toegekend: new Decimal("50000.00"),
  };
  it("is een geldige nabetaling_besteld met oorzaak restantverdeling en vaste sleutel", () => {
    const op = new Date("2021-09-10T08:00:00Z");
    const b = restantBoeking(t, op);
    expect(BoekingSchema.safeParse(boekingTekst(b)).success).toBe(true);
    expect(b).toMatchObject({
      soort: "nabetaling_besteld",
      oorzaak: { soort: "restantverdeling", id: "landelijk-2020" },
      datum: op,
    });
    expect(b.sleutel).toBe(
      "nabetaling_besteld#aanb%231#zk-1#2020#restantverdeling:landelijk-2020#1",
    );
    expect(restantBoeking(t, new Date()).sleutel).toBe(b.sleutel);
  });
  it("alleen toekenningen boven 0 worden geboekt", () => {
    expect(teBoeken([t, { ...t, aanvraagId: "a2", toegekend: new Decimal(0) }])).toEqual([t]);
  });
});
