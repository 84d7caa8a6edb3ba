// docs/regels.md §9.2: overige kosten in the nacalculatie. Per agreed line the aanbieder gets what it
// really spent, at most the agreed amount; a line the zorgkantoor marks as not spent as agreed
// (with a reason) gets nothing. Underspending one line is not compensated by overspending another
// — each line is capped on its own, so the outcome may end on another ratio than 85/15.
import * as z from "zod";
import { min, NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";

export const OverigeRegelSchema = z
  .strictObject({
    id: z.string().min(1, { error: "verwacht de id van de overige regel" }),
    afgesproken: NietNegatiefBedragSchema,
    gerealiseerd: NietNegatiefBedragSchema,
    /** false: the zorgkantoor judges the money not spent as agreed. Default true [portal rule]. */
    conform: z.boolean({ error: "verwacht true of false" }).default(true),
    /** Required when conform is false: it goes into the vaststelling's motivation. */
    reden: z.string().trim().min(1, { error: "een reden mag niet leeg zijn" }).optional(),
  })
  .superRefine((r, ctx) => {
    if (!r.conform && r.reden === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["reden"],
        message: "geef een reden waarom deze regel niet conform de afspraak is besteed",
      });
    }
  });
export type OverigeRegel = z.output<typeof OverigeRegelSchema>;

/** min(gerealiseerd, afgesproken), or 0 when not spent as agreed. */
export const vergoedbaarOverig = (r: OverigeRegel): Decimal =>
  r.conform ? min(r.gerealiseerd, r.afgesproken) : NUL;

export interface OverigeUitkomst {
  regels: { id: string; vergoedbaar: Decimal }[];
  totaal: Decimal;
}

/** All agreed overige lines; a line id twice would count the same agreement twice. */
export function overigeVergoedbaar(regels: readonly OverigeRegel[]): Resultaat<OverigeUitkomst> {
  const gezien = new Set<string>();
  for (const [i, r] of regels.entries()) {
    if (gezien.has(r.id)) {
      const veld = `afspraak.overige[${i}].id`;
      return fout("DUBBELE_REGEL", veld, `${veld}: de regel "${r.id}" staat er twee keer in`);
    }
    gezien.add(r.id);
  }
  const uitkomst = regels.map((r) => ({ id: r.id, vergoedbaar: vergoedbaarOverig(r) }));
  return ok({ regels: uitkomst, totaal: som(uitkomst.map((r) => r.vergoedbaar)) });
}
