// docs/regels.md §5, §7: the agreement a realisatie is measured against — the toekenning per category
// (personeel, overige), the compensatiecomponent, and the agreed amount per overige line (the
// cap of §9.2 per line).
import * as z from "zod";
import { NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { RegelIdSchema, uniekeRegels } from "./regels.js";

export const AfgesprokenBegrotingSchema = z
  .strictObject({
    personeel: NietNegatiefBedragSchema,
    overige: NietNegatiefBedragSchema,
    compensatie: NietNegatiefBedragSchema,
    overigeRegels: z.array(
      z.strictObject({ regelId: RegelIdSchema, bedrag: NietNegatiefBedragSchema }),
    ),
  })
  .superRefine((a, ctx) => uniekeRegels(a.overigeRegels, ["overigeRegels"], ctx));
export type AfgesprokenBegroting = z.output<typeof AfgesprokenBegrotingSchema>;

/** The agreed kwaliteitsbudget B incl. compensatie (§6). */
export const afgesprokenTotaal = (a: AfgesprokenBegroting): Decimal =>
  som([a.personeel, a.overige, a.compensatie]);
