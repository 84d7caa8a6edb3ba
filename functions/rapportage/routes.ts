// Routes of the rapportage Lambda: entries of the one route table (functions/routes.ts).
// Everything here only READS: documents (XLSX; the letters as JSON, which functions/stukken
// renders as PDF), overviews, national totals and the §9.4 distribution, and previews that
// compute without storing. docs/regels.md §1: a case is read within the caller's scope (landelijk-
// beheer reads case content, §1); a zorgkantoor's exports and previews are its own users';
// national views are landelijk-beheer's.
import type { Rol } from "#shared/rollen.js";
import {
  AanvraagParamsSchema,
  JaarParamsSchema,
  ZorgkantoorJaarParamsSchema,
} from "../lib/padschemas.js";
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  HerschikkingControleBodySchema,
  HerschikkingControleSchema,
  JaarverslagVoorbeeldBodySchema,
  JaarverslagVoorbeeldSchema,
  LandelijkeTotalenSchema,
  LandelijkRestantSchema,
  RegioOverzichtQuerySchema,
  RegioOverzichtSchema,
  StukBriefSchema,
  StukParamsSchema,
} from "./schemas.js";

const ZORGKANTOOR: readonly Rol[] = ["beoordelaar", "zorgkantoor-beheer"];
const LANDELIJK: readonly Rol[] = ["landelijk-beheer"];

export const RAPPORTAGE_ROUTES = [
  {
    // The content of the PDF route of the stukken Lambda (functions/stukken/routes.ts), which
    // asks this route with the caller's token: authorisation and scope are decided here.
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/stukken/{stuk}",
    functie: "rapportage",
    operatie: "stukInhoud",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "De inhoud van de beoordelingsbrief, het addendum of de vaststelling van een aanvraag als brief in JSON (§5, §9.3)",
    params: StukParamsSchema,
    antwoord: StukBriefSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/xlsx",
    functie: "rapportage",
    operatie: "aanvraagXlsx",
    rollen: ALLE_ROLLEN,
    samenvatting: "De begroting per jaar en de realisaties van een aanvraag als XLSX (§4.1, §7)",
    params: AanvraagParamsSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/exports/{jaar}/budgetronde",
    functie: "rapportage",
    operatie: "budgetrondeExport",
    rollen: ZORGKANTOOR,
    samenvatting:
      "De budgetronde-export voor de NZa: per aanbieder NZa-nummer, AGB-code, afgesproken kwaliteitsbudget en compensatie (§5)",
    params: ZorgkantoorJaarParamsSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/exports/{jaar}/aanvragen",
    functie: "rapportage",
    operatie: "aanvragenExport",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Overzicht van alle aanvragen van het zorgkantoor in een jaar als XLSX: toestand, gevraagd, toegekend, data en termijnstatus (§5)",
    params: ZorgkantoorJaarParamsSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/overzicht/{jaar}",
    functie: "rapportage",
    operatie: "regioOverzicht",
    rollen: [...ZORGKANTOOR, ...LANDELIJK],
    samenvatting:
      "Het regionale overzicht: kader en totalen, en per aanbieder (in pagina's) afgesproken, betaald, gerealiseerd en vastgesteld",
    params: ZorgkantoorJaarParamsSchema,
    query: RegioOverzichtQuerySchema,
    antwoord: RegioOverzichtSchema,
  },
  {
    methode: "GET",
    pad: "/api/landelijk/{jaar}/totalen",
    functie: "rapportage",
    operatie: "landelijkeTotalen",
    rollen: LANDELIJK,
    samenvatting:
      "Landelijke totalen per zorgkantoorregio: kader, afgesproken, betaald, gerealiseerd en vastgesteld (§1)",
    params: JaarParamsSchema,
    antwoord: LandelijkeTotalenSchema,
  },
  {
    methode: "GET",
    pad: "/api/landelijk/{jaar}/restant",
    functie: "rapportage",
    operatie: "landelijkRestant",
    rollen: LANDELIJK,
    samenvatting:
      "De verdeling van het landelijk restant over de aanbieders, berekend op de opgeslagen vaststellingen (§9.4)",
    params: JaarParamsSchema,
    antwoord: LandelijkRestantSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/jaarverslag/voorbeeld",
    functie: "rapportage",
    operatie: "jaarverslagVoorbeeld",
    rollen: ["aanbieder", ...ZORGKANTOOR],
    samenvatting:
      "Voorbeeld van de nacalculatie met een (nog niet ingediend) jaarverslag; slaat niets op (§9)",
    params: AanvraagParamsSchema,
    body: JaarverslagVoorbeeldBodySchema,
    antwoord: JaarverslagVoorbeeldSchema,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/controle",
    functie: "rapportage",
    operatie: "herschikkingControle",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Toetst een (gewijzigd) herschikkingsvoorstel aan de grenzen van §8 per regel; slaat niets op",
    params: ZorgkantoorJaarParamsSchema,
    body: HerschikkingControleBodySchema,
    antwoord: HerschikkingControleSchema,
  },
] as const satisfies readonly Route[];
