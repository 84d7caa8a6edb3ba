// Authorisation-matrix examples for the voorschot routes (see ../voorbeelden.ts). Each example
// sets up, through the data layer, what the request needs to succeed for an allowed caller:
// an agreed case of the tenant (made once per tenant), or payment orders of a month of its own
// (a fresh month per call), proposed and released by other users where the route needs that.
import {
  type BetaalbatchRecord,
  geefBetaalbatchVrij,
  stelBetaalbatchVoor,
} from "#functions/data/betaalbatches.js";
import {
  type BetaalopdrachtRecord,
  betaalopdrachtenVanMaand,
  schrijfBetaalopdracht,
} from "#functions/data/betaalopdrachten.js";
import type { Actor } from "#functions/data/transactie.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { betaalopdrachtSleutel } from "#shared/voorschot/betaalopdracht.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { uniek, zaakIn, zeker, zorgVoorAanbieder } from "../../fixture/index.js";
import type { Voorbeelden } from "../matrix.js";

const zaken = new Map<string, ReturnType<typeof zaakIn>>();
/**
 * The agreed case of a tenant (§13 A amounts), made once and shared by the examples. A year of
 * its own: other functies' examples make the tenant's 2020 aanvraag (one per triple, §2).
 */
const JAAR = 2023;
export function zaakVan(scope: Zaakscope) {
  const k = `${scope.aanbiederId}|${scope.zorgkantoorId}`;
  let z = zaken.get(k);
  if (!z) {
    z = zaakIn("addendum_getekend", { ...scope, jaar: JAAR, inhoud: "voorbeeldA" });
    zaken.set(k, z);
  }
  return z;
}

// A month of its own for every call: batches are per (zorgkantoor, month).
let teller = 0;
const eigenMaand = () => {
  const k = teller++;
  return { jaar: 2030 + Math.floor(k / 12), maand: (k % 12) + 1 };
};

const ctx = (wie: Actor) => ({ wie, nu: new Date(), correlatieId: uniek("matrix") });
const voorsteller: Actor = { sub: "matrix-voorsteller", rol: "zorgkantoor-beheer" };
const vrijgever: Actor = { sub: "matrix-vrijgever", rol: "zorgkantoor-beheer" };

/** One order of 100,00 for a case of the tenant in a fresh month. */
async function opdrachtVan(
  scope: Zaakscope,
): Promise<{ jaar: number; maand: number; o: BetaalopdrachtRecord }> {
  await zorgVoorAanbieder(scope.aanbiederId);
  const { jaar, maand } = eigenMaand();
  const delen = {
    aanbieder: scope.aanbiederId,
    zorgkantoor: scope.zorgkantoorId,
    jaar,
    maand,
    basisVersie: 1,
  };
  const zaak = { id: uniek("aanvraag"), ...scope };
  const bedrag = new Decimal("100.00");
  zeker(
    await schrijfBetaalopdracht(
      zaak,
      { ...delen, sleutel: betaalopdrachtSleutel(delen), bedrag, doel: bedrag },
      ctx({ sub: "matrix-maandrun", rol: "systeem" }),
    ),
  );
  const [o] = await betaalopdrachtenVanMaand(scope.zorgkantoorId, jaar, maand);
  return { jaar, maand, o: o! };
}

async function batchVan(scope: Zaakscope, vrij: boolean): Promise<BetaalbatchRecord> {
  const { jaar, maand, o } = await opdrachtVan(scope);
  const b = zeker(
    await stelBetaalbatchVoor(scope.zorgkantoorId, jaar, maand, 1, [o], ctx(voorsteller)),
  );
  return vrij ? zeker(await geefBetaalbatchVrij(b, b.versie, ctx(vrijgever))) : b;
}

/**
 * Only the role that can succeed needs the data; the others are refused by their role (403) or
 * token (401) before anything is read, so they get a well-formed path to an empty month.
 */
const beheert = (beller: string) => beller === "zorgkantoor-beheer";
const GEEN = { jaar: 2029, maand: 12 };

const batchPad = (b: Pick<BetaalbatchRecord, "zorgkantoorId" | "jaar" | "maand" | "nummer">) =>
  `/api/zorgkantoren/${b.zorgkantoorId}/betaalopdrachten/${maandTekst(b.jaar, b.maand)}/batches/${b.nummer}`;

export const VOORSCHOT_VOORBEELDEN: Partial<Voorbeelden> = {
  voorschotMaandrun: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/voorschot/maandrun`,
      body: { jaar: 2020, maand: 3, proef: true },
    }),
  },
  betaalopdrachtenVanMaand: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/betaalopdrachten/2020-03`,
    }),
  },
  betaalbatchVoorstellen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const { jaar, maand } = beheert(beller) ? await opdrachtVan(zaak) : GEEN;
      return {
        pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/betaalopdrachten/${maandTekst(jaar, maand)}/batches`,
      };
    },
  },
  betaalbatchVrijgeven: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const b = beheert(beller)
        ? await batchVan(zaak, false)
        : { ...GEEN, zorgkantoorId: zaak.zorgkantoorId, nummer: 1, versie: 1 };
      return { pad: `${batchPad(b)}/vrijgave`, body: { versie: b.versie } };
    },
  },
  betaalbatchExport: {
    tenantgebonden: true,
    // JSON: the matrix reads answers as JSON; xlsx and csv take the same path and checks.
    verzoek: async ({ zaak, beller }) => ({
      pad: `${batchPad(beheert(beller) ? await batchVan(zaak, true) : { ...GEEN, zorgkantoorId: zaak.zorgkantoorId, nummer: 1 })}/export`,
      query: { formaat: "json" },
    }),
  },
  betaalbatchSepa: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      // The tenant's zorgkantoor with its debtor account (§15.5), made with the agreed case.
      if (beheert(beller)) await zaakVan(zaak);
      return {
        pad: `${batchPad(beheert(beller) ? await batchVan(zaak, true) : { ...GEEN, zorgkantoorId: zaak.zorgkantoorId, nummer: 1 })}/sepa`,
      };
    },
  },
  voorschotschema: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/voorschot` }),
  },
};
