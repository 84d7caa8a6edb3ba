import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import {
  type RestantAanbieder,
  restantClaim,
  verdeelLandelijkRestant,
} from "#shared/nacalculatie/landelijkRestant.js";

const d = (s: string | number) => new Decimal(s);
const aanbieder = (
  id: string,
  gerealiseerd: string,
  afgesproken: string,
  aangevraagd: string,
  inDienst = true,
): RestantAanbieder => ({
  id,
  personeelGerealiseerd: d(gerealiseerd),
  afgesprokenPersoneel: d(afgesproken),
  aangevraagdPersoneel: d(aangevraagd),
  personeelInDienst: inDienst,
});
const uitkomst = (budget: string, vastgesteld: string[], aanbieders: RestantAanbieder[]) => {
  const r = verdeelLandelijkRestant({
    landelijkBudget: d(budget),
    vastgesteld: vastgesteld.map(d),
    aanbieders,
  });
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};
const toegekend = (u: ReturnType<typeof uitkomst>) =>
  u.toekenningen.map((t) => `${t.id} ${t.claim.toFixed(2)}/${t.toegekend.toFixed(2)}`);

describe("landelijk restant (§9.4)", () => {
  it("claimt het meerdere boven de afspraak, begrensd door de goedgekeurde aanvraag", () => {
    expect(restantClaim(aanbieder("X", "950000", "850000", "900000")).toFixed(2)).toBe("50000.00");
    expect(restantClaim(aanbieder("X", "870000", "850000", "900000")).toFixed(2)).toBe("20000.00");
  });

  it("geeft geen claim zonder meerdere, zonder personeel in dienst of zonder ruimte in de aanvraag", () => {
    expect(restantClaim(aanbieder("X", "723918.08", "850000", "900000")).toFixed(2)).toBe("0.00");
    expect(restantClaim(aanbieder("X", "950000", "850000", "900000", false)).toFixed(2)).toBe(
      "0.00",
    );
    expect(restantClaim(aanbieder("X", "950000", "850000", "850000")).toFixed(2)).toBe("0.00");
    expect(restantClaim(aanbieder("X", "950000", "850000", "800000")).toFixed(2)).toBe("0.00");
  });

  it("betaalt alle claims volledig als ze in het restant passen", () => {
    const u = uitkomst(
      "1000",
      ["400", "300"],
      [aanbieder("X", "200", "100", "300"), aanbieder("Y", "150", "100", "300")],
    );
    expect(u.restant.toFixed(2)).toBe("300.00");
    expect(toegekend(u)).toEqual(["X 100.00/100.00", "Y 50.00/50.00"]);
    expect(u.naarRato).toBe(false);
  });

  it("verdeelt naar rato met grootste rest als het restant te klein is", () => {
    const u = uitkomst(
      "100",
      ["99.99"],
      [aanbieder("X", "2", "1", "9"), aanbieder("Y", "2", "1", "9"), aanbieder("Z", "3", "1", "9")],
    );
    expect(u.restant.toFixed(2)).toBe("0.01");
    expect(toegekend(u)).toEqual(["X 1.00/0.00", "Y 1.00/0.00", "Z 2.00/0.01"]);
    const gelijk = uitkomst(
      "100",
      ["99.98"],
      [aanbieder("X", "2", "1", "9"), aanbieder("Y", "2", "1", "9"), aanbieder("Z", "2", "1", "9")],
    );
    expect(toegekend(gelijk)).toEqual(["X 1.00/0.01", "Y 1.00/0.01", "Z 1.00/0.00"]);
    expect(gelijk.naarRato).toBe(true);
  });

  it("kent niets toe als er geen restant is", () => {
    for (const vastgesteld of ["1000", "1000.01"]) {
      const u = uitkomst("1000", [vastgesteld], [aanbieder("X", "200", "100", "300")]);
      expect(toegekend(u)).toEqual(["X 100.00/0.00"]);
      expect(u.totaalToegekend.toFixed(2)).toBe("0.00");
    }
  });

  it("weigert een dubbele aanbieder", () => {
    const r = verdeelLandelijkRestant({
      landelijkBudget: d(1),
      vastgesteld: [],
      aanbieders: [aanbieder("X", "1", "1", "1"), aanbieder("X", "1", "1", "1")],
    });
    expect(r.ok ? null : [r.fout.code, r.fout.veld]).toEqual([
      "DUBBELE_AANBIEDER",
      "aanbieders[1].id",
    ]);
  });
});

const centen = (max: bigint) =>
  fc.bigInt({ min: 0n, max }).map((c) => new Decimal(c.toString()).dividedBy(100));

describe("landelijk restant: eigenschappen (§9.4)", () => {
  it("kent samen precies min(R, Σ claims) toe, nooit meer dan R en niemand boven zijn claim", () => {
    const regel = fc.record({
      personeelGerealiseerd: centen(10n ** 9n),
      afgesprokenPersoneel: centen(10n ** 9n),
      aangevraagdPersoneel: centen(10n ** 9n),
      personeelInDienst: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.oneof(centen(10n ** 4n), centen(10n ** 10n)),
        fc.array(centen(10n ** 10n), { maxLength: 4 }),
        fc.array(regel, { maxLength: 10 }),
        (landelijkBudget, vastgesteld, regels) => {
          const aanbieders = regels.map((r, i) => ({ id: `a${i}`, ...r }));
          const r = verdeelLandelijkRestant({ landelijkBudget, vastgesteld, aanbieders });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const R = landelijkBudget.minus(som(vastgesteld));
          const beschikbaar = Decimal.max(R, 0);
          const totaal = som(r.waarde.toekenningen.map((t) => t.toegekend));
          expect(totaal.lte(beschikbaar)).toBe(true);
          expect(totaal.equals(Decimal.min(beschikbaar, r.waarde.totaalClaims))).toBe(true);
          for (const [i, t] of r.waarde.toekenningen.entries()) {
            const a = aanbieders[i]!;
            expect(t.toegekend.gte(0) && t.toegekend.lte(t.claim)).toBe(true);
            expect(
              t.claim.lte(Decimal.max(0, a.aangevraagdPersoneel.minus(a.afgesprokenPersoneel))),
            ).toBe(true);
            expect(
              t.claim.lte(Decimal.max(0, a.personeelGerealiseerd.minus(a.afgesprokenPersoneel))),
            ).toBe(true);
            if (!a.personeelInDienst) expect(t.claim.isZero()).toBe(true);
          }
        },
      ),
    );
  });
});
