// docs/regels.md §3.1: "the portal's clock can be set for demonstrations and tests; every rule takes
// now as an input". Per request, "now" is:
//   1. env KB_KLOK (ISO 8601 with offset) when set — a clock for a demonstration: fixed, or, when
//      KB_KLOK_LOOPT_VANAF (the real instant at which KB_KLOK held) is set too, running on from
//      there (KB_KLOK + real time since), so the audit trail of a demo shows the order of events;
//   2. else the x-kb-klok request header, ONLY when env KB_KLOK_INSTELBAAR=1 (local and tests);
//   3. else the real time.
// In AWS neither variable is set, so callers cannot move the server's clock.
import { InstantSchema } from "#shared/kalender/tijd.js";
import { valideer } from "#shared/resultaat.js";
import { config } from "../config.js";
import { HttpProbleem } from "../probleem.js";
import { type KbMiddleware, staatVan } from "./staat.js";

export const KLOK_HEADER = "x-kb-klok";

/** "Now" for one request, and whether it was set rather than real. */
export function bepaalNu(kop: string | undefined): { nu: Date; ingesteld: boolean } {
  // config.ts validates KB_KLOK: a bad value is the operator's bug (ConfigFout → 500, logged).
  const { klok: vast, klokLooptVanaf, klokInstelbaar } = config();
  if (vast !== undefined) {
    const gelopen = klokLooptVanaf ? Math.max(0, Date.now() - klokLooptVanaf.getTime()) : 0;
    return { nu: new Date(vast.getTime() + gelopen), ingesteld: true };
  }
  if (kop !== undefined && klokInstelbaar) {
    const r = valideer(InstantSchema, kop);
    if (!r.ok) {
      throw new HttpProbleem(
        422,
        "ONGELDIGE_KLOK",
        `${KLOK_HEADER}: ${r.fout.melding}`,
        KLOK_HEADER,
      );
    }
    return { nu: r.waarde, ingesteld: true };
  }
  return { nu: new Date(), ingesteld: false };
}

export const klok = (): KbMiddleware => ({
  name: "klok",
  before(request) {
    const staat = staatVan(request);
    const { nu, ingesteld } = bepaalNu(request.event.headers?.[KLOK_HEADER]);
    staat.nu = nu;
    staat.klokIngesteld = ingesteld;
  },
});
