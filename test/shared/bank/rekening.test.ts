// docs/regels.md §15.5: the IBAN is validated by its check digits; the tenaamstelling is required.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BetaalrekeningSchema, ibanWeergave, valideerBankrekening } from "#shared/bank/rekening.js";
import { valideer } from "#shared/resultaat.js";

/** ISO 13616 check digits computed here, independently of the library under test. */
function controlecijfers(land: string, bban: string): string {
  const cijfers = `${bban}${land}00`.replaceAll(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98n - (BigInt(cijfers) % 97n)).padStart(2, "0");
}
const iban = (land: string, bban: string) => `${land}${controlecijfers(land, bban)}${bban}`;

const cijfer = fc.integer({ min: 0, max: 9 }).map(String);
const letter = fc.integer({ min: 65, max: 90 }).map((n) => String.fromCharCode(n));
const nlIban = fc
  .tuple(
    fc.array(letter, { minLength: 4, maxLength: 4 }),
    fc.array(cijfer, { minLength: 10, maxLength: 10 }),
  )
  .map(([b, n]) => iban("NL", b.join("") + n.join("")));
const deIban = fc
  .array(cijfer, { minLength: 18, maxLength: 18 })
  .map((n) => iban("DE", n.join("")));

const rekening = (i: string, tenaamstelling = "Stichting Het Baken") =>
  valideerBankrekening({ iban: i, tenaamstelling });

describe("bankrekening (§15.5)", () => {
  it("accepteert de voorbeeld-IBANs en slaat ze elektronisch op", () => {
    for (const [invoer, opgeslagen] of [
      ["NL91ABNA0417164300", "NL91ABNA0417164300"],
      ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"],
      ["nl91abna0417164300", "NL91ABNA0417164300"],
      ["BE68 5390 0754 7034", "BE68539007547034"],
      ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000"],
    ] as const) {
      const r = rekening(invoer);
      expect(r.ok && r.waarde.iban, invoer).toBe(opgeslagen);
    }
  });

  it("toont een IBAN in groepjes van vier", () => {
    expect(ibanWeergave("NL91ABNA0417164300")).toBe("NL91 ABNA 0417 1643 00");
  });

  it("weigert verkeerde controlecijfers met een Nederlandse melding op iban", () => {
    const r = rekening("NL92ABNA0417164300");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fout.veld).toBe("iban");
      expect(r.fout.melding).toMatch(/^iban: dit IBAN klopt niet/);
    }
  });

  it("weigert leeg, onzin en een land buiten SEPA", () => {
    for (const i of ["", "   ", "ABNA0417164300", "12345", "BR1500000000000010932840814P2"]) {
      const r = rekening(i);
      expect(r.ok, i).toBe(false);
      if (!r.ok) expect(r.fout.veld).toBe("iban");
    }
  });

  it("vraagt een tenaamstelling van hoogstens 70 tekens zonder regeleinden", () => {
    for (const t of ["", " ", "x".repeat(71), "Stichting\nHet Baken"]) {
      const r = rekening("NL91ABNA0417164300", t);
      expect(r.ok, JSON.stringify(t)).toBe(false);
      if (!r.ok) {
        expect(r.fout.veld).toBe("tenaamstelling");
        expect(r.fout.melding).toMatch(/^tenaamstelling: /);
      }
    }
    const r = rekening("NL91ABNA0417164300", "  Stichting Het Baken  ");
    expect(r.ok && r.waarde.tenaamstelling).toBe("Stichting Het Baken");
  });

  it("weigert onbekende velden", () => {
    expect(
      valideerBankrekening({ iban: "NL91ABNA0417164300", tenaamstelling: "X Y", bic: "ABNANL2A" })
        .ok,
    ).toBe(false);
  });

  it("accepteert elk IBAN met juiste controlecijfers (NL en DE)", () => {
    fc.assert(
      fc.property(fc.oneof(nlIban, deIban), (i) => {
        const r = rekening(i);
        expect(r.ok && r.waarde.iban).toBe(i);
      }),
    );
  });

  it("weigert elke wijziging van één cijfer", () => {
    fc.assert(
      fc.property(
        fc.oneof(nlIban, deIban),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (i, plek, delta) => {
          const posities = [...i].flatMap((c, p) => (p >= 2 && /\d/.test(c) ? [p] : []));
          const p = posities[plek % posities.length]!;
          const ander = String((Number(i[p]) + delta) % 10);
          const fout = `${i.slice(0, p)}${ander}${i.slice(p + 1)}`;
          const r = rekening(fout);
          expect(r.ok, fout).toBe(false);
          if (!r.ok) expect(r.fout.veld).toBe("iban");
        },
      ),
    );
  });

  it("controleert de betaalrekening van een zorgkantoor met BIC", () => {
    const goed = { iban: "NL91ABNA0417164300", bic: "abnanl2a", naam: "Zorgkantoor Noord" };
    expect(valideer(BetaalrekeningSchema, goed)).toEqual({
      ok: true,
      waarde: { ...goed, bic: "ABNANL2A" },
    });
    const r = valideer(BetaalrekeningSchema, { ...goed, bic: "ABN" });
    expect(!r.ok && r.fout.veld).toBe("bic");
  });
});
