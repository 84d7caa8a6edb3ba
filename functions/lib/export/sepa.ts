// docs/regels.md §15.5: a released payment batch as a SEPA credit transfer file (ISO 20022 pain.001,
// version .09, the one of the current EPC rulebook) for the zorgkantoor's bank, built with the
// maintained `sepa` package (pinned). One payment information block — debtor = the zorgkantoor's
// own account (reference data, §2) — and one credit transfer per order, to the IBAN and holder
// written onto the batch at its release. Amounts are exact to the cent: each is checked to
// survive the library's number, and both control sums are the Decimal sum (the library adds
// binary floats, which can be a cent off on large batches).
import { createHash } from "node:crypto";
import SEPA from "sepa";
import * as z from "zod";
import { BetaalrekeningSchema, IbanSchema, TenaamstellingSchema } from "#shared/bank/rekening.js";
import { bedragTekst, OpgeslagenBedragSchema, som } from "#shared/geld/bedrag.js";
import { fout, ok, type Resultaat, valideer } from "#shared/resultaat.js";

export const SEPA_FORMAAT = "pain.001.001.09";
export const SEPA_CONTENT_TYPE = "application/xml; charset=utf-8";

const Tekst = z.string().trim().min(1);

const SepaOpdrachtSchema = z.object({
  sleutel: Tekst,
  iban: IbanSchema,
  tenaamstelling: TenaamstellingSchema,
  bedrag: OpgeslagenBedragSchema,
  /** Free text for the aanbieder's bank statement (Ustrd, at most 140 characters). */
  omschrijving: Tekst.max(140),
});
export type SepaOpdrachtInvoer = z.input<typeof SepaOpdrachtSchema>;

const SepaBatchSchema = z.object({
  /** Identifies the batch (zorgkantoor, month, number): the file's MsgId follows from it. */
  batchSleutel: Tekst,
  /** Readable part of the MsgId, e.g. "202003B1" (letters and digits only). */
  batchLabel: z.string().regex(/^[A-Za-z0-9]{1,10}$/),
  debiteur: BetaalrekeningSchema,
  opdrachten: z
    .array(SepaOpdrachtSchema)
    .min(1, { error: "een SEPA-bestand heeft minstens één opdracht" }),
});
export type SepaBatchInvoer = z.input<typeof SepaBatchSchema>;

const hex = (s: string, n: number) => createHash("sha256").update(s).digest("hex").slice(0, n);

/**
 * [portal rule] The end-to-end id of an order: its deterministic key (§6) does not fit SEPA's 35
 * characters and contains "#", so it is "KB" + the first 33 hex digits of its SHA-256 — the
 * same order always carries the same id, in every file, and the export lists both.
 */
export const eindTotEindId = (sleutel: string): string => `KB${hex(sleutel, 33)}`;

/** [portal rule] MsgId: "KB" + label + a hash of the batch; the same batch gives the same id, so
 * a bank that refuses a duplicate MsgId also refuses paying the same batch twice. */
export const berichtId = (batchSleutel: string, label: string): string =>
  `KB${label}${hex(batchSleutel, 16)}`;

export interface SepaOpties {
  /** The file's creation time and the requested execution date (its Amsterdam day). */
  nu: Date;
  uitvoerdatum: Date;
}

/** The pain.001 file of a released batch, or a Fout naming the field that cannot go in it. */
export function betaalbatchSepa(invoer: SepaBatchInvoer, opties: SepaOpties): Resultaat<Buffer> {
  const r = valideer(SepaBatchSchema, invoer);
  if (!r.ok) return r;
  const { debiteur, opdrachten } = r.waarde;
  const doc = new SEPA.Document(SEPA_FORMAAT);
  doc.grpHdr.id = berichtId(r.waarde.batchSleutel, r.waarde.batchLabel);
  doc.grpHdr.created = opties.nu;
  doc.grpHdr.initiatorName = debiteur.naam;
  const info = doc.createPaymentInfo();
  info.requestedExecutionDate = opties.uitvoerdatum;
  info.debtorIBAN = debiteur.iban;
  info.debtorBIC = debiteur.bic;
  info.debtorName = debiteur.naam;
  info.batchBooking = true;
  doc.addPaymentInfo(info);
  for (const [i, o] of opdrachten.entries()) {
    const tekst = bedragTekst(o.bedrag);
    // Exact: a two-decimal amount below 2^53 cents survives the number the library takes.
    const getal = Number(tekst);
    if (getal < 0.01 || getal.toFixed(2) !== tekst)
      return fout(
        "SEPA_BEDRAG",
        `opdrachten[${i}].bedrag`,
        `opdrachten[${i}].bedrag: € ${tekst} kan niet in een SEPA-overboeking (minstens 0,01, exact op de cent)`,
      );
    const tx = info.createTransaction();
    tx.creditorName = o.tenaamstelling;
    tx.creditorIBAN = o.iban;
    tx.amount = getal;
    tx.remittanceInfo = o.omschrijving;
    tx.end2endId = eindTotEindId(o.sleutel);
    info.addTransaction(tx);
  }
  let xml: string;
  try {
    xml = doc.toString();
  } catch (e) {
    // The library validates names, lengths and BIC/IBAN countries; its refusal names the member.
    return fout(
      "SEPA_ONGELDIG",
      "opdrachten",
      `opdrachten: het SEPA-bestand kan niet worden gemaakt (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const totaal = bedragTekst(som(opdrachten.map((o) => o.bedrag)));
  xml = xml.replaceAll(/<CtrlSum>[^<]*<\/CtrlSum>/g, `<CtrlSum>${totaal}</CtrlSum>`);
  return ok(Buffer.from(xml, "utf8"));
}
