// docs/regels.md §7: the report of a tussentijdse realisatie window. Per begroting personeel line the
// realised extra fte (average over the covered months) and the realised cost to date; per
// overige line the spend to date. Amounts are cumulative from 1 January of year t.
import * as z from "zod";
import { NietNegatiefBedragSchema, NietNegatiefDecimaalSchema } from "../geld/bedrag.js";
import { JaarSchema } from "../kalender/tijd.js";
import { LIMIETEN } from "../limieten.js";
import { RegelIdSchema, uniekeRegels } from "./regels.js";
import { VENSTERS } from "./venster.js";

export const PersoneelRealisatieSchema = z.strictObject({
  regelId: RegelIdSchema,
  /** An average, so any number of decimals. */
  extraFte: NietNegatiefDecimaalSchema,
  kostenTotNu: NietNegatiefBedragSchema,
});

export const OverigeRealisatieSchema = z.strictObject({
  regelId: RegelIdSchema,
  uitgavenTotNu: NietNegatiefBedragSchema,
});

/** The rows of a tussentijdse realisatie, each list bounded (shared/limieten.ts). */
export const RealisatieRegels = {
  personeel: z
    .array(PersoneelRealisatieSchema)
    .max(LIMIETEN.regels, { error: `hoogstens ${LIMIETEN.regels} regels` }),
  overige: z
    .array(OverigeRealisatieSchema)
    .max(LIMIETEN.regels, { error: `hoogstens ${LIMIETEN.regels} regels` }),
};

/** No line twice in one realisatie. */
export function uniekeRealisatieRegels(
  r: { personeel: readonly { regelId: string }[]; overige: readonly { regelId: string }[] },
  ctx: z.RefinementCtx,
): void {
  uniekeRegels(r.personeel, ["personeel"], ctx);
  uniekeRegels(r.overige, ["overige"], ctx);
}

export const TussentijdseRealisatieSchema = z
  .strictObject({
    jaar: JaarSchema,
    venster: z.enum(VENSTERS, { error: 'kies een venster: "mei", "juli" of "oktober"' }),
    ...RealisatieRegels,
  })
  .superRefine(uniekeRealisatieRegels);
export type TussentijdseRealisatie = z.output<typeof TussentijdseRealisatieSchema>;
