// DynamoDB's size limits are the input's fault, not a bug: a 413 refusal, never a 500.
import { describe, expect, it } from "vitest";
import { isTeGroot, schrijfTransactie, TE_GROOT } from "#functions/data/transactie.js";
import { onveranderlijk } from "#functions/data/voorwaarden.js";

const fout = (name: string, message: string) => Object.assign(new Error(message), { name });
const ctx = { wie: { sub: "s", rol: "aanbieder" as const }, nu: new Date(), correlatieId: "c" };

describe("te groot voor DynamoDB", () => {
  it("herkent DynamoDB's (en DynamoDB Local's) groottefouten, en alleen die", () => {
    for (const m of [
      "Item size has exceeded the maximum allowed size",
      "ExpressionAttributeValues contains invalid value: Item size has exceeded the maximum allowed size for key :inhoud",
      "Transaction request cannot be larger than 4 MB",
      "Transaction payload size cannot exceed 4MB. Payload Size: 4290804",
    ])
      expect(isTeGroot(fout("ValidationException", m))).toBe(true);
    expect(isTeGroot(fout("ValidationException", "Invalid UpdateExpression"))).toBe(false);
    expect(isTeGroot(fout("Error", "Item size has exceeded the maximum allowed size"))).toBe(false);
  });

  it("weigert een transactie boven 4 MB zonder haar te versturen (413 TE_GROOT)", async () => {
    // No DynamoDB in the unit tests: a send would fail, so the refusal came before it.
    const groot = onveranderlijk({ pk: "p", sk: "s", tekst: "é".repeat(2.1 * 1024 * 1024) });
    const r = await schrijfTransactie(
      [groot],
      { gebeurtenis: "aanvraag_gewijzigd", onderwerp: "p" },
      ctx,
    );
    expect(r).toEqual({ ok: false, weigering: TE_GROOT });
    expect(TE_GROOT).toMatchObject({ status: 413, code: "TE_GROOT" });
    expect(TE_GROOT.melding).toContain("400 KB");
  });
});
