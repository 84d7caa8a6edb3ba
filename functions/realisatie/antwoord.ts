// docs/regels.md §7: a stored realisatie as the API answers it (plain JSON, amounts as text).
import type { RealisatieRecord } from "../data/realisaties.js";

export const realisatieAntwoord = (r: RealisatieRecord) => ({
  aanvraagId: r.aanvraagId,
  jaar: r.jaar,
  soort: r.soort,
  versie: r.nummer,
  ingediendOp: r.ingediendOp,
  ingediendDoor: r.ingediendDoor.sub,
  inhoud: (r.inhoud ?? {}) as Record<string, unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: stored as the berekening's own JSON output
  berekening: (r.berekening ?? null) as any,
});
