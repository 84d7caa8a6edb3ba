// Routes of the herschikking Lambda: entries of the one route table (functions/routes.ts).
// docs/regels.md §8 (the November herschikking: proposal and decision), §15.2 (four eyes: a proposal
// by one zorgkantoor-beheer user, the approval by another; the aanbieder's view of its own line
// and its written response) and §1 (herschikking is zorgkantoor-beheer's; a beoordelaar of the
// zorgkantoor may read the proposal).
import { HeropeningVerzoekSchema } from "#shared/kalender/venster.js";
import type { Rol } from "#shared/rollen.js";
import type { Route } from "../lib/route.js";
import {
  HerschikkingBesluitSchema,
  HerschikkingGoedkeuringBodySchema,
  HerschikkingHeropeningSchema,
  HerschikkingParamsSchema,
  HerschikkingReactieBodySchema,
  HerschikkingRegelSchema,
  HerschikkingsvoorstelSchema,
  HerschikkingVoorstelBodySchema,
  HerschikkingZaakParamsSchema,
  VastgelegdVoorstelSchema,
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
      "Het herschikkingsvoorstel van dit zorgkantoor voor een jaar: verlaging, vraag en verhoging per afspraak binnen het regionale kader (§8), met het vastgelegde voorstel en de reacties (§15.2)",
    params: HerschikkingParamsSchema,
    antwoord: HerschikkingsvoorstelSchema,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/voorstel",
    functie: "herschikking",
    operatie: "herschikkingVoorstellen",
    rollen: BEHEER,
    samenvatting:
      "Legt de (eventueel gewijzigde) herschikking vast als voorstel met reden; het vervangt een open voorstel en wacht op de tweede handtekening (§15.2)",
    params: HerschikkingParamsSchema,
    body: HerschikkingVoorstelBodySchema,
    antwoord: VastgelegdVoorstelSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/goedkeuring",
    functie: "herschikking",
    operatie: "herschikkingGoedkeuren",
    rollen: BEHEER,
    samenvatting:
      "Keurt het vastgelegde voorstel goed (een andere medewerker dan de voorsteller): alle afspraken veranderen of geen, het regionale kader nooit overschreden (§15.2)",
    params: HerschikkingParamsSchema,
    body: HerschikkingGoedkeuringBodySchema,
    antwoord: HerschikkingBesluitSchema,
  },
  {
    methode: "POST",
    pad: "/api/zorgkantoren/{zorgkantoorId}/herschikking/{jaar}/heropening",
    functie: "herschikking",
    operatie: "herschikkingHeropenen",
    rollen: BEHEER,
    samenvatting:
      "Heropent het gesloten herschikkingsvenster van dit zorgkantoor voor een jaar, met een reden en een laatste dag (hoogstens 30 dagen) (§15.2)",
    params: HerschikkingParamsSchema,
    body: HeropeningVerzoekSchema,
    antwoord: HerschikkingHeropeningSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/herschikking",
    functie: "herschikking",
    operatie: "herschikkingRegel",
    rollen: ["aanbieder", ...ZORGKANTOOR],
    samenvatting:
      "De regel van het open herschikkingsvoorstel voor deze aanvraag: afspraak, aanvraag en prognose per categorie, oud en nieuw, en de reactie (§15.2)",
    params: HerschikkingZaakParamsSchema,
    antwoord: HerschikkingRegelSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/herschikking/reactie",
    functie: "herschikking",
    operatie: "herschikkingReageren",
    rollen: ["aanbieder"],
    samenvatting:
      "De schriftelijke reactie van de aanbieder op het herschikkingsvoorstel, vóór het besluit (§15.2)",
    params: HerschikkingZaakParamsSchema,
    body: HerschikkingReactieBodySchema,
    antwoord: HerschikkingRegelSchema,
    status: 201,
  },
] as const satisfies readonly Route[];
