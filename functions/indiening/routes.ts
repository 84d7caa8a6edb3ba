// Routes of the indiening Lambda (docs/regels.md §4 and §1): entries of the one route table
// (functions/routes.ts). The aanbieder creates, edits and submits; every role reads within its
// scope (landelijk-beheer read-only); the zorgkantoor's work list is in the beoordeling Lambda.
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  AanvraagAntwoordSchema,
  AanvraagLijstSchema,
  AanvraagParamsSchema,
  IndieningSchema,
  InhoudWijzigingSchema,
  MijnAanvragenQuerySchema,
  NieuweAanvraagSchema,
  VerschilQuerySchema,
  VersieParamsSchema,
  VersieSchema,
  VersiesSchema,
  VersieverschilSchema,
} from "./schemas.js";

const AANBIEDER = ["aanbieder"] as const;

export const INDIENING_ROUTES = [
  {
    methode: "POST",
    pad: "/api/aanvragen",
    functie: "indiening",
    operatie: "maakAanvraag",
    rollen: AANBIEDER,
    samenvatting:
      "Maak een aanvraag (concept) voor aanbieder, zorgkantoor en jaar; één per drietal (§2, §4)",
    body: NieuweAanvraagSchema,
    antwoord: AanvraagAntwoordSchema,
    status: 201,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen",
    functie: "indiening",
    operatie: "mijnAanvragen",
    rollen: AANBIEDER,
    samenvatting: "De aanvragen van de eigen organisatie(s), optioneel per aanbieder en jaar",
    query: MijnAanvragenQuerySchema,
    antwoord: AanvraagLijstSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}",
    functie: "indiening",
    operatie: "leesAanvraag",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "Een aanvraag: huidige versie, toestand, bevindingen van de toetsing (§4.2) en beoordelingstermijn (§5)",
    params: AanvraagParamsSchema,
    antwoord: AanvraagAntwoordSchema,
  },
  {
    methode: "PUT",
    pad: "/api/aanvragen/{aanvraagId}/inhoud",
    functie: "indiening",
    operatie: "wijzigAanvraag",
    rollen: AANBIEDER,
    samenvatting:
      "Wijzig de inhoud van het concept; na een verzoek om aanvulling wordt het een nieuwe versie (§4.3)",
    params: AanvraagParamsSchema,
    body: InhoudWijzigingSchema,
    antwoord: AanvraagAntwoordSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/indiening",
    functie: "indiening",
    operatie: "dienAanvraagIn",
    rollen: AANBIEDER,
    samenvatting:
      "Dien de aanvraag in: toetsing (§4.2), bij blokkerende bevindingen 422; anders wordt de versie bevroren (§4.3)",
    params: AanvraagParamsSchema,
    body: IndieningSchema,
    antwoord: AanvraagAntwoordSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/versies",
    functie: "indiening",
    operatie: "aanvraagVersies",
    rollen: ALLE_ROLLEN,
    samenvatting: "De versies van een aanvraag (§4.3)",
    params: AanvraagParamsSchema,
    antwoord: VersiesSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/versies/{nummer}",
    functie: "indiening",
    operatie: "aanvraagVersie",
    rollen: ALLE_ROLLEN,
    samenvatting: "Eén versie van een aanvraag met haar inhoud (§4.3)",
    params: VersieParamsSchema,
    antwoord: VersieSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/verschil",
    functie: "indiening",
    operatie: "versieverschil",
    rollen: ALLE_ROLLEN,
    samenvatting: "De verschillen tussen twee versies van een aanvraag (§4.3)",
    params: AanvraagParamsSchema,
    query: VerschilQuerySchema,
    antwoord: VersieverschilSchema,
  },
] as const satisfies readonly Route[];
