// docs/regels.md §7: realisatie refers to the aanvraag's begroting lines by their id (a string).
import * as z from "zod";

export const RegelIdSchema = z
  .string({ error: "verwacht het id van een begrotingsregel als tekst" })
  .min(1, { error: "het id van een begrotingsregel mag niet leeg zijn" })
  .max(200, { error: "het id van een begrotingsregel is te lang" });

/** Index of the first line whose id occurred before, or -1. */
export function eersteDubbele(ids: readonly string[]): number {
  const gezien = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (gezien.has(id)) return i;
    gezien.add(id);
  }
  return -1;
}

/** A zod check: every regelId in `lijst` is unique (each line is reported once). */
export function uniekeRegels(
  lijst: readonly { regelId: string }[],
  pad: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const i = eersteDubbele(lijst.map((r) => r.regelId));
  if (i >= 0)
    ctx.addIssue({
      code: "custom",
      path: [...pad, i, "regelId"],
      message: `regel "${lijst[i]!.regelId}" komt twee keer voor`,
    });
}
