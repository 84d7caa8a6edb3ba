import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentSleutels } from "#shared/documenten/sleutel.js";
import {
  DOCUMENTSOORT_REGELS,
  DOCUMENTSOORTEN,
  MaxBytesSchema,
  uploadEisen,
} from "#shared/documenten/soorten.js";
import { valideer } from "#shared/resultaat.js";
import { rollenMet } from "#shared/toegang/rechten.js";

describe("documentsoorten per zaak (§4.1, §5, §9.3, §12)", () => {
  it("vraagt PDF voor plannen en rapporten", () => {
    for (const soort of DOCUMENTSOORTEN)
      expect(DOCUMENTSOORT_REGELS[soort].contentTypes).toEqual(["application/pdf"]);
  });

  it("laat de aanbieder plan, bijlagen en het accountantsrapport uploaden; de brief en het addendum niet", () => {
    const uploaders = Object.fromEntries(
      DOCUMENTSOORTEN.map((s) => {
        const h = DOCUMENTSOORT_REGELS[s].uploadHandeling;
        return [s, h ? rollenMet(h) : []];
      }),
    );
    expect(uploaders).toEqual({
      kwaliteitsplan: ["aanbieder"],
      bijlage: ["aanbieder"],
      rapport_feitelijke_bevindingen: ["aanbieder"],
      beoordelingsbrief: [],
      addendum: [],
    });
  });

  it("neemt 25 MB als standaardgrens en een ingestelde grens waar die is gegeven", () => {
    expect(uploadEisen("bijlage").maxBytes).toBe(25 * 1024 * 1024);
    expect(uploadEisen("bijlage", 1234).maxBytes).toBe(1234);
  });

  it("valideert een ingestelde grens", () => {
    expect(valideer(MaxBytesSchema, 10 * 1024 * 1024).ok).toBe(true);
    const r = valideer(MaxBytesSchema, 0);
    expect(r.ok ? "" : r.fout.melding).toBe("(invoer): moet minstens 1 byte zijn");
    expect(valideer(MaxBytesSchema, 6 * 1024 ** 3).ok).toBe(false);
  });
});

describe("documentsleutels (§12)", () => {
  it("bouwt de upload- en de definitieve sleutel uit twee ids", () => {
    expect(documentSleutels("zaak-1", "doc_2")).toEqual({
      ok: true,
      waarde: { upload: "uploads/zaken/zaak-1/doc_2", document: "zaken/zaak-1/documenten/doc_2" },
    });
  });

  it("weigert een id met een pad, punt, procentteken, spatie of te veel tekens", () => {
    for (const id of ["../x", "a/b", "a.pdf", "%2e", "a b", "", "-begin", "x".repeat(129), "é"]) {
      const r = documentSleutels(id, "doc");
      expect(r.ok ? "" : r.fout, id).toMatchObject({ code: "ONGELDIG_ID", veld: "zaakId" });
      const d = documentSleutels("zaak", id);
      expect(d.ok ? "" : d.fout, id).toMatchObject({ code: "ONGELDIG_ID", veld: "documentId" });
    }
  });

  it("geeft voor elk paar ids een sleutel zonder vreemde tekens, of een Fout", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (zaak, doc) => {
        const r = documentSleutels(zaak, doc);
        if (r.ok) {
          expect(r.waarde.upload).toMatch(/^uploads\/zaken\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+$/);
          expect(r.waarde.document).toBe(`zaken/${zaak}/documenten/${doc}`);
        } else expect(r.fout.code).toBe("ONGELDIG_ID");
      }),
    );
  });
});
