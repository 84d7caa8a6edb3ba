// docs/regels.md §12 [portal rule]: withdrawing a document before submission — every state of
// the aanvraag (§4.3), every kind, the own organisation only.
import { describe, expect, it } from "vitest";
import { magIntrekken } from "#shared/documenten/intrekken.js";
import { DOCUMENTSOORTEN } from "#shared/documenten/soorten.js";
import { TOESTANDEN, type Toestand } from "#shared/indiening/toestanden.js";

const basis = {
  toestand: "concept" as Toestand,
  soort: "kwaliteitsplan" as const,
  ingetrokken: false,
  eigenOrganisatie: true,
};

/** Per state: may the aanbieder still withdraw (the aanvraag can still change)? */
const VERWACHT: Record<Toestand, boolean> = {
  concept: true,
  ingediend: false,
  in_beoordeling: false,
  aanvulling_gevraagd: true,
  goedgekeurd: false,
  afgewezen: false,
  addendum_getekend: false,
  vastgelegd: false,
};

describe("document intrekken vóór indiening (§12)", () => {
  it.each(TOESTANDEN)("in toestand %s", (toestand) => {
    const u = magIntrekken({ ...basis, toestand });
    if (VERWACHT[toestand]) expect(u).toEqual({ mag: true });
    else {
      expect(u).toMatchObject({ mag: false, weigering: "aanvraag_niet_wijzigbaar" });
      expect(u.mag === false && u.melding).toMatch(/concept is of om aanvulling is gevraagd/);
    }
  });

  it("alleen kwaliteitsplan en bijlage, de soorten van de aanvraag", () => {
    for (const soort of DOCUMENTSOORTEN) {
      const u = magIntrekken({ ...basis, soort });
      if (soort === "kwaliteitsplan" || soort === "bijlage") expect(u).toEqual({ mag: true });
      else expect(u).toMatchObject({ mag: false, weigering: "soort_niet_intrekbaar" });
    }
  });

  it("een andere organisatie of een al ingetrokken document: niet gevonden", () => {
    expect(magIntrekken({ ...basis, eigenOrganisatie: false })).toMatchObject({
      mag: false,
      weigering: "niet_gevonden",
    });
    expect(magIntrekken({ ...basis, ingetrokken: true })).toMatchObject({
      mag: false,
      weigering: "niet_gevonden",
    });
  });

  it("niet gevonden gaat vóór de toestand: een ander hoort niets over de aanvraag (§1)", () => {
    expect(
      magIntrekken({ ...basis, toestand: "ingediend", eigenOrganisatie: false }),
    ).toMatchObject({ weigering: "niet_gevonden" });
  });
});
