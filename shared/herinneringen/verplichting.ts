// docs/regels.md §10: an open obligation of one party, with its window and deadline, as plain data.
// The scheduled job builds these from the cases (kalenderVerplichting / termijnVerplichting)
// and herinneringen.ts decides which reminders are due.
import * as z from "zod";
import { type Dag, DatumSchema, vergelijkDag } from "../kalender/tijd.js";
import {
  type KalenderSoort,
  kalenderVenster,
  RolSchema,
  SOORTEN,
  type TermijnSoort,
  termijnVenster,
  VerplichtingSoortSchema,
} from "./soorten.js";

const TekstSchema = z.string().trim().min(1, { error: "mag niet leeg zijn" });

export const VerplichtingSchema = z
  .object({
    /** Stable across runs, e.g. "realisatie_mei:2020:<aanbieder-id>": part of the reminder key. */
    sleutel: TekstSchema,
    soort: VerplichtingSoortSchema,
    rol: RolSchema,
    /** User ids or e-mail addresses; an empty list simply sends nothing. */
    ontvangers: z.array(TekstSchema),
    opent: DatumSchema.nullable().default(null),
    deadline: DatumSchema,
    voldaan: z.boolean(),
    /** The exact page in the portal where the obligation is met (§10). */
    link: TekstSchema,
  })
  .superRefine((v, ctx) => {
    if (v.opent !== null && vergelijkDag(v.opent, v.deadline) > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["opent"],
        message: "het venster kan niet openen na de deadline",
      });
    }
    // A mismatch means the job addresses the wrong party: refuse rather than mail the wrong people.
    if (v.rol !== SOORTEN[v.soort].rol) {
      ctx.addIssue({
        code: "custom",
        path: ["rol"],
        message: `een verplichting "${v.soort}" hoort bij rol "${SOORTEN[v.soort].rol}"`,
      });
    }
  });
export type Verplichting = z.output<typeof VerplichtingSchema>;

/** The fields that do not derive from the calendar. */
export type VerplichtingGegevens = Pick<
  Verplichting,
  "sleutel" | "ontvangers" | "voldaan" | "link"
>;

/** An obligation of budget year t whose window is a §3.2 step. */
export function kalenderVerplichting(
  soort: KalenderSoort,
  jaar: number,
  gegevens: VerplichtingGegevens,
): Verplichting {
  const { opent, uiterlijk } = kalenderVenster(soort, jaar);
  return { ...gegevens, soort, rol: SOORTEN[soort].rol, opent, deadline: uiterlijk };
}

/** A beoordeling obligation, counted from the receipt day of the aanvraag (§5). */
export function termijnVerplichting(
  soort: TermijnSoort,
  ontvangen: Dag,
  gegevens: VerplichtingGegevens,
): Verplichting {
  const { opent, uiterlijk } = termijnVenster(soort, ontvangen);
  return { ...gegevens, soort, rol: SOORTEN[soort].rol, opent, deadline: uiterlijk };
}
