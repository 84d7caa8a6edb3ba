import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AANTAL_EERSTE_BYTES,
  controleerAankondiging,
  controleerUpload,
  grensTekst,
  megabytes,
  normaliseerContentType,
  UploadAankondigingSchema,
} from "#shared/documenten/controle.js";
import { DOCUMENTSOORTEN, STANDAARD_MAX_BYTES, uploadEisen } from "#shared/documenten/soorten.js";
import { valideer } from "#shared/resultaat.js";

// §12: content type and size checked, PDF for plans and reports, at most 25 MB [portal rule].
const tekst = (s: string) => new TextEncoder().encode(s);
const PDF_BEGIN = tekst("%PDF-1.7\n%âãÏÓ\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pdf = (grootte: number) => ({
  grootte,
  contentType: "application/pdf",
  eersteBytes: PDF_BEGIN,
});

describe("controle van een upload (§12)", () => {
  it("accepteert een PDF van precies 25 MB", () => {
    expect(STANDAARD_MAX_BYTES).toBe(26_214_400);
    expect(controleerUpload(pdf(STANDAARD_MAX_BYTES))).toEqual({
      ok: true,
      waarde: { grootte: 26_214_400, contentType: "application/pdf" },
    });
  });

  it("weigert een PDF van 25 MB + 1 byte met een Nederlandse melding die het veld noemt", () => {
    expect(controleerUpload(pdf(STANDAARD_MAX_BYTES + 1))).toEqual({
      ok: false,
      fout: {
        code: "DOCUMENT_TE_GROOT",
        veld: "bestand",
        melding:
          "bestand: het bestand is 25,1 MB (26214401 bytes); een kwaliteitsplan mag hoogstens 25 MB (26214400 bytes) zijn",
      },
    });
  });

  it("gebruikt een ingestelde grens in plaats van 25 MB", () => {
    const eisen = uploadEisen("rapport_feitelijke_bevindingen", 1000);
    expect(controleerUpload(pdf(1000), eisen).ok).toBe(true);
    const r = controleerUpload(pdf(1001), eisen);
    expect(r.ok ? "" : r.fout.melding).toContain("een rapport van feitelijke bevindingen mag");
  });

  it("weigert een leeg bestand", () => {
    const r = controleerUpload({
      grootte: 0,
      contentType: "application/pdf",
      eersteBytes: tekst(""),
    });
    expect(r.ok ? "" : r.fout.code).toBe("DOCUMENT_LEEG");
  });

  it("weigert een onmogelijke grootte als ongeldige invoer", () => {
    for (const grootte of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = controleerUpload(pdf(grootte));
      expect(r.ok ? "" : r.fout.code).toBe("ONGELDIGE_INVOER");
    }
  });

  it("weigert een ander bestandstype, ook met PDF-inhoud", () => {
    const r = controleerUpload({ ...pdf(100), contentType: "image/png" });
    expect(r).toEqual({
      ok: false,
      fout: {
        code: "DOCUMENT_TYPE_NIET_TOEGESTAAN",
        veld: "bestand",
        melding:
          "bestand: bestandstype image/png is niet toegestaan voor een kwaliteitsplan; toegestaan: PDF",
      },
    });
  });

  it("weigert een upload zonder bestandstype", () => {
    const r = controleerUpload({ ...pdf(100), contentType: undefined });
    expect(r.ok ? "" : r.fout.melding).toContain("bestandstype (onbekend)");
  });

  it("accepteert application/pdf in hoofdletters en met parameters", () => {
    expect(normaliseerContentType(" Application/PDF; charset=binary")).toBe("application/pdf");
    expect(controleerUpload({ ...pdf(100), contentType: "APPLICATION/PDF; x=y" }).ok).toBe(true);
  });

  it("weigert een PNG met type application/pdf: de eerste bytes moeten %PDF- zijn", () => {
    const r = controleerUpload({ ...pdf(100), eersteBytes: PNG });
    expect(r).toEqual({
      ok: false,
      fout: {
        code: "DOCUMENT_GEEN_PDF",
        veld: "bestand",
        melding:
          "bestand: de inhoud is geen PDF (een PDF begint met %PDF-); sla het document op als PDF",
      },
    });
  });

  it("weigert tekst, een PDF-handtekening verderop in het bestand en een te kort begin", () => {
    for (const begin of ["Dit is tekst", " %PDF-1.4", "\uFEFF%PDF-1.4", "%PDF", "%pdf-1.4", ""]) {
      const r = controleerUpload({ ...pdf(100), eersteBytes: tekst(begin) });
      expect(r.ok ? "" : r.fout.code, begin).toBe("DOCUMENT_GEEN_PDF");
    }
    expect(controleerUpload({ ...pdf(5), eersteBytes: tekst("%PDF-") }).ok).toBe(true);
  });

  it("controleert de grootte vóór het type en het type vóór de inhoud", () => {
    const alles = { grootte: STANDAARD_MAX_BYTES + 1, contentType: "text/plain", eersteBytes: PNG };
    const groot = controleerUpload(alles);
    expect(groot.ok ? "" : groot.fout.code).toBe("DOCUMENT_TE_GROOT");
    const r = controleerUpload({ ...alles, grootte: 10 });
    expect(r.ok ? "" : r.fout.code).toBe("DOCUMENT_TYPE_NIET_TOEGESTAAN");
  });

  it("heeft voor de inhoudscontrole de eerste vijf bytes nodig", () => {
    expect(AANTAL_EERSTE_BYTES).toBe(5);
  });

  it("toont megabytes naar boven afgerond en de grens naar beneden", () => {
    expect(megabytes(1)).toBe("0,1 MB");
    expect(megabytes(26_214_401)).toBe("25,1 MB");
    expect(megabytes(31_457_280)).toBe("30,0 MB");
    expect(grensTekst(26_214_400)).toBe("25 MB");
    expect(grensTekst(1_572_864)).toBe("1,5 MB");
    expect(grensTekst(1000)).toBe("0 MB");
  });

  it("geeft voor elke grootte, elk type en elk begin ok of een getypeerde Fout, nooit een uitzondering", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, 1, STANDAARD_MAX_BYTES)),
        fc.option(fc.oneof(fc.string(), fc.constantFrom("application/pdf", "image/png"))),
        fc.uint8Array({ maxLength: 16 }),
        fc.constantFrom(...DOCUMENTSOORTEN),
        (grootte, contentType, eersteBytes, soort) => {
          const r = controleerUpload(
            { grootte, contentType: contentType ?? undefined, eersteBytes },
            uploadEisen(soort),
          );
          if (!r.ok) {
            expect(r.fout.code).toMatch(/^(ONGELDIGE_INVOER|DOCUMENT_[A-Z_]+)$/);
            expect(r.fout.melding.startsWith(`${r.fout.veld}: `)).toBe(true);
          } else {
            expect(r.waarde.grootte).toBeLessThanOrEqual(STANDAARD_MAX_BYTES);
            expect(Array.from(eersteBytes.subarray(0, 5))).toEqual(Array.from(tekst("%PDF-")));
          }
        },
      ),
    );
  });
});

describe("aankondiging van een upload (§12)", () => {
  const aankondiging = {
    soort: "kwaliteitsplan" as const,
    bestandsnaam: "C:\\fakepath\\Kwaliteitsplan 2020.pdf",
    grootte: 1_234_567,
    contentType: "application/pdf",
  };

  it("geeft de eisen voor het formulier en de opgeschoonde naam als label", () => {
    expect(controleerAankondiging(aankondiging)).toEqual({
      ok: true,
      waarde: {
        eisen: {
          soort: "kwaliteitsplan",
          contentTypes: ["application/pdf"],
          maxBytes: STANDAARD_MAX_BYTES,
        },
        contentType: "application/pdf",
        weergavenaam: "Kwaliteitsplan 2020.pdf",
      },
    });
  });

  it("meldt een te groot bestand al vóór de upload, met het veld grootte", () => {
    const r = controleerAankondiging({ ...aankondiging, grootte: 40 * 1024 * 1024 });
    expect(r.ok ? "" : r.fout).toMatchObject({ code: "DOCUMENT_TE_GROOT", veld: "grootte" });
  });

  it("meldt een verkeerd type met het veld contentType", () => {
    const r = controleerAankondiging({ ...aankondiging, contentType: "application/msword" });
    expect(r.ok ? "" : r.fout).toMatchObject({
      code: "DOCUMENT_TYPE_NIET_TOEGESTAAN",
      veld: "contentType",
    });
  });

  it("laat geen beoordelingsbrief of addendum uploaden: die maakt het portaal zelf", () => {
    for (const soort of ["beoordelingsbrief", "addendum"] as const) {
      const r = controleerAankondiging({ ...aankondiging, soort });
      expect(r.ok ? "" : r.fout).toMatchObject({
        code: "DOCUMENTSOORT_NIET_UPLOADBAAR",
        veld: "soort",
      });
    }
  });

  it("valideert de aankondiging met een Nederlandse melding per veld", () => {
    const r = valideer(UploadAankondigingSchema, { ...aankondiging, soort: "paspoort" });
    expect(r.ok ? "" : r.fout.veld).toBe("soort");
    const g = valideer(UploadAankondigingSchema, { ...aankondiging, grootte: "groot" });
    expect(g.ok ? "" : g.fout.melding).toBe("grootte: verwacht de grootte in bytes als getal");
    const n = valideer(UploadAankondigingSchema, { ...aankondiging, bestandsnaam: "" });
    expect(n.ok ? "" : n.fout.melding).toBe("bestandsnaam: geef de naam van het bestand");
  });
});
