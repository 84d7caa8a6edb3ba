// docs/regels.md §6: what the voorschot of one (aanbieder, zorgkantoor, jaar) is computed from: the
// year, the voorschotpercentage p (§3.1), the day the addendum was signed and the basis versions.
import * as z from "zod";
import { NietNegatiefBedragSchema, PercentageSchema } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { type Dag, DatumSchema, JaarSchema } from "../kalender/tijd.js";
import { dan, fout, ok, type Resultaat } from "../resultaat.js";
import { type BasisVersie, controleerBasis } from "./basisversie.js";
import { MaandTekstSchema } from "./maand.js";

export interface VoorschotAfspraak {
  jaar: number;
  /** p, a fraction 0..1 (0.75). */
  percentage: Decimal;
  /** Calendar day in Europe/Amsterdam on which the addendum was signed by both parties. */
  getekendOp: Dag;
  basis: readonly BasisVersie[];
}

export const BasisVersieSchema = z.strictObject({
  vanafMaand: MaandTekstSchema,
  bedrag: NietNegatiefBedragSchema,
  versie: z
    .number({ error: "verwacht een versienummer" })
    .int({ error: "moet een geheel getal zijn" })
    .min(1, { error: "versie begint bij 1" }),
});

/** The stored/edge form: months as "YYYY-MM" of year `jaar`. Output: VoorschotAfspraak. */
export const VoorschotAfspraakSchema = z
  .strictObject({
    jaar: JaarSchema,
    percentage: PercentageSchema,
    getekendOp: DatumSchema,
    basis: z.array(BasisVersieSchema).min(1, { error: "geef minstens één basis op" }),
  })
  .superRefine((a, ctx) => {
    a.basis.forEach((v, i) => {
      if (v.vanafMaand.jaar !== a.jaar)
        ctx.addIssue({
          code: "custom",
          path: ["basis", i, "vanafMaand"],
          message: `moet een maand van ${a.jaar} zijn`,
        });
    });
  })
  .transform(
    (a): VoorschotAfspraak => ({
      ...a,
      basis: a.basis.map((v) => ({ ...v, vanafMaand: v.vanafMaand.maand })),
    }),
  );

/** For callers that build a VoorschotAfspraak in code: the same checks as the schema. */
export function controleerAfspraak(a: VoorschotAfspraak): Resultaat<VoorschotAfspraak> {
  if (!Number.isInteger(a.jaar))
    return fout("ONGELDIGE_INVOER", "jaar", "jaar: moet een geheel jaartal zijn");
  if (!a.percentage.isFinite() || a.percentage.lt(0) || a.percentage.gt(1))
    return fout(
      "ONGELDIGE_INVOER",
      "percentage",
      "percentage: moet tussen 0 en 1 liggen (0.75 betekent 75%)",
    );
  return dan(controleerBasis(a.basis), () => ok(a));
}
