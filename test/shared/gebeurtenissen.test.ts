// docs/regels.md §12 and §10: one list of event types drives the audit trail, the notifications and
// the mails; these tests guard its invariants.
import { describe, expect, it } from "vitest";
import {
  definitie,
  GEBEURTENIS_TYPES,
  GEBEURTENIS_VAN_ACTIE,
  GebeurtenisSchema,
  ontvangers,
  PARTIJEN,
  partijVan,
  zichtbaarVoor,
} from "#shared/gebeurtenissen.js";
import { ACTIES } from "#shared/indiening/toestanden.js";
import { ROLLEN } from "#shared/rollen.js";

describe("gebeurtenissen", () => {
  it("meldt nooit aan een partij die de gebeurtenis niet mag zien, en mailt alleen wat ook gemeld wordt", () => {
    for (const g of GEBEURTENIS_TYPES) {
      const d = definitie(g);
      for (const p of d.melding) expect(d.zichtbaarVoor, `${g}: melding aan ${p}`).toContain(p);
      for (const p of d.email) expect(d.melding, `${g}: e-mail aan ${p}`).toContain(p);
    }
  });

  it("heeft voor elke gebeurtenis een Nederlandse omschrijving en minstens één partij die haar ziet", () => {
    for (const g of GEBEURTENIS_TYPES) {
      expect(definitie(g).omschrijving.trim().length, g).toBeGreaterThan(5);
      expect(definitie(g).zichtbaarVoor.length, g).toBeGreaterThan(0);
    }
  });

  it("laat het zorgkantoor het hele audittrail van een zaak zien (§12)", () => {
    for (const g of GEBEURTENIS_TYPES.filter((x) => definitie(x).onderwerp === "zaak"))
      expect(zichtbaarVoor(g, "zorgkantoor"), g).toBe(true);
  });

  it("houdt voorstellen die op een tweede handtekening wachten binnen het zorgkantoor (§1)", () => {
    for (const g of [
      "toekenning_voorgesteld",
      "vaststelling_voorgesteld",
      "herschikking_voorgesteld",
      "herziening_voorgesteld",
    ] as const)
      expect(zichtbaarVoor(g, "aanbieder"), g).toBe(false);
    // ... while the decisions themselves reach the aanbieder, in the portal and by mail.
    for (const g of [
      "aanvraag_goedgekeurd",
      "aanvraag_afgewezen",
      "herschikking_besloten",
      "vaststelling_vastgesteld",
      "vaststelling_herzien",
    ] as const)
      expect(ontvangers(g)).toContainEqual({ partij: "aanbieder", email: true });
  });

  it("bevestigt een indiening aan beide partijen per e-mail (start van de beoordelingstermijn)", () => {
    expect(ontvangers("aanvraag_ingediend")).toEqual([
      { partij: "aanbieder", email: true },
      { partij: "zorgkantoor", email: true },
    ]);
  });

  it("vraagt bij een aanvulling alleen de aanbieder om actie", () => {
    expect(ontvangers("aanvulling_gevraagd")).toEqual([{ partij: "aanbieder", email: true }]);
  });

  it("mailt de aanbieder bij elke gebeurtenis waarop hij moet handelen of letten", () => {
    for (const g of [
      "aanvulling_gevraagd",
      "venster_heropend",
      "aanvraag_goedgekeurd",
      "aanvraag_afgewezen",
      "herschikking_besloten",
      "vaststelling_vastgesteld",
      "vaststelling_herzien",
      "bankrekening_wijziging_aangevraagd",
      "bankrekening_gewijzigd",
      "bankrekening_wijziging_afgewezen",
    ] as const)
      expect(ontvangers(g), g).toContainEqual({ partij: "aanbieder", email: true });
  });

  it("legt voor elke actie van de toestandsmachine een gebeurtenis vast", () => {
    for (const a of ACTIES) expect(GEBEURTENIS_TYPES).toContain(GEBEURTENIS_VAN_ACTIE[a]);
  });

  it("kent elke rol een partij toe", () => {
    expect(ROLLEN.map(partijVan)).toEqual(["aanbieder", "zorgkantoor", "zorgkantoor", "landelijk"]);
    for (const r of ROLLEN) expect(PARTIJEN).toContain(partijVan(r));
  });

  it("aanvaardt alleen bekende gebeurtenistypen", () => {
    expect(GebeurtenisSchema.safeParse("aanvraag_ingediend").success).toBe(true);
    expect(GebeurtenisSchema.safeParse("aanvraag_verwijderd").success).toBe(false);
  });

  it("bevat de gebeurtenissen van de hele jaarcyclus", () => {
    for (const g of [
      "aanvraag_aangemaakt",
      "aanvraag_gewijzigd",
      "aanvraag_ingediend",
      "aanvraag_in_behandeling",
      "aanvulling_gevraagd",
      "toekenning_voorgesteld",
      "aanvraag_goedgekeurd",
      "aanvraag_afgewezen",
      "addendum_getekend",
      "aanvraag_vastgelegd",
      "voorschot_betaalopdracht",
      "realisatie_ingediend",
      "venster_heropend",
      "herschikking_voorgesteld",
      "herschikking_besloten",
      "nacalculatie_ingediend",
      "vaststelling_voorgesteld",
      "vaststelling_vastgesteld",
      "document_toegevoegd",
      "document_afgekeurd",
      "parameters_gewijzigd",
      "lidmaatschap_gewijzigd",
    ])
      expect(GEBEURTENIS_TYPES).toContain(g);
  });
});
