// Authorisation-matrix examples for the rapportage routes (see ../voorbeelden.ts).
// Everything here reads: the tenant's shared agreed case (§13 A, voorschot examples) serves the
// case documents and previews; the zorgkantoor routes address that case's zorgkantoor (made
// before the request, so landelijk-beheer finds it). The national views use a year of their own.
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { JAARVERSLAG_E } from "../../nacalculatie/opzet.js";
import type { Voorbeelden } from "../matrix.js";
import { zaakVan } from "./voorschot.js";

// The year of the shared case (voorschot.ts JAAR).
const JAAR = 2023;
const LANDELIJK_JAAR = 2039;

const zorgkantoorPad = async (zaak: Zaakscope, rest: string) => {
  await zaakVan(zaak);
  return `/api/zorgkantoren/${zaak.zorgkantoorId}/${rest}`;
};

export const RAPPORTAGE_VOORBEELDEN: Partial<Voorbeelden> = {
  // The letter's content as JSON; its PDF (stukken Lambda) is in stukken.ts.
  stukInhoud: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/stukken/addendum`,
    }),
  },
  aanvraagXlsx: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/xlsx` }),
  },
  budgetrondeExport: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: await zorgkantoorPad(zaak, `exports/${JAAR}/budgetronde`),
    }),
  },
  aanvragenExport: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: await zorgkantoorPad(zaak, `exports/${JAAR}/aanvragen`) }),
  },
  regioOverzicht: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: await zorgkantoorPad(zaak, `overzicht/${JAAR}`) }),
  },
  landelijkeTotalen: {
    tenantgebonden: false,
    verzoek: () => ({ pad: `/api/landelijk/${LANDELIJK_JAAR}/totalen` }),
  },
  landelijkRestant: {
    tenantgebonden: false,
    verzoek: () => ({ pad: `/api/landelijk/${LANDELIJK_JAAR}/restant` }),
  },
  jaarverslagVoorbeeld: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/jaarverslag/voorbeeld`,
      body: { verslag: JAARVERSLAG_E },
    }),
  },
  herschikkingControle: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: await zorgkantoorPad(zaak, `herschikking/${JAAR}/controle`),
      body: { voorstel: [] },
    }),
  },
};
