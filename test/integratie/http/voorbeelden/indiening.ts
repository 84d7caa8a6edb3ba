// Authorisation-matrix examples for the indiening routes (see ../voorbeelden.ts). Cases are made
// through the data layer, once per organisation pair where the request changes nothing.
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import {
  actueel,
  GEOPENDE_JAREN,
  geaccepteerdDocument,
  openLaatVenster,
  uniek,
  VERRE_JAREN,
  volledigeInhoud,
  zaakIn,
  zorgVoorAanbieder,
  zorgVoorZorgkantoor,
} from "../../fixture/index.js";
import type { Beller, Voorbeelden } from "../matrix.js";

const eenmaal = new Map<string, Promise<AanvraagRecord>>();
const perScope = (soort: string, zaak: Zaakscope, maak: () => Promise<AanvraagRecord>) => {
  const k = `${soort}|${zaak.aanbiederId}|${zaak.zorgkantoorId}`;
  if (!eenmaal.has(k)) eenmaal.set(k, maak());
  return eenmaal.get(k)!;
};

/** A submitted case of the scope (reads: the same one for every caller). */
export const ingediend = (zaak: Zaakscope) =>
  perScope("ingediend", zaak, () =>
    zaakIn("ingediend", { ...zaak, jaren: VERRE_JAREN, inhoud: "volledig" }),
  );
/** A concept of the scope (changes: the request states its current versie). */
export const concept = (zaak: Zaakscope) =>
  perScope("concept", zaak, () =>
    zaakIn("concept", { ...zaak, jaren: VERRE_JAREN, inhoud: "leeg" }),
  );

const alleenAanbieder = (b: Beller) => b === "aanbieder";

export const INDIENING_VOORBEELDEN: Partial<Voorbeelden> = {
  maakAanvraag: {
    tenantgebonden: true,
    verzoek: async ({ beller, zaak }) => {
      const zorgkantoorId = uniek("zk");
      if (alleenAanbieder(beller)) {
        await zorgVoorAanbieder(zaak.aanbiederId);
        await zorgVoorZorgkantoor(zorgkantoorId);
      }
      return {
        pad: "/api/aanvragen",
        body: { aanbiederId: zaak.aanbiederId, zorgkantoorId, jaar: 2020 },
      };
    },
  },
  mijnAanvragen: { tenantgebonden: false, verzoek: () => ({ pad: "/api/aanvragen" }) },
  leesAanvraag: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: `/api/aanvragen/${(await ingediend(zaak)).id}` }),
  },
  wijzigAanvraag: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => {
      const z = await actueel((await concept(zaak)).id);
      return {
        pad: `/api/aanvragen/${z.id}/inhoud`,
        body: { versie: z.versie, inhoud: volledigeInhoud(z.jaar) },
      };
    },
  },
  dienAanvraagIn: {
    tenantgebonden: true,
    verzoek: async ({ beller, zaak }) => {
      if (!alleenAanbieder(beller)) {
        const z = await actueel((await concept(zaak)).id);
        return { pad: `/api/aanvragen/${z.id}/indiening`, body: { versie: z.versie } };
      }
      // A complete concept in a year whose period has opened, with a late window (§3.2), so the
      // real clock of the matrix run never makes it BUITEN_INDIENINGSPERIODE.
      const nieuw = await zaakIn("concept", { ...zaak, jaren: GEOPENDE_JAREN, inhoud: "volledig" });
      await geaccepteerdDocument(nieuw);
      const z = await openLaatVenster(nieuw);
      return { pad: `/api/aanvragen/${z.id}/indiening`, body: { versie: z.versie } };
    },
  },
  aanvraagVersies: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({ pad: `/api/aanvragen/${(await ingediend(zaak)).id}/versies` }),
  },
  aanvraagVersie: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await ingediend(zaak)).id}/versies/1`,
    }),
  },
  versieverschil: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await ingediend(zaak)).id}/verschil`,
      query: { van: "1", naar: "1" },
    }),
  },
};
