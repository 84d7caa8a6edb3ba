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

/** The latest submission of a window (or the year report), and how many there are. */
export function laatsteVan(
  alle: readonly RealisatieRecord[],
  jaar: number,
  soort: RealisatieRecord["soort"],
): { laatste: RealisatieRecord | undefined; aantal: number } {
  const eigen = alle.filter((r) => r.jaar === jaar && r.soort === soort);
  const laatste = eigen.reduce<RealisatieRecord | undefined>(
    (m, r) => (!m || r.nummer > m.nummer ? r : m),
    undefined,
  );
  return { laatste, aantal: eigen.length };
}
