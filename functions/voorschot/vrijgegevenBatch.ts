// docs/regels.md §1, §15.5: what every download of a payment batch (XLSX/CSV, SEPA) requires — the
// caller manages payments at this zorgkantoor, the batch exists, and a second signature released
// it: only a released batch goes to finance or the bank.
import { type BetaalbatchRecord, leesBetaalbatch } from "../data/betaalbatches.js";
import { HttpProbleem, nietGevonden } from "../lib/probleem.js";
import type { Gebruiker } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";

export async function vrijgegevenBatch(
  gebruiker: Gebruiker,
  p: { zorgkantoorId: string; maand: { jaar: number; maand: number }; nummer: number },
): Promise<BetaalbatchRecord> {
  rolBijZorgkantoor(gebruiker, p.zorgkantoorId, "betalingenBeheren");
  const b = await leesBetaalbatch(p.zorgkantoorId, p.maand.jaar, p.maand.maand, p.nummer);
  if (!b) throw nietGevonden("betaalbatch");
  if (b.status !== "vrijgegeven")
    throw new HttpProbleem(
      409,
      "BATCH_NIET_VRIJGEGEVEN",
      `batch ${b.nummer} wacht nog op de tweede handtekening; alleen een vrijgegeven batch gaat naar financiën of de bank (§1)`,
    );
  return b;
}
