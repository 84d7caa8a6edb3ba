// The audit Lambda — docs/regels.md §12's trail of a case and the caller's notifications.
// Read-only by design: the trail is append-only (written by functions/data/transactie.ts only).
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { auditLandelijk, auditVanZorgkantoor } from "./auditOverzicht.js";
import { auditVanZaak } from "./auditVanZaak.js";
import { mijnMeldingen } from "./mijnMeldingen.js";
import { AUDIT_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "audit",
  {
    auditVanZaak,
    auditVanZorgkantoor,
    auditLandelijk,
    mijnMeldingen,
  },
  { routes: AUDIT_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
