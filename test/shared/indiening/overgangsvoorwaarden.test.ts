// docs/regels.md §4.3: the flags of OVERGANGEN are checked from the table, whoever takes the action.
import { describe, expect, it } from "vitest";
import { bevinding } from "#shared/indiening/bevinding.js";
import { overgangsvoorwaarden } from "#shared/indiening/overgangsvoorwaarden.js";
import { OVERGANGEN } from "#shared/indiening/toestanden.js";

const aanbieder = { sub: "a", rol: "aanbieder" as const };
const beoordelaar = { sub: "b", rol: "beoordelaar" as const };
const beheer = { sub: "c", rol: "zorgkantoor-beheer" as const };
const indienen = OVERGANGEN.concept.indienen!;
const goedkeuren = OVERGANGEN.in_beoordeling.goedkeuren!;
const tekenen = OVERGANGEN.goedgekeurd.addendumTekenen!;

describe("vereistToetsing (§4.2)", () => {
  it("laat indienen toe zonder blokkerende bevinding", () => {
    expect(overgangsvoorwaarden(indienen, { bevindingen: [] }, aanbieder).toegestaan).toBe(true);
  });
  it("weigert een blokkerende bevinding, en een indiening zonder toetsing (422)", () => {
    const b = bevinding("KWALITEITSPLAN_ONTBREEKT", "blokkeert", "documenten", "plan ontbreekt");
    expect(overgangsvoorwaarden(indienen, { bevindingen: [b] }, aanbieder)).toMatchObject({
      toegestaan: false,
      status: 422,
      code: "AANVRAAG_NIET_INDIENBAAR",
      veld: "documenten",
    });
    expect(overgangsvoorwaarden(indienen, {}, aanbieder)).toMatchObject({ status: 422 });
  });
});

describe("vierOgen (§1)", () => {
  it("goedkeuren vraagt het voorstel van een ander", () => {
    expect(overgangsvoorwaarden(goedkeuren, { voorgesteldDoor: beoordelaar }, beheer)).toEqual({
      toegestaan: true,
    });
    expect(overgangsvoorwaarden(goedkeuren, { voorgesteldDoor: beheer }, beheer)).toMatchObject({
      status: 403,
      code: "VIER_OGEN",
    });
    expect(overgangsvoorwaarden(goedkeuren, {}, beheer)).toMatchObject({ code: "VIER_OGEN" });
  });
});

describe("beidePartijen (§5)", () => {
  it("tekent het addendum pas met beide handtekeningen, van twee mensen", () => {
    const beide = { handtekeningen: { aanbieder: "a", zorgkantoor: "c" } };
    expect(overgangsvoorwaarden(tekenen, beide, beheer)).toEqual({ toegestaan: true });
    expect(
      overgangsvoorwaarden(tekenen, { handtekeningen: { zorgkantoor: "c" } }, beheer),
    ).toMatchObject({ status: 409, code: "ADDENDUM_NIET_COMPLEET" });
    expect(
      overgangsvoorwaarden(
        tekenen,
        { handtekeningen: { aanbieder: "c", zorgkantoor: "c" } },
        beheer,
      ),
    ).toMatchObject({ status: 403, code: "ZELFDE_ONDERTEKENAAR" });
  });
  it("andere overgangen vragen niets", () => {
    const r = overgangsvoorwaarden(OVERGANGEN.ingediend.inBehandelingNemen!, {}, beoordelaar);
    expect(r).toEqual({ toegestaan: true });
  });
});
