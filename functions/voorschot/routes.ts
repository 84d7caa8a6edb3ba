// Routes of the voorschot Lambda: entries of the one route table (functions/routes.ts).
// docs/regels.md §6 (voorschot, deterministic payment orders) and §1 (payment batches need two
// different zorgkantoor users; payments are zorgkantoor-beheer's, shared/toegang/rechten.ts).
import type { Rol } from "#shared/rollen.js";
import { AanvraagParamsSchema, ZorgkantoorParamsSchema } from "../lib/padschemas.js";
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  BatchParamsSchema,
  BetaalbatchSchema,
  ExportQuerySchema,
  ExportRegelsSchema,
  MaandoverzichtSchema,
  MaandParamsSchema,
  MaandQuerySchema,
  MaandrunBodySchema,
  MaandrunSchema,
  VersieBodySchema,
  VoorschotschemaSchema,
} from "./schemas.js";

const BEHEER: readonly Rol[] = ["zorgkantoor-beheer"];

export const VOORSCHOT_ROUTES = [
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/voorschot/maandrun",
    functie: "voorschot",
    operatie: "voorschotMaandrun",
    rollen: BEHEER,
    samenvatting:
      "Maandelijkse voorschotrun voor dit zorgkantoor (of een proefrun die niets schrijft); twee keer draaien maakt geen tweede opdracht (§6)",
    params: ZorgkantoorParamsSchema,
    body: MaandrunBodySchema,
    antwoord: MaandrunSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/betaalopdrachten/{maand}",
    functie: "voorschot",
    operatie: "betaalopdrachtenVanMaand",
    rollen: BEHEER,
    samenvatting: "De voorschotbetaalopdrachten van een maand, met hun betaalbatches (§6)",
    params: MaandParamsSchema,
    query: MaandQuerySchema,
    antwoord: MaandoverzichtSchema,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/betaalopdrachten/{maand}/batches",
    functie: "voorschot",
    operatie: "betaalbatchVoorstellen",
    rollen: BEHEER,
    samenvatting:
      "Stelt een betaalbatch voor met de opdrachten van de maand die nog in geen batch zitten (§1, §6)",
    params: MaandParamsSchema,
    antwoord: BetaalbatchSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/betaalopdrachten/{maand}/batches/{nummer}/vrijgave",
    functie: "voorschot",
    operatie: "betaalbatchVrijgeven",
    rollen: BEHEER,
    samenvatting:
      "Geeft een voorgestelde betaalbatch vrij: de tweede handtekening, van een andere medewerker (§1)",
    params: BatchParamsSchema,
    body: VersieBodySchema,
    antwoord: BetaalbatchSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/betaalopdrachten/{maand}/batches/{nummer}/export",
    functie: "voorschot",
    operatie: "betaalbatchExport",
    rollen: BEHEER,
    samenvatting:
      "Export van een vrijgegeven betaalbatch voor de financiële administratie: XLSX, CSV of JSON (§6)",
    params: BatchParamsSchema,
    query: ExportQuerySchema,
    antwoord: ExportRegelsSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/betaalopdrachten/{maand}/batches/{nummer}/sepa",
    functie: "voorschot",
    operatie: "betaalbatchSepa",
    rollen: BEHEER,
    samenvatting:
      "SEPA-overboekingsbestand (ISO 20022 pain.001.001.09) van een vrijgegeven betaalbatch voor de bank (§15.5)",
    params: BatchParamsSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/voorschot",
    functie: "voorschot",
    operatie: "voorschotschema",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "Het voorschotschema van een aanvraag: per maand gepland en betaald, met de basisversies (§6)",
    params: AanvraagParamsSchema,
    antwoord: VoorschotschemaSchema,
  },
] as const satisfies readonly Route[];
