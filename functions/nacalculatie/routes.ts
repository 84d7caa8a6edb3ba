// Routes of the nacalculatie Lambda: entries of the one route table (functions/routes.ts).
// docs/regels.md §9 (nacalculatie and vaststelling) and §1 (vaststelling needs two different
// zorgkantoor users: proposed by a beoordelaar or zorgkantoor-beheer, approved by another beheer user).
import type { Rol } from "#shared/rollen.js";
import { AanvraagParamsSchema, JaarParamsSchema } from "../lib/padschemas.js";
import type { Route } from "../lib/route.js";
import {
  FinancieelOverzichtAntwoordSchema,
  GoedkeuringBodySchema,
  HerzieningAntwoordSchema,
  HerzieningBodySchema,
  HerzieningsvoorstelAntwoordSchema,
  NacalculatieSchema,
  OntvangstBodySchema,
  OverigeBodySchema,
  PersoneelInDienstBodySchema,
  RestantGoedkeuringBodySchema,
  RestantverdelingSchema,
  VaststellingAntwoordSchema,
  VaststellingsvoorstelSchema,
  VoorstelBodySchema,
} from "./schemas.js";

const LEZERS: readonly Rol[] = ["aanbieder", "beoordelaar", "zorgkantoor-beheer"];
const ZORGKANTOOR: readonly Rol[] = ["beoordelaar", "zorgkantoor-beheer"];
const BEHEER: readonly Rol[] = ["zorgkantoor-beheer"];
const LANDELIJK: readonly Rol[] = ["landelijk-beheer"];

export const NACALCULATIE_ROUTES = [
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/nacalculatie",
    functie: "nacalculatie",
    operatie: "nacalculatieBerekenen",
    rollen: LEZERS,
    samenvatting:
      "De nacalculatie van een aanvraag uit het jaarverslag, de afspraak, de overige regels en de betaalde voorschotten (§9)",
    params: AanvraagParamsSchema,
    antwoord: NacalculatieSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/financieel-overzicht",
    functie: "nacalculatie",
    operatie: "financieelOverzicht",
    rollen: LEZERS,
    samenvatting:
      "Het financieel overzicht van een aanvraag: afspraak per categorie en overige regel, voorschotten per maand (gepland, besteld, betaald, open), realisatie per venster met projectie, verwacht en definitief saldo, open vordering (§15.8)",
    params: AanvraagParamsSchema,
    antwoord: FinancieelOverzichtAntwoordSchema,
  },
  {
    methode: "PUT",
    pad: "/api/aanvragen/{aanvraagId}/nacalculatie/overige",
    functie: "nacalculatie",
    operatie: "overigeBeoordelen",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Beoordeelt per overige regel uit het jaarverslag: conform, of niet conform met reden, en optioneel een correctie van het bedrag uit het accountantsrapport met reden (§9.2, §15.6)",
    params: AanvraagParamsSchema,
    body: OverigeBodySchema,
    antwoord: NacalculatieSchema,
  },
  {
    methode: "PUT",
    pad: "/api/aanvragen/{aanvraagId}/nacalculatie/personeel-in-dienst",
    functie: "nacalculatie",
    operatie: "personeelInDienstVastleggen",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Legt vast of het extra personeel nog in dienst is (ja/nee, datum, toelichting): voorwaarde voor een aandeel in het landelijk restant (§15.7, §9.4)",
    params: AanvraagParamsSchema,
    body: PersoneelInDienstBodySchema,
    antwoord: NacalculatieSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/vaststelling/voorstel",
    functie: "nacalculatie",
    operatie: "vaststellingVoorstellen",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Stelt de vaststelling voor (eerste handtekening); het rapport van feitelijke bevindingen moet aanwezig zijn (§9.3)",
    params: AanvraagParamsSchema,
    body: VoorstelBodySchema,
    antwoord: VaststellingsvoorstelSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/vaststelling/goedkeuring",
    functie: "nacalculatie",
    operatie: "vaststellingGoedkeuren",
    rollen: BEHEER,
    samenvatting:
      "Keurt de voorgestelde vaststelling goed (tweede handtekening, andere gebruiker): afspraak vastgesteld, saldo vastgelegd (§9.3, §1)",
    params: AanvraagParamsSchema,
    body: GoedkeuringBodySchema,
    antwoord: VaststellingAntwoordSchema,
  },
  // §15.7 with §9.4: the national remainder round. Here, not in rapportage (which only reads):
  // the approval books ledger entries and payment orders on the cases (restantToepassen.ts).
  {
    methode: "POST",
    pad: "/api/landelijk/{jaar}/restant/voorstel",
    functie: "nacalculatie",
    operatie: "restantVoorstellen",
    rollen: LANDELIJK,
    samenvatting:
      "Stelt de verdeling van het landelijk restant voor, berekend op dit moment, na alle vaststellingen van het jaar; een andere medewerker van landelijk beheer keurt goed (§15.7, §9.4)",
    params: JaarParamsSchema,
    antwoord: RestantverdelingSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/landelijk/{jaar}/restant/goedkeuring",
    functie: "nacalculatie",
    operatie: "restantGoedkeuren",
    rollen: LANDELIJK,
    samenvatting:
      "Tweede handtekening op de verdeling van het landelijk restant: elke toekenning wordt een nabetaling van haar zorgkantoor (grootboek en betaalopdracht, §15.7)",
    params: JaarParamsSchema,
    body: RestantGoedkeuringBodySchema,
    antwoord: RestantverdelingSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/vaststelling/herziening/voorstel",
    functie: "nacalculatie",
    operatie: "herzieningVoorstellen",
    rollen: ZORGKANTOOR,
    samenvatting:
      "Stelt een herziening van de vaststelling voor met reden en gecorrigeerde cijfers (overige regels, jaarverslag uit het accountantsrapport); alleen na een vaststelling (§15.6)",
    params: AanvraagParamsSchema,
    body: HerzieningBodySchema,
    antwoord: HerzieningsvoorstelAntwoordSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/vaststelling/herziening/goedkeuring",
    functie: "nacalculatie",
    operatie: "herzieningGoedkeuren",
    rollen: BEHEER,
    samenvatting:
      "Keurt de herziening goed (tweede handtekening, andere gebruiker): nieuwe vaststellingsversie, correctieboekingen in het grootboek, herzieningsbrief (§15.6, §1)",
    params: AanvraagParamsSchema,
    body: GoedkeuringBodySchema,
    antwoord: HerzieningAntwoordSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/vordering/ontvangst",
    functie: "nacalculatie",
    operatie: "vorderingOntvangstBoeken",
    rollen: BEHEER,
    samenvatting:
      "Boekt geld dat op de terugvordering is ontvangen (bedrag, datum, bankkenmerk; ook een deel); hetzelfde kenmerk nogmaals boekt niets (§15.3, §15.4)",
    params: AanvraagParamsSchema,
    body: OntvangstBodySchema,
    antwoord: NacalculatieSchema,
  },
] as const satisfies readonly Route[];
