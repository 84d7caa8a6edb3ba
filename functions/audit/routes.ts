// Routes of the audit Lambda (docs/regels.md §12): read-only. The trail is append-only, so
// there is deliberately no route that changes or deletes an audit record.
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  AanvraagParamsSchema,
  AuditQuerySchema,
  AuditTrailSchema,
  LandelijkeAuditQuerySchema,
  LandelijkeAuditSchema,
  MeldingenSchema,
  ZorgkantoorAuditQuerySchema,
  ZorgkantoorAuditSchema,
  ZorgkantoorParamsSchema,
} from "./schemas.js";

export const AUDIT_ROUTES = [
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/audit",
    functie: "audit",
    operatie: "auditVanZaak",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "Het audit-spoor van een zaak in volgorde: wie, wanneer, wat, voor/na en reden (§12)",
    params: AanvraagParamsSchema,
    query: AuditQuerySchema,
    antwoord: AuditTrailSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/audit",
    functie: "audit",
    operatie: "auditVanZorgkantoor",
    rollen: ["zorgkantoor-beheer", "landelijk-beheer"],
    samenvatting:
      "Het audit-spoor van een zorgkantoor: wie veranderde wat, wanneer en waarom, nieuwste eerst, met filters (§12)",
    params: ZorgkantoorParamsSchema,
    query: ZorgkantoorAuditQuerySchema,
    antwoord: ZorgkantoorAuditSchema,
  },
  {
    methode: "GET",
    pad: "/api/landelijk/audit",
    functie: "audit",
    operatie: "auditLandelijk",
    rollen: ["landelijk-beheer"],
    samenvatting: "Alle wijzigingen van een maand, nieuwste eerst, met filters (§12)",
    query: LandelijkeAuditQuerySchema,
    antwoord: LandelijkeAuditSchema,
  },
  {
    methode: "GET",
    pad: "/api/meldingen",
    functie: "audit",
    operatie: "mijnMeldingen",
    rollen: ALLE_ROLLEN,
    samenvatting: "De meldingen in het portaal voor uw organisatie(s), nieuwste eerst (§12)",
    antwoord: MeldingenSchema,
  },
] as const satisfies readonly Route[];
