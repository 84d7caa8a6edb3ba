// Issue #4, DOMAIN.md §1: the stukken Lambda's membership lookup. maakLambda checks every
// protected request against the memberships the SERVER holds; this Lambda has no table, so it
// asks GET /api/mij (functions/organisaties) with the caller's own token — the same memberships
// the organisaties Lambda reads from DynamoDB, never the token's groups. The check is not
// skipped: a failed lookup refuses the request with the API's own answer (or a 502).

import type { LeesLidmaatschappen } from "../lib/middleware/authenticatie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { MijSchema } from "../organisaties/schemas.js";
import { doorgegeven, haal, onbereikbaar, vervangAntwoord } from "./api.js";

export const MIJ_PAD = "/api/mij";

/**
 * Refuses the request with `antwoord`: the middleware needs a thrown error to stop, and the
 * handler (handler.ts) answers `antwoord` in place of the middleware's rendering of it.
 */
function weiger(antwoord: ReturnType<typeof onbereikbaar>, reden: string): never {
  vervangAntwoord(antwoord);
  throw new HttpProbleem(antwoord.statusCode, "LIDMAATSCHAPPEN_NIET_GELEZEN", reden);
}

export const lidmaatschappenUitApi: LeesLidmaatschappen = async (sub) => {
  const r = await haal(MIJ_PAD);
  if (r.soort === "onbereikbaar")
    weiger(
      onbereikbaar("De API van het portaal is niet bereikbaar; probeer het later opnieuw."),
      r.reden,
    );
  if (r.status < 200 || r.status > 299) weiger(doorgegeven(r), `GET ${MIJ_PAD}: ${r.status}`);
  let json: unknown;
  try {
    json = JSON.parse(r.tekst);
  } catch {
    json = undefined;
  }
  const mij = MijSchema.safeParse(json);
  // Memberships of another user than the token's would be a bug upstream: never use them.
  if (!mij.success || mij.data.sub !== sub)
    weiger(
      onbereikbaar("De API van het portaal gaf een onverwacht antwoord over uw lidmaatschappen."),
      `GET ${MIJ_PAD}: onverwacht antwoord`,
    );
  return mij.data.lidmaatschappen;
};
