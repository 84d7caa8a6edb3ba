// Authorisation-matrix examples for the documenten routes (see ../voorbeelden.ts).
import { documentenVanAanvraag } from "#functions/data/documenten.js";
import { geaccepteerdDocument, geuploadDocument } from "../../fixture/index.js";
import type { Voorbeelden } from "../matrix.js";
import { concept, ingediend } from "./indiening.js";

export const DOCUMENTEN_VOORBEELDEN: Partial<Voorbeelden> = {
  vraagUploadAan: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await concept(zaak)).id}/documenten`,
      body: {
        soort: "kwaliteitsplan",
        bestandsnaam: "Kwaliteitsplan 2020.pdf",
        grootte: 2048,
        contentType: "application/pdf",
      },
    }),
  },
  bevestigUpload: {
    tenantgebonden: true,
    verzoek: async ({ beller, zaak }) => {
      const z = await concept(zaak);
      // Only the aanbieder of the case gets that far: the others are refused before any check.
      const id = beller === "aanbieder" ? (await geuploadDocument(z)).id : "geen-document";
      return { pad: `/api/aanvragen/${z.id}/documenten/${id}/bevestiging` };
    },
  },
  trekDocumentIn: {
    tenantgebonden: true,
    verzoek: async ({ beller, zaak }) => {
      const z = await concept(zaak);
      // Only the aanbieder of the case gets that far: the others are refused before any lookup.
      const id =
        beller === "aanbieder" ? (await geaccepteerdDocument(z, "bijlage")).id : "geen-document";
      return { pad: `/api/aanvragen/${z.id}/documenten/${id}/intrekking` };
    },
  },
  documentenVanAanvraag: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await ingediend(zaak)).id}/documenten`,
    }),
  },
  downloadlink: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => {
      const z = await ingediend(zaak);
      const [d] = await documentenVanAanvraag(z.id);
      return { pad: `/api/aanvragen/${z.id}/documenten/${d!.id}/download` };
    },
  },
};
