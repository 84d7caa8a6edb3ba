// docs/regels.md §1: the stukken Lambda's membership lookup. maakLambda checks every
// protected request against the memberships the SERVER holds; this Lambda has no table, so it
// asks GET /api/mij (functions/organisaties) with the caller's own token — the same memberships
// the organisaties Lambda reads from DynamoDB, never the token's groups. The check is not
// skipped: a failed lookup refuses the request with the API's own answer or a 502 (haalJson).
import type { LeesLidmaatschappen } from "../lib/middleware/authenticatie.js";
import { MijSchema } from "../lib/mijschema.js";
import { GemaakteWeigering } from "../lib/probleem.js";
import { haalJson, onverwacht } from "./api.js";

export const MIJ_PAD = "/api/mij";

export const lidmaatschappenUitApi: LeesLidmaatschappen = async (sub) => {
  const over = "over uw lidmaatschappen";
  const mij = await haalJson(MIJ_PAD, MijSchema, over);
  // Memberships of another user than the token's would be a bug upstream: never use them.
  if (mij.sub !== sub) throw new GemaakteWeigering(onverwacht(over), `GET ${MIJ_PAD}: andere sub`);
  return mij.lidmaatschappen;
};
