// docs/regels.md §15.5: the bank account of an aanbieder — an IBAN, validated by its check digits
// (ISO 13616 mod 97, with the country's length and format, by the maintained `ibantools`), and
// the account holder's name (tenaamstelling). Stored in electronic format ("NL91ABNA0417164300"),
// shown in groups of four ("NL91 ABNA 0417 1643 00").
import {
  electronicFormatIBAN,
  friendlyFormatIBAN,
  isSEPACountry,
  isValidBIC,
  isValidIBAN,
} from "ibantools";
import * as z from "zod";
import { type Resultaat, valideer } from "../resultaat.js";

/** Spaces, dashes and dots people type between the groups; lower case is accepted as well. */
const elektronisch = (s: string): string => electronicFormatIBAN(s.replaceAll(/[.-]/g, "")) ?? "";

export const IbanSchema = z
  .string({ error: "verwacht een IBAN als tekst" })
  // An IBAN has at most 34 characters; with spaces between groups of four, 42.
  .max(64, { error: "een IBAN is hoogstens 34 tekens (zonder spaties)" })
  .transform(elektronisch)
  .refine((s) => s.length > 0, { error: "vul een IBAN in" })
  .refine((s) => /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s), {
    error:
      "een IBAN begint met een landcode en twee controlecijfers, bijvoorbeeld NL91 ABNA 0417 1643 00",
    abort: true,
  })
  .refine(isValidIBAN, {
    error: "dit IBAN klopt niet: controleer de cijfers (de controlecijfers passen er niet bij)",
    abort: true,
  })
  // [portal rule] the payment goes out as a SEPA credit transfer (pain.001), so the account must
  // be in a SEPA country.
  .refine((s) => isSEPACountry(s.slice(0, 2)), {
    error: "dit IBAN is niet van een bank in een SEPA-land; een SEPA-overboeking kan er niet heen",
  });

/**
 * [portal rule] The holder's name as it goes into the pain.001 file: at most 70 characters (the
 * ISO 20022 Nm field), no line breaks or control characters.
 */
export const TenaamstellingSchema = z
  .string({ error: "verwacht de tenaamstelling als tekst" })
  .trim()
  .min(2, { error: "vul de tenaamstelling in (de naam van de rekeninghouder)" })
  .max(70, {
    error: "de tenaamstelling is hoogstens 70 tekens (zoals een SEPA-overboeking toestaat)",
  })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), {
    error: "de tenaamstelling mag geen regeleinden of stuurtekens bevatten",
  });

export const BankrekeningSchema = z.strictObject({
  iban: IbanSchema,
  tenaamstelling: TenaamstellingSchema,
});
export type BankrekeningInvoer = z.input<typeof BankrekeningSchema>;
export type Bankrekening = z.output<typeof BankrekeningSchema>;

/** The account, or a Fout naming the field (`iban`, `tenaamstelling`) with a Dutch message. */
export const valideerBankrekening = (invoer: unknown): Resultaat<Bankrekening> =>
  valideer(BankrekeningSchema, invoer);

/** "NL91 ABNA 0417 1643 00": how an IBAN is shown on screen, in letters and exports for people. */
export const ibanWeergave = (iban: string): string => friendlyFormatIBAN(iban) ?? iban;

/** BIC of the zorgkantoor's own account (the debtor of the pain.001 file): 8 or 11 characters. */
export const BicSchema = z
  .string({ error: "verwacht een BIC als tekst" })
  .trim()
  .toUpperCase()
  .refine(isValidBIC, { error: "geen geldige BIC (8 of 11 tekens, bijvoorbeeld ABNANL2A)" });

/**
 * The zorgkantoor's account the payments leave from (§15.5: the debtor of the SEPA file).
 * [portal rule] Part of the zorgkantoor's reference data (§2), like its name.
 */
export const BetaalrekeningSchema = z.strictObject({
  iban: IbanSchema,
  bic: BicSchema,
  naam: TenaamstellingSchema,
});
export type Betaalrekening = z.output<typeof BetaalrekeningSchema>;
