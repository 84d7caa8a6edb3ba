// The stukken Lambda — the letters of a case as PDF (pdf-lib), in a bundle of its own
// without AWS SDK or data layer, so the rapportage bundle stays under 1 MB without pdf-lib. It
// reads everything through the portal's API with the caller's token (api.ts): the memberships
// for the middleware's role check (lidmaatschappen.ts) and the letter's content (documentPdf.ts).

import { type KbHandler, maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { correlatieIdVan } from "../lib/middleware/correlatie.js";
import { StukParamsSchema } from "../lib/stukbrief.js";
import { apiIngesteld, haal, metAanroep, stukPad } from "./api.js";
import { lidmaatschappenUitApi, MIJ_PAD } from "./lidmaatschappen.js";
import { STUKKEN_ROUTES } from "./routes.js";

const lambda = maakLambda(
  "stukken",
  { documentPdf: lui(() => import("./documentPdf.js"), "documentPdf") },
  { routes: STUKKEN_ROUTES, leesLidmaatschappen: lidmaatschappenUitApi },
);

/**
 * Both fetches start at once: the letter is only used after the memberships allowed the
 * request, and the JSON route authorises it again by itself — so one round trip of waiting, not
 * two, and nothing is given away early. Only with a token and valid parameters.
 */
function startVooraf(event: Parameters<KbHandler>[0]): void {
  // Without KB_API_URL the lookup itself fails, in the middleware, naming the variable.
  if (!kopVan(event)("authorization") || !apiIngesteld()) return;
  void haal(MIJ_PAD);
  const p = StukParamsSchema.safeParse(event.pathParameters ?? {});
  const pad = p.success ? stukPad(p.data) : undefined;
  if (pad) void haal(pad);
}

/** A request header by lower-case name (API Gateway v2 sends them lower case; a test may not). */
const kopVan =
  (event: Parameters<KbHandler>[0]) =>
  (naam: string): string | undefined =>
    Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === naam)?.[1];

export const handler: KbHandler = (event, context) =>
  metAanroep(kopVan(event), correlatieIdVan(event, context ?? {}), () => {
    startVooraf(event);
    return lambda(event, context);
  });
