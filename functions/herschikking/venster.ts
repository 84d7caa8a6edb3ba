// docs/regels.md §15.2: the herschikking window of a zorgkantoor and year as the server enforces it —
// November t, or the reopening zorgkantoor-beheer stored (herschikkingHeropenen.ts).
import { herschikkingsvenster, magHerschikken } from "#shared/kalender/herschikkingsvenster.js";
import { vensterStatus } from "#shared/kalender/venster.js";
import {
  alsVensterHeropening,
  leesHerschikkingsheropening,
} from "../data/herschikkingsheropening.js";
import { uitFout } from "../lib/probleem.js";

/** Refuses (422 on `jaar`) when the herschikking of `jaar` cannot be decided at `nu`. */
export async function eisHerschikkingsvenster(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
): Promise<void> {
  const h = await leesHerschikkingsheropening(zorgkantoorId, jaar);
  const venster = magHerschikken(jaar, nu, alsVensterHeropening(h));
  if (!venster.ok) throw uitFout(venster.fout);
}

/** The window's state for the page: status, the Dutch reason, and the reopening if any. */
export async function herschikkingsvensterStand(zorgkantoorId: string, jaar: number, nu: Date) {
  const h = await leesHerschikkingsheropening(zorgkantoorId, jaar);
  const s = vensterStatus(herschikkingsvenster(jaar), nu, alsVensterHeropening(h));
  return {
    status: s.status,
    reden: s.reden,
    heropening: h ? { tot: h.tot, reden: h.reden } : null,
  };
}
