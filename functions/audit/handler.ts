// Issue #3: the audit Lambda — DOMAIN.md §12's trail of a case and the caller's notifications.
// Read-only by design: the trail is append-only (written by functions/data/transactie.ts only).
import { maakHandler } from "../lib/handler.js";
import { auditVanZaak } from "./auditVanZaak.js";
import { mijnMeldingen } from "./mijnMeldingen.js";

export const handler = maakHandler("audit", { auditVanZaak, mijnMeldingen });
