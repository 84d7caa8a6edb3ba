// Hardening: amounts, fte and decimals have a maximum, from one place (shared/limieten.ts), so a
// 40-digit amount is a field error instead of a value no export or letter can show exactly.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { BedragSchema, DecimaalSchema } from "#shared/geld/bedrag.js";
import { FteSchema } from "#shared/indiening/begrotingsregels.js";
import { valideer } from "#shared/resultaat.js";

describe("grenzen aan getallen (shared/limieten.ts)", () => {
  it("een bedrag heeft hoogstens 13 cijfers vóór de punt", () => {
    expect(BedragSchema.safeParse("9999999999999.99").success).toBe(true);
    const r = BedragSchema.safeParse("10000000000000.00");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("hoogstens 13 cijfers");
    expect(BedragSchema.safeParse(`-${"9".repeat(40)}`).success).toBe(false);
  });

  it("fte per regel blijft onder 100.000", () => {
    expect(FteSchema.safeParse("99999.99").success).toBe(true);
    expect(FteSchema.safeParse("100000").success).toBe(false);
    expect(FteSchema.safeParse("9".repeat(40)).success).toBe(false);
  });

  it("een decimaal getal heeft hoogstens 13 cijfers vóór en 10 na de punt", () => {
    expect(DecimaalSchema.safeParse("1.0123456789").success).toBe(true);
    expect(DecimaalSchema.safeParse("1.01234567891").success).toBe(false);
    expect(DecimaalSchema.safeParse("1".repeat(14)).success).toBe(false);
  });

  it("een onbekend veld wordt bij naam geweigerd, ook dieper", () => {
    const schema = z.strictObject({ a: z.string(), b: z.strictObject({ c: z.string() }) });
    const r = valideer(schema, { a: "x", b: { c: "y", geheim: 1 } });
    expect(r).toMatchObject({ ok: false, fout: { veld: "b.geheim" } });
    expect(r.ok ? "" : r.fout.melding).toBe("b.geheim: onbekend veld; dit veld bestaat hier niet");
  });
});
