// Routes of the herschikking Lambda (issue #3): entries of the one route table (functions/routes.ts).
// DOMAIN.md §8 (the November herschikking: proposal and decision) and §1 (herschikking is
// zorgkantoor-beheer's; a beoordelaar of the zorgkantoor may read the proposal).
import type { Rol } from "../../shared/rollen.js";
import type { Route } from "../lib/route.js";
import {
  HerschikkingBesluitBodySchema,
  HerschikkingBesluitSchema,
  HerschikkingParamsSchema,
  HerschikkingsvoorstelSchema,
} from "./schemas.js";

const ZORGKANTOOR: readonly Rol[] = ["beoordelaar", "zorgkantoor-beheer"];
const BEHEER: readonly Rol[] = ["zorgkantoor-beheer"];

export const HERSCHIKKING_ROUTES = [
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}",
    functie: "herschikking",
    operatie: "herschikkingsvoorstel",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Het herschikkingsvoorstel van dit zorgkantoor voor een jaar: verlaging, vraag en verhoging per afspraak binnen het regionale kader (§8)",
    params: HerschikkingParamsSchema,
    antwoord: HerschikkingsvoorstelSchema,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/besluit",
    functie: "herschikking",
    operatie: "herschikkingBesluiten",
    rollen: BEHEER,
    samenvatting:
      "Legt de (eventueel gewijzigde) herschikking vast: een nieuwe afspraakversie per gewijzigde aanvraag, het regionale kader nooit overschreden (§8)",
    params: HerschikkingParamsSchema,
    body: HerschikkingBesluitBodySchema,
    antwoord: HerschikkingBesluitSchema,
  },
] as const satisfies readonly Route[];
