// Routes of the parameters Lambda (docs/regels.md §3.1, §2 and §5.3): the year parameters
// (read by everyone, new versions by landelijk-beheer) and the regional kaders of a year (read by
// landelijk-beheer and the zorgkantoor's own users, set by landelijk-beheer).
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  JaarParamsSchema,
  KaderBodySchema,
  KaderParamsSchema,
  KaderSchema,
  KadersSchema,
  MargeVrijgaveBodySchema,
  NieuweParametersSchema,
  ParametersSchema,
  ParameterversieSchema,
  ParameterversiesSchema,
} from "./schemas.js";

const LANDELIJK = ["landelijk-beheer"] as const;

export const PARAMETERS_ROUTES = [
  {
    methode: "GET",
    pad: "/api/parameters/{jaar}",
    functie: "parameters",
    operatie: "parametersVanJaar",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "De parameters die voor een jaar gelden: de nieuwste ingevoerde versie, anders de meegeleverde of die van 2020 (§3.1)",
    params: JaarParamsSchema,
    antwoord: ParametersSchema,
  },
  {
    methode: "GET",
    pad: "/api/parameters/{jaar}/versies",
    functie: "parameters",
    operatie: "parameterversies",
    rollen: ALLE_ROLLEN,
    samenvatting: "Alle versies van de parameters van een jaar, oudste eerst (§2: geversioneerd)",
    params: JaarParamsSchema,
    antwoord: ParameterversiesSchema,
  },
  {
    methode: "PUT",
    pad: "/api/parameters/{jaar}",
    functie: "parameters",
    operatie: "parametersInvoeren",
    rollen: LANDELIJK,
    samenvatting:
      "Voer een nieuwe versie van de parameters van een jaar in; de server kent het versienummer toe (§3.1, §2)",
    params: JaarParamsSchema,
    body: NieuweParametersSchema,
    antwoord: ParameterversieSchema,
    status: 201,
  },
  {
    methode: "GET",
    pad: "/api/kaders/{jaar}",
    functie: "parameters",
    operatie: "regionaleKaders",
    rollen: ["beoordelaar", "zorgkantoor-beheer", "landelijk-beheer"],
    samenvatting:
      "De regionale kaders van een jaar: landelijk-beheer alle, een zorgkantoor het eigen kader (§5.3)",
    params: JaarParamsSchema,
    antwoord: KadersSchema,
  },
  {
    methode: "PUT",
    pad: "/api/kaders/{jaar}/{zorgkantoorId}",
    functie: "parameters",
    operatie: "kaderInstellen",
    rollen: LANDELIJK,
    samenvatting:
      "Stel het regionale kader van een zorgkantoor in; samen nooit boven het landelijke budget (§5.3, §3.1)",
    params: KaderParamsSchema,
    body: KaderBodySchema,
    antwoord: KaderSchema,
  },
  {
    methode: "POST",
    pad: "/api/kaders/{jaar}/{zorgkantoorId}/margevrijgave",
    functie: "parameters",
    operatie: "margeVrijgeven",
    rollen: ["zorgkantoor-beheer"],
    samenvatting:
      "Geef de regionale ruimte boven de reservering vrij, met een reden: vóór sluiting van de aanvraagperiode mag een toekenning dan boven de reservering (§5, beperking 2)",
    params: KaderParamsSchema,
    body: MargeVrijgaveBodySchema,
    antwoord: KaderSchema,
  },
] as const satisfies readonly Route[];
