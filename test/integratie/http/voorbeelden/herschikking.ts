// Authorisation-matrix examples for the herschikking routes (see ../voorbeelden.ts), docs/regels.md §8,
// §15.2. A year in which the tenant's zorgkantoor has no agreements: the proposal is empty and the
// decision on it lays down nothing but its records, so the examples cannot disturb the cases other
// examples use. The approval needs a proposal by ANOTHER user (four eyes): laid down through the
// data layer before each request; the aanbieder's line needs one that names its case.
import { leesAanvraag } from "#functions/data/aanvragen.js";
import {
  leesHerschikkingsvoorstel,
  schrijfVoorstel,
  type VoorstelRegel,
} from "#functions/data/herschikkingen.js";
import { zorgkantoorPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../../fixture/index.js";
import type { Voorbeelden } from "../matrix.js";
import { zaakVan } from "./voorschot.js";

const JAAR = 2048;
const NOVEMBER = { "x-kb-klok": `${JAAR}-11-15T10:00:00+01:00` };

/** Lays down a proposal by a matrix user (never the caller); answers its version. */
async function voorstelVanAnder(
  zorgkantoorId: string,
  jaar: number,
  regels: VoorstelRegel[],
): Promise<number> {
  const vorige = await leesHerschikkingsvoorstel(zorgkantoorId, jaar);
  const wie = { sub: uniek("matrix-voorsteller"), rol: "zorgkantoor-beheer" as const };
  const r = await schrijfTransactie(
    [
      schrijfVoorstel(
        {
          zorgkantoorId,
          jaar,
          status: "voorgesteld",
          reden: "autorisatiematrix",
          voorgesteldDoor: wie,
          op: new Date().toISOString(),
          regels,
          reacties: {},
        },
        vorige,
      ),
    ],
    {
      gebeurtenis: "herschikking_voorgesteld",
      onderwerp: zorgkantoorPk(zorgkantoorId),
      betrokken: { zorgkantoorId },
    },
    { wie, nu: new Date(), correlatieId: uniek("matrix") },
  );
  if (!r.ok) throw new Error(r.weigering.melding);
  return (vorige?.versie ?? 0) + 1;
}

async function regelVoor(zaak: Zaakscope) {
  const r = await zaakVan(zaak);
  const a = await leesAanvraag(r.id);
  const bedragen = { personeel: "100.00", overige: "0.00" };
  const regel: VoorstelRegel = {
    aanvraagId: r.id,
    aanbiederId: r.aanbiederId,
    versie: a!.versie,
    afspraakNummer: 1,
    afspraak: bedragen,
    aangevraagd: bedragen,
    prognose: null,
    prognoseTotaal: "100.00",
    nieuw: bedragen,
  };
  return { r, regel };
}

export const HERSCHIKKING_VOORBEELDEN: Partial<Voorbeelden> = {
  herschikkingsvoorstel: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/herschikking/${JAAR}`,
    }),
  },
  herschikkingVoorstellen: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/herschikking/${JAAR}/voorstel`,
      body: { voorstel: [], reden: "autorisatiematrix" },
      // §15.2: the herschikking is only possible in November of the year.
      headers: NOVEMBER,
    }),
  },
  herschikkingGoedkeuren: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/herschikking/${JAAR}/goedkeuring`,
      body: {
        versie:
          beller === "zorgkantoor-beheer"
            ? await voorstelVanAnder(zaak.zorgkantoorId, JAAR, [])
            : 1,
      },
      headers: NOVEMBER,
    }),
  },
  herschikkingHeropenen: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/herschikking/${JAAR}/heropening`,
      body: { reden: "autorisatiematrix", uiterlijk: `${JAAR}-12-20` },
      // §15.2: only a closed window is reopened: in December of the year.
      headers: { "x-kb-klok": `${JAAR}-12-03T10:00:00+01:00` },
    }),
  },
  herschikkingRegel: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/herschikking`,
    }),
  },
  herschikkingReageren: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const { r, regel } = await regelVoor(zaak);
      const versie =
        beller === "aanbieder" ? await voorstelVanAnder(r.zorgkantoorId, r.jaar, [regel]) : 1;
      return {
        pad: `/api/aanvragen/${r.id}/herschikking/reactie`,
        body: { tekst: "Wij kunnen de verlaging onderbouwen.", versie },
      };
    },
  },
};
