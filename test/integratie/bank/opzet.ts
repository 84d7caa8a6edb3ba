// §15.5 test set-up: a release refuses an aanbieder without an approved bank account, so the
// helpers that make test aanbieders give each one (approved by two test actors at once).
import { legBankrekeningVast } from "#functions/data/bankrekeningen.js";

export const TEST_IBAN = "NL91ABNA0417164300";

export async function zorgVoorBankrekening(aanbiederId: string, naam: string): Promise<void> {
  const r = await legBankrekeningVast(
    aanbiederId,
    { iban: TEST_IBAN, tenaamstelling: naam.slice(0, 70) },
    { sub: "test-aanvrager", rol: "aanbieder" },
    {
      wie: { sub: "test-goedkeurder", rol: "zorgkantoor-beheer" },
      nu: new Date(),
      correlatieId: `bank-${aanbiederId}`,
    },
  );
  if (!r.ok) throw new Error(`bankrekening: ${r.weigering.code} ${r.weigering.melding}`);
}

/** §15.5: the debtor account of a test zorgkantoor (its SEPA files leave from it). */
export const TEST_BETAALREKENING = {
  iban: "NL02ABNA0123456789",
  bic: "ABNANL2A",
  naam: "Testzorgkantoor",
};
