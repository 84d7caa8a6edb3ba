// Routes of the realisatie Lambda: entries of the one route table (functions/routes.ts).
// docs/regels.md §7 (realisatie in its windows, year report), §3.2 (windows enforced by the server,
// reopened by zorgkantoor-beheer with a reason) and §6 (a confirmed realisatie adjusts the basis).

import { HeropeningVerzoekSchema } from "#shared/kalender/venster.js";
import type { Rol } from "#shared/rollen.js";
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  AanvraagParamsSchema,
  BevestigingBodySchema,
  BevestigingSchema,
  HeropeningSchema,
  JaarverslagBodySchema,
  RealisatieBodySchema,
  RealisatieoverzichtSchema,
  RealisatieSchema,
  SoortParamsSchema,
  VensterParamsSchema,
} from "./schemas.js";

const AANBIEDER: readonly Rol[] = ["aanbieder"];
const BEHEER: readonly Rol[] = ["zorgkantoor-beheer"];

export const REALISATIE_ROUTES = [
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/realisaties",
    functie: "realisatie",
    operatie: "realisatieoverzicht",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "De realisatievensters van een aanvraag met hun status, de laatste versie en de bevestiging (§7, §3.2)",
    params: AanvraagParamsSchema,
    antwoord: RealisatieoverzichtSchema,
  },
  {
    methode: "PUT",
    pad: "/api/aanvragen/{aanvraagId}/realisaties/{venster}",
    functie: "realisatie",
    operatie: "realisatieIndienen",
    rollen: AANBIEDER,
    samenvatting:
      "Dient een tussentijdse realisatie in (mei, juli, oktober), alleen binnen het venster; geeft de projectie en de aangepaste voorschotbasis (§7)",
    params: VensterParamsSchema,
    body: RealisatieBodySchema,
    antwoord: RealisatieSchema,
    status: 201,
  },
  {
    methode: "PUT",
    pad: "/api/aanvragen/{aanvraagId}/jaarverslag",
    functie: "realisatie",
    operatie: "jaarverslagIndienen",
    rollen: AANBIEDER,
    samenvatting:
      "Dient de realisatie over het gehele jaar in (1 januari – 31 maart t+1), met de invoer van de rondrekening en het gerealiseerde bedrag per overige regel van de afspraak (§7, §15.1)",
    params: AanvraagParamsSchema,
    body: JaarverslagBodySchema,
    antwoord: RealisatieSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/vensters/{venster}/heropening",
    functie: "realisatie",
    operatie: "vensterHeropenen",
    rollen: BEHEER,
    samenvatting:
      "Heropent een gesloten realisatievenster voor de aanbieder van deze aanvraag, met een reden (§3.2)",
    params: SoortParamsSchema,
    body: HeropeningVerzoekSchema,
    antwoord: HeropeningSchema,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/realisaties/{venster}/bevestiging",
    functie: "realisatie",
    operatie: "realisatieBevestigen",
    rollen: BEHEER,
    samenvatting:
      "Bevestigt een tussentijdse realisatie: de aangepaste basis wordt een nieuwe voorschotbasisversie voor de volgende maandrun (§6, §7)",
    params: VensterParamsSchema,
    body: BevestigingBodySchema,
    antwoord: BevestigingSchema,
  },
] as const satisfies readonly Route[];
