// docs/regels.md §15.5: the aanbieder's change of bank account carries a bank statement as PDF. The
// rule: required of the aanbieder, optional for zorgkantoor-beheer; when sent, a PDF (signature
// from the first byte) of at most 2 MB, every refusal naming the field `bankafschrift`.
import { describe, expect, it } from "vitest";
import {
  BANKAFSCHRIFT_MAX_BYTES,
  BankafschriftSchema,
  controleerBankafschrift,
} from "#shared/bank/bankafschrift.js";
import { valideer } from "#shared/resultaat.js";

const tekst = (s: string) => new TextEncoder().encode(s);
const pdf = (grootte: number) => {
  const b = new Uint8Array(grootte);
  b.set(tekst("%PDF-1.7\n").subarray(0, grootte));
  return b;
};

describe("bankafschrift (§15.5)", () => {
  it("is verplicht voor de aanbieder en niet voor zorgkantoor-beheer", () => {
    const r = controleerBankafschrift("aanbieder", undefined);
    expect(r).toMatchObject({
      ok: false,
      fout: { code: "BANKAFSCHRIFT_ONTBREEKT", veld: "bankafschrift" },
    });
    expect(controleerBankafschrift("zorgkantoor-beheer", undefined)).toEqual({
      ok: true,
      waarde: undefined,
    });
  });

  it("neemt een PDF tot en met 2 MB aan, met een opgeschoonde naam", () => {
    const bytes = pdf(BANKAFSCHRIFT_MAX_BYTES);
    const r = controleerBankafschrift("aanbieder", { naam: "C:\\fakepath\\afschrift.pdf", bytes });
    expect(r).toMatchObject({
      ok: true,
      waarde: {
        naam: "afschrift.pdf",
        grootte: BANKAFSCHRIFT_MAX_BYTES,
        contentType: "application/pdf",
      },
    });
    // The very bytes that were checked go on to S3 (no copy that could differ).
    expect(r.ok && r.waarde?.bytes).toBe(bytes);
  });

  it("weigert groter dan 2 MB, leeg en geen PDF, steeds op het veld bankafschrift", () => {
    const groot = controleerBankafschrift("aanbieder", {
      naam: "a.pdf",
      bytes: pdf(BANKAFSCHRIFT_MAX_BYTES + 1),
    });
    expect(groot).toMatchObject({
      ok: false,
      fout: { code: "DOCUMENT_TE_GROOT", veld: "bankafschrift" },
    });
    expect(!groot.ok && groot.fout.melding).toMatch(/^bankafschrift: .*hoogstens 2 MB/);
    const leeg = controleerBankafschrift("zorgkantoor-beheer", {
      naam: "a.pdf",
      bytes: new Uint8Array(),
    });
    expect(leeg).toMatchObject({
      ok: false,
      fout: { code: "DOCUMENT_LEEG", veld: "bankafschrift" },
    });
    for (const begin of ["Dit is tekst", " %PDF-1.4", "%PDF", "\uFEFF%PDF-1.4"]) {
      const r = controleerBankafschrift("aanbieder", { naam: "a.pdf", bytes: tekst(begin) });
      expect(r, begin).toMatchObject({
        ok: false,
        fout: { code: "DOCUMENT_GEEN_PDF", veld: "bankafschrift" },
      });
    }
  });

  it("het schema vraagt naam en base64-inhoud, en niets anders", () => {
    expect(valideer(BankafschriftSchema, { naam: "a.pdf", inhoud: "JVBERi0=" }).ok).toBe(true);
    expect(valideer(BankafschriftSchema, { naam: "a.pdf", inhoud: "geen base64!" })).toMatchObject({
      ok: false,
      fout: { veld: "inhoud" },
    });
    expect(valideer(BankafschriftSchema, { naam: "", inhoud: "JVBERi0=" }).ok).toBe(false);
    expect(valideer(BankafschriftSchema, { naam: "a.pdf", inhoud: "JVBERi0=", url: "x" }).ok).toBe(
      false,
    );
  });
});
