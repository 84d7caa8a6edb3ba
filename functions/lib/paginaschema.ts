// The query fields and `volgende` of every paged list (functions/lib/paginering.ts): apart from
// the cursor code, which needs Node's Buffer and the data layer, so the route table's schemas stay
// free of both — the site derives its answer types from them (web/src/scripts/lib/apiTypen.ts).
import * as z from "zod";

/** [portal rule] Rows per page when the caller does not say: enough for a screen. */
export const LIMIET_STANDAARD = 50;
/** [portal rule] At most this many rows per page: one answer stays small and fast. */
export const LIMIET_MAX = 200;

/** Query fields of every paged list; spread into the route's `.strict()` query schema. */
export const PaginaQueryVelden = {
  limiet: z
    .string()
    .regex(/^\d{1,4}$/, { error: `verwacht een aantal van 1 tot en met ${LIMIET_MAX}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { error: "limiet is minstens 1" })
        .max(LIMIET_MAX, { error: `limiet is hoogstens ${LIMIET_MAX}` }),
    )
    .optional()
    .meta({ description: `Aantal regels per pagina (standaard ${LIMIET_STANDAARD})` }),
  cursor: z
    .string()
    .max(2000, { error: "de cursor is te lang; gebruik de waarde 'volgende' van de vorige pagina" })
    .regex(/^[A-Za-z0-9_-]+$/, {
      error: "de cursor is ongeldig; gebruik de waarde 'volgende' van de vorige pagina",
    })
    .optional()
    .meta({ description: "De waarde 'volgende' van de vorige pagina; leeg voor de eerste" }),
} as const;

/** The `volgende` of an answer: null when there is no next page. */
export const VolgendeSchema = z
  .string()
  .nullable()
  .meta({ description: "Cursor van de volgende pagina, of null als dit de laatste is" });
