// Routes of the bank Lambda (docs/regels.md §15.5): the bank account of an aanbieder and its change
// with four eyes. Entries of the one route table (functions/routes.ts), so the authorisation
// matrix and the OpenAPI document cover them.
import type { Rol } from "#shared/rollen.js";
import { ZorgkantoorParamsSchema } from "../lib/padschemas.js";
import type { Route } from "../lib/route.js";
import {
  AanbiederParamsSchema,
  BankafwijzingBodySchema,
  BankgoedkeuringBodySchema,
  BankrekeningAntwoordSchema,
  BankwijzigingBodySchema,
  BankwijzigingenSchema,
  BankwijzigingSchema,
} from "./schemas.js";

/** §15.5: the aanbieder for itself; zorgkantoor-beheer of a zorgkantoor where it has a case. */
const BANK: readonly Rol[] = ["aanbieder", "zorgkantoor-beheer"];
const BEHEER: readonly Rol[] = ["zorgkantoor-beheer"];
const PAD = "/api/aanbieders/{aanbiederId}/bankrekening";

export const BANK_ROUTES = [
  {
    methode: "GET",
    pad: PAD,
    functie: "bank",
    operatie: "bankrekening",
    rollen: BANK,
    samenvatting:
      "De bankrekening van een aanbieder en een wijziging die op goedkeuring wacht (§15.5)",
    params: AanbiederParamsSchema,
    antwoord: BankrekeningAntwoordSchema,
  },
  {
    methode: "POST",
    pad: `${PAD}/wijziging`,
    functie: "bank",
    operatie: "bankwijzigingAanvragen",
    rollen: BANK,
    samenvatting:
      "Vraagt een wijziging van de bankrekening aan; die geldt pas na de tweede handtekening van een andere zorgkantoor-beheerder (§15.5)",
    params: AanbiederParamsSchema,
    body: BankwijzigingBodySchema,
    antwoord: BankwijzigingSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: `${PAD}/wijziging/goedkeuring`,
    functie: "bank",
    operatie: "bankwijzigingGoedkeuren",
    rollen: BEHEER,
    samenvatting:
      "Keurt een wijziging van de bankrekening goed: de tweede handtekening, nooit van wie haar aanvroeg (§15.5, §1)",
    params: AanbiederParamsSchema,
    body: BankgoedkeuringBodySchema,
    antwoord: BankrekeningAntwoordSchema,
  },
  {
    methode: "POST",
    pad: `${PAD}/wijziging/afwijzing`,
    functie: "bank",
    operatie: "bankwijzigingAfwijzen",
    rollen: BEHEER,
    samenvatting: "Wijst een aangevraagde wijziging van de bankrekening af, met een reden (§15.5)",
    params: AanbiederParamsSchema,
    body: BankafwijzingBodySchema,
    antwoord: BankrekeningAntwoordSchema,
  },
  {
    methode: "GET",
    pad: `${PAD}/wijziging/bankafschrift`,
    functie: "bank",
    operatie: "bankafschrift",
    rollen: BANK,
    samenvatting:
      "Het bankafschrift (PDF) bij de wachtende wijziging van de bankrekening, zodat wie goedkeurt het kan controleren (§15.5)",
    params: AanbiederParamsSchema,
  },
  {
    methode: "GET",
    pad: "/api/zorgkantoren/{zorgkantoorId}/bankwijzigingen",
    functie: "bank",
    operatie: "bankwijzigingen",
    rollen: BEHEER,
    samenvatting:
      "Wachtende wijzigingen van bankrekeningen van aanbieders met een zaak bij dit zorgkantoor (§15.5)",
    params: ZorgkantoorParamsSchema,
    antwoord: BankwijzigingenSchema,
  },
] as const satisfies readonly Route[];
