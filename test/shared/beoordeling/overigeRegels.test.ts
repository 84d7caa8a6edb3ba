// docs/regels.md §15.1: the toekenning per overige line, and the agreed amount per line the
// nacalculatie and realisatie measure against (§9.2, §7).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  afgesprokenPerRegel,
  overigeRegelsVanToekenning,
} from "#shared/beoordeling/overigeRegels.js";
import { controleerToekenning } from "#shared/beoordeling/toekenning.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { d } from "../indiening/voorbeeld.js";

const GEVRAAGD = [
  { id: "o1", omschrijving: "Scholing dementiezorg", bedrag: d("60000.00") },
  { id: "o2", omschrijving: "Leefcirkels", bedrag: d("90000.00") },
];
const codes = (u: { fouten: { code: string; veld: string }[] }) =>
  u.fouten.map((f) => `${f.code} ${f.veld}`);

describe("toekenning per overige regel (§15.1)", () => {
  it("zonder regels: het hele aangevraagde overige kent elke regel volledig toe, 0 kent niets toe", () => {
    const vol = overigeRegelsVanToekenning(GEVRAAGD, d("150000.00"), undefined);
    expect(vol.fouten).toEqual([]);
    expect(vol.regels.map((r) => r.toegekend.toFixed(2))).toEqual(["60000.00", "90000.00"]);
    const niets = overigeRegelsVanToekenning(GEVRAAGD, d("0"), undefined);
    expect(niets.regels.map((r) => r.toegekend.toFixed(2))).toEqual(["0.00", "0.00"]);
  });

  it("zonder regels en een ander bedrag: de beoordelaar moet kiezen welke regel lager wordt", () => {
    const u = overigeRegelsVanToekenning(GEVRAAGD, d("100000.00"), undefined);
    expect(codes(u)).toEqual(["OVERIGE_REGELS_NODIG toekenning.overigeRegels"]);
    expect(u.fouten[0]!.melding).toContain("€ 100.000,00");
  });

  it("met regels: elke regel hoogstens zijn aanvraag, elke regel één keer, samen het overige bedrag", () => {
    const u = overigeRegelsVanToekenning(GEVRAAGD, d("100000.00"), [
      { id: "o1", bedrag: d("40000.00") },
      { id: "o2", bedrag: d("60000.00") },
    ]);
    expect(u.fouten).toEqual([]);
    expect(u.regels).toEqual([
      {
        id: "o1",
        omschrijving: "Scholing dementiezorg",
        aangevraagd: d("60000.00"),
        toegekend: d("40000.00"),
      },
      {
        id: "o2",
        omschrijving: "Leefcirkels",
        aangevraagd: d("90000.00"),
        toegekend: d("60000.00"),
      },
    ]);
  });

  it("noemt elke overtreding tegelijk: boven de aanvraag, onbekend, dubbel, ontbrekend, som ongelijk", () => {
    const u = overigeRegelsVanToekenning(GEVRAAGD, d("100000.00"), [
      { id: "o1", bedrag: d("60000.01") },
      { id: "o9", bedrag: d("1.00") },
      { id: "o1", bedrag: d("0") },
    ]);
    expect(codes(u)).toEqual([
      "REGEL_BOVEN_AANVRAAG toekenning.overigeRegels[0].bedrag",
      "ONBEKENDE_OVERIGE_REGEL toekenning.overigeRegels[1].id",
      "OVERIGE_REGEL_DUBBEL toekenning.overigeRegels[2].id",
      "OVERIGE_REGEL_ONTBREEKT toekenning.overigeRegels",
      "OVERIGE_NIET_GELIJK_AAN_REGELS toekenning.overige",
    ]);
    expect(u.regels).toEqual([]);
  });

  it("controleerToekenning toetst de regels mee zodra de context de aangevraagde regels kent", () => {
    const ctx = {
      jaar: 2020,
      op: amsterdam(2020, 2, 10, 10),
      aangevraagd: { personeel: d("850000.00"), overige: d("150000.00") },
      reservering: d("990000.00"),
      margeVrijgegeven: false,
      regionaalKader: d("7500000.00"),
      overigeAfspraken: d("0"),
      richtlijnPersoneel: d("0.85"),
    };
    const v = {
      besluit: "toekennen" as const,
      personeel: d("850000.00"),
      overige: d("100000.00"),
      compensatie: d("0"),
      motivering: "deels toegekend",
    };
    expect(controleerToekenning(v, ctx)).toEqual([]);
    expect(
      controleerToekenning(v, { ...ctx, aangevraagdeOverigeRegels: GEVRAAGD }).map((f) => f.code),
    ).toEqual(["OVERIGE_REGELS_NODIG"]);
  });

  it("eigenschap: geldige regels geven een afspraak die optelt tot het overige en geen regel boven zijn aanvraag", () => {
    const centen = fc.bigInt({ min: 0n, max: 10n ** 9n });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(centen, fc.bigInt({ min: 0n, max: 100n })), {
          minLength: 1,
          maxLength: 8,
        }),
        (paren) => {
          const gevraagd = paren.map(([c], i) => ({
            id: `o${i}`,
            omschrijving: `regel ${i}`,
            bedrag: new Decimal(c.toString()).dividedBy(100),
          }));
          // Each line granted at a fraction (0–100 %) of its request, rounded down to cents.
          const toegekend = paren.map(([c, p], i) => ({
            id: `o${i}`,
            bedrag: new Decimal(((c * p) / 100n).toString()).dividedBy(100),
          }));
          const overige = som(toegekend.map((t) => t.bedrag));
          const u = overigeRegelsVanToekenning(gevraagd, overige, toegekend);
          expect(u.fouten).toEqual([]);
          expect(som(u.regels.map((r) => r.toegekend)).eq(overige)).toBe(true);
          for (const r of u.regels) expect(r.toegekend.lte(r.aangevraagd)).toBe(true);
        },
      ),
    );
  });
});

describe("afgesproken bedrag per regel (§15.1, §9.2)", () => {
  it("volgt de regels van de afspraak; een regel die de afspraak niet noemt is 0", () => {
    const u = afgesprokenPerRegel(GEVRAAGD, {
      overige: d("40000.00"),
      overigeRegels: [{ id: "o1", bedrag: d("40000.00") }],
    });
    expect(u.ok && u.waarde.map((r) => `${r.id} ${r.afgesproken.toFixed(2)}`)).toEqual([
      "o1 40000.00",
      "o2 0.00",
    ]);
  });

  it("een afspraak zonder regels (van vóór §15.1) die de hele aanvraag toekende, kent elke regel volledig toe", () => {
    const u = afgesprokenPerRegel(GEVRAAGD, { overige: d("150000.00") });
    expect(u.ok && u.waarde.map((r) => r.afgesproken.toFixed(2))).toEqual(["60000.00", "90000.00"]);
  });

  it("een lagere afspraak zonder regels is een fout die het veld noemt, nooit de aangevraagde regels", () => {
    const u = afgesprokenPerRegel(GEVRAAGD, { overige: d("100000.00") });
    expect(u.ok).toBe(false);
    if (!u.ok) {
      expect(u.fout.code).toBe("AFSPRAAK_PER_REGEL_ONTBREEKT");
      expect(u.fout.veld).toBe("afspraak.overigeRegels");
    }
  });
});
