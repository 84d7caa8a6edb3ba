// docs/regels.md §15.5: "a change is requested by the aanbieder (with a bank statement as PDF)". The
// statement travels in the request's JSON body as base64 [portal rule], is checked here with the
// document checks of §12 (size, PDF signature: shared/documenten/controle.ts) and named
// `bankafschrift` in every refusal. [portal rule] Only the aanbieder must send one; zorgkantoor-
// beheer entering a change may attach one (docs/keuzes.md).
import * as z from "zod";
import { saneerBestandsnaam } from "../documenten/bestandsnaam.js";
import { controleerBytes, type GecontroleerdeKenmerken } from "../documenten/controle.js";
import { PDF } from "../documenten/soorten.js";
import { LIMIETEN } from "../limieten.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import type { Rol } from "../rollen.js";
import { BANKAFSCHRIFT_MAX_BYTES } from "./afschriftgrens.js";

export const BANKAFSCHRIFT_VELD = "bankafschrift";

export { BANKAFSCHRIFT_MAX_BYTES };

export const BankafschriftSchema = z.strictObject(
  {
    naam: z
      .string({ error: "verwacht de naam van het bestand als tekst" })
      .min(1, { error: "geef de naam van het bestand" })
      .max(LIMIETEN.naamTekens, {
        error: `de bestandsnaam is te lang (hoogstens ${LIMIETEN.naamTekens} tekens)`,
      }),
    inhoud: z.base64({ error: "verwacht de inhoud van het PDF-bestand als base64" }),
  },
  { error: "verwacht het bankafschrift als { naam, inhoud }" },
);
export type Bankafschrift = z.output<typeof BankafschriftSchema>;

export interface GecontroleerdAfschrift extends GecontroleerdeKenmerken {
  /** The sanitised file name, kept as a label only (never in a key). */
  naam: string;
  bytes: Uint8Array;
}

/** Whether this role must send a statement with its request (§15.5: the aanbieder). */
export const bankafschriftVerplicht = (rol: Rol): boolean => rol === "aanbieder";

/**
 * The statement of a request: required of the aanbieder, optional for zorgkantoor-beheer; when
 * present, the decoded bytes (the handler decodes the base64) must be a PDF of at most 2 MB.
 * `undefined`: none sent (and none needed).
 */
export function controleerBankafschrift(
  rol: Rol,
  afschrift: { naam: string; bytes: Uint8Array } | undefined,
): Resultaat<GecontroleerdAfschrift | undefined> {
  const veld = BANKAFSCHRIFT_VELD;
  if (!afschrift)
    return bankafschriftVerplicht(rol)
      ? fout(
          "BANKAFSCHRIFT_ONTBREEKT",
          veld,
          `${veld}: voeg een bankafschrift (PDF) toe waarop het nieuwe rekeningnummer en de tenaamstelling staan`,
        )
      : ok(undefined);
  const { bytes } = afschrift;
  const k = controleerBytes(
    bytes,
    { omschrijving: "een bankafschrift", contentTypes: [PDF], maxBytes: BANKAFSCHRIFT_MAX_BYTES },
    veld,
  );
  if (!k.ok) return k;
  return ok({ ...k.waarde, naam: saneerBestandsnaam(afschrift.naam), bytes });
}
