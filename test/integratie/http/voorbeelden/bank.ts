// Authorisation-matrix examples for the bank routes (§15.5, see ../voorbeelden.ts). The aanbieder
// exists and has a case at the tenant's zorgkantoor (zorgkantoor-beheer's scope); a request or
// approval starts from a clean state: a change still pending from an earlier example is refused
// first, and an approval gets a change requested by someone else (four eyes).
import {
  leesBankwijziging,
  vraagBankwijzigingAan,
  wijsBankwijzigingAf,
} from "#functions/data/bankrekeningen.js";
import { opslag } from "#functions/data/documentbucket.js";
import { bewaarBytes } from "#functions/data/documentopslag.js";
import type { Actor } from "#functions/data/transactie.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../../fixture/index.js";
import type { Voorbeelden } from "../matrix.js";
import { zaakVan } from "./voorschot.js";

const ctx = (wie: Actor) => ({ wie, nu: new Date(), correlatieId: uniek("matrix") });
const systeem: Actor = { sub: "matrix-bank", rol: "systeem" };
const aanvrager: Actor = { sub: "matrix-aanvrager", rol: "aanbieder" };
export const MATRIX_IBAN = "NL91ABNA0417164300";
/** §15.5: the smallest statement the server accepts (a PDF signature). */
export const MATRIX_PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

const magHet = (beller: string) => beller === "aanbieder" || beller === "zorgkantoor-beheer";

async function geenWachtende(scope: Zaakscope): Promise<void> {
  const w = await leesBankwijziging(scope.aanbiederId);
  if (w) await wijsBankwijzigingAf(w, w.versie, scope.zorgkantoorId, "matrix", ctx(systeem));
}

/** A fresh pending change of the tenant's aanbieder, requested by another user; its versie. */
async function wachtende(scope: Zaakscope, metAfschrift = false): Promise<number> {
  await zaakVan(scope);
  await geenWachtende(scope);
  const sleutel = `bankafschriften/${scope.aanbiederId}/${uniek("matrix")}`;
  const bankafschrift = metAfschrift
    ? {
        sleutel,
        naam: "afschrift.pdf",
        grootte: MATRIX_PDF.length,
        sha256: await bewaarBytes(opslag(), sleutel, MATRIX_PDF, "application/pdf"),
      }
    : undefined;
  const r = await vraagBankwijzigingAan(
    scope.aanbiederId,
    { iban: MATRIX_IBAN, tenaamstelling: "Matrix Zorg" },
    bankafschrift ? { bankafschrift } : {},
    ctx(aanvrager),
  );
  if (!r.ok) throw new Error(r.weigering.melding);
  return r.waarde.versie;
}

const pad = (z: Zaakscope) => `/api/aanbieders/${z.aanbiederId}/bankrekening`;

export const BANK_VOORBEELDEN: Partial<Voorbeelden> = {
  bankrekening: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      if (magHet(beller)) await zaakVan(zaak);
      return { pad: pad(zaak) };
    },
  },
  bankwijzigingAanvragen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      if (magHet(beller)) {
        await zaakVan(zaak);
        await geenWachtende(zaak);
      }
      return {
        pad: `${pad(zaak)}/wijziging`,
        body: {
          iban: "NL91 ABNA 0417 1643 00",
          tenaamstelling: "Matrix Zorg",
          bankafschrift: {
            naam: "afschrift.pdf",
            inhoud: Buffer.from(MATRIX_PDF).toString("base64"),
          },
        },
      };
    },
  },
  bankafschrift: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      if (magHet(beller)) await wachtende(zaak, true);
      return { pad: `${pad(zaak)}/wijziging/bankafschrift` };
    },
  },
  bankwijzigingGoedkeuren: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => ({
      pad: `${pad(zaak)}/wijziging/goedkeuring`,
      body: { versie: beller === "zorgkantoor-beheer" ? await wachtende(zaak) : 1 },
    }),
  },
  bankwijzigingAfwijzen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => ({
      pad: `${pad(zaak)}/wijziging/afwijzing`,
      body: {
        versie: beller === "zorgkantoor-beheer" ? await wachtende(zaak) : 1,
        reden: "Afschrift ontbreekt",
      },
    }),
  },
  bankwijzigingen: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({ pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/bankwijzigingen` }),
  },
};
