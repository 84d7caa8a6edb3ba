// The portal's input limits in one place. Chosen from what a real aanvraag needs and from what
// DynamoDB and our exports can hold exactly [portal rule]:
// - an amount below € 10^13 (13 digits before the point): the national budget is about € 1,1
//   billion, and a spreadsheet number is exact in whole cents only below 10^13
//   (functions/lib/export/spreadsheetgetal.ts);
// - fte below 100.000 per line: the largest provider employs some thousands;
// - a decimal (weights, rates, day counts) with at most 13 digits before and 10 after the point.
export const LIMIETEN = {
  /** Characters of a number written as text, before its digits are checked. */
  getalTekens: 40,
  /** Rows of one list in a request (begroting lines per year, locaties, realisatie rows). */
  regels: 2000,
  /** An id of a line, location or document. */
  idTekens: 200,
  /** A file name (of a document, a bank statement). */
  naamTekens: 1000,
  bedragCijfers: 13,
  fteCijfers: 5,
  decimaalCijfers: 13,
  decimaalDecimalen: 10,
} as const;

/** The number of digits before the point of a decimal written as text ("-1234.5" → 4). */
export const heleCijfers = (s: string): number => s.replace(/^-/, "").split(".")[0]!.length;
