// Routes of the herinneringen Lambda (docs/regels.md §10): what was mailed to me, my switches
// for optional reminders, the permanent failures for zorgkantoor-beheer and my organisation's open
// obligations. The daily job itself is not a route: functions/herinneringen/schema-handler.ts.
import type { Rol } from "#shared/rollen.js";
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  MijnHerinneringenSchema,
  MislukteHerinneringenSchema,
  VerplichtingenSchema,
  VoorkeurenInvoerSchema,
  VoorkeurenSchema,
  ZorgkantoorParamsSchema,
} from "./schemas.js";

const MET_VERPLICHTINGEN: readonly Rol[] = ["aanbieder", "beoordelaar", "zorgkantoor-beheer"];

export const HERINNERINGEN_ROUTES = [
  {
    methode: "GET",
    pad: "/api/herinneringen",
    functie: "herinneringen",
    operatie: "mijnHerinneringen",
    rollen: ALLE_ROLLEN,
    samenvatting: "De herinneringen die aan u zijn verstuurd of mislukten, nieuwste eerst (§10)",
    antwoord: MijnHerinneringenSchema,
  },
  {
    methode: "GET",
    pad: "/api/voorkeuren",
    functie: "herinneringen",
    operatie: "mijnVoorkeuren",
    rollen: ALLE_ROLLEN,
    samenvatting: "Uw schakelaars voor herinneringen: optionele aan of uit, wettelijke altijd aan",
    antwoord: VoorkeurenSchema,
  },
  {
    methode: "PUT",
    pad: "/api/voorkeuren",
    functie: "herinneringen",
    operatie: "voorkeurenWijzigen",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "Zet optionele herinneringen aan of uit; een wettelijke termijn uitzetten geeft 422",
    body: VoorkeurenInvoerSchema,
    antwoord: VoorkeurenSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herinneringen/mislukt",
    functie: "herinneringen",
    operatie: "mislukteHerinneringen",
    rollen: ["zorgkantoor-beheer"],
    samenvatting: "Definitief mislukte herinneringen over zaken en gebruikers van dit zorgkantoor",
    params: ZorgkantoorParamsSchema,
    antwoord: MislukteHerinneringenSchema,
  },
  {
    methode: "GET",
    pad: "/api/verplichtingen",
    functie: "herinneringen",
    operatie: "mijnVerplichtingen",
    rollen: MET_VERPLICHTINGEN,
    samenvatting: "De open verplichtingen van uw organisatie(s) met deadline en link (§10)",
    antwoord: VerplichtingenSchema,
  },
] as const satisfies readonly Route[];
