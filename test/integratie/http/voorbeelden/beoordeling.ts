// Authorisation-matrix examples for the beoordeling routes (see ../voorbeelden.ts). Each example
// builds, through the data layer, a case of the tenant in the state the operation needs — with a
// fresh aanbieder (and year 2020) unless the caller is an aanbieder, whose own organisation it
// must be (then a fresh year: one aanvraag per aanbieder, zorgkantoor and jaar, §2). Callers the
// route refuses before any case is read (no token, wrong role) get a placeholder id.
import { BEOORDELING_ROUTES } from "#functions/beoordeling/routes.js";
import type { Rol } from "#shared/rollen.js";
import { uniek, type Zaaktoestand, zaakIn } from "../../fixture/index.js";
import type { MatrixContext, Voorbeeld, Voorbeelden, VoorbeeldVerzoek } from "../matrix.js";

type Operatie = (typeof BEOORDELING_ROUTES)[number]["operatie"];
const rollenVan = (o: Operatie): readonly Rol[] =>
  BEOORDELING_ROUTES.find((r) => r.operatie === o)!.rollen;

let jaar = 2040;

function voorbeeld(
  operatie: Operatie,
  stand: Zaaktoestand,
  verzoek: (id: string, versie: number) => VoorbeeldVerzoek,
): Voorbeeld {
  return {
    tenantgebonden: true,
    verzoek: async ({ beller, zaak }: MatrixContext) => {
      if (beller === "anoniem" || !rollenVan(operatie).includes(beller))
        return verzoek(uniek("aanvraag"), 1);
      const alsAanbieder = beller === "aanbieder";
      const r = await zaakIn(stand, {
        aanbiederId: alsAanbieder ? zaak.aanbiederId : uniek("aanbieder"),
        zorgkantoorId: zaak.zorgkantoorId,
        jaar: alsAanbieder ? jaar++ : 2020,
      });
      return verzoek(r.id, r.versie);
    },
  };
}

export const BEOORDELING_VOORBEELDEN: Partial<Voorbeelden> = {
  werkvoorraad: {
    tenantgebonden: true,
    verzoek: ({ zaak }) => ({
      pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/werkvoorraad`,
      query: { jaar: "2020" },
    }),
  },
  reservering: voorbeeld("reservering", "ingediend", (id) => ({
    pad: `/api/aanvragen/${id}/reservering`,
  })),
  reserveringAanpassen: voorbeeld("reserveringAanpassen", "ingediend", (id) => ({
    pad: `/api/aanvragen/${id}/reservering`,
    body: { bedrag: "120000.00", reden: "Uitbreiding met een nieuwe locatie in de regio" },
  })),
  inBehandelingNemen: voorbeeld("inBehandelingNemen", "ingediend", (id, versie) => ({
    pad: `/api/aanvragen/${id}/in-behandeling`,
    body: { versie },
  })),
  aanvullingVragen: voorbeeld("aanvullingVragen", "in_beoordeling", (id, versie) => ({
    pad: `/api/aanvragen/${id}/aanvulling`,
    body: { versie, reden: "Graag de SMART-onderbouwing van de scholing aanvullen" },
  })),
  mediationZetten: voorbeeld("mediationZetten", "in_beoordeling", (id, versie) => ({
    pad: `/api/aanvragen/${id}/mediation`,
    body: { versie, actief: true, reden: "Geen overeenstemming over de verhouding" },
  })),
  toekenningVoorstellen: voorbeeld("toekenningVoorstellen", "in_beoordeling", (id, versie) => ({
    pad: `/api/aanvragen/${id}/toekenning`,
    body: { versie, personeel: "85000.00", overige: "15000.00" },
  })),
  toekenningGoedkeuren: voorbeeld("toekenningGoedkeuren", "voorgesteld", (id, versie) => ({
    pad: `/api/aanvragen/${id}/toekenning/goedkeuring`,
    body: { versie },
  })),
  voorstelTerugsturen: voorbeeld("voorstelTerugsturen", "voorgesteld", (id, versie) => ({
    pad: `/api/aanvragen/${id}/toekenning/terugsturen`,
    body: { versie, reden: "De motivering onderbouwt de lagere overige kosten niet." },
  })),
  goedkeuringen: {
    tenantgebonden: true,
    verzoek: async ({ beller, zaak }) => {
      // Something waiting for a signature, so the answer's items are checked against the schema.
      if (beller === "beoordelaar" || beller === "zorgkantoor-beheer")
        await zaakIn("voorgesteld", {
          aanbiederId: uniek("aanbieder"),
          zorgkantoorId: zaak.zorgkantoorId,
          jaar: jaar++,
        });
      return { pad: `/api/zorgkantoren/${zaak.zorgkantoorId}/goedkeuringen` };
    },
  },
  afwijzen: voorbeeld("afwijzen", "in_beoordeling", (id, versie) => ({
    pad: `/api/aanvragen/${id}/afwijzing`,
    body: { versie, motivering: "Het kwaliteitsplan sluit niet aan op het kwaliteitskader." },
  })),
  addendumTekenen: voorbeeld("addendumTekenen", "goedgekeurd", (id, versie) => ({
    pad: `/api/aanvragen/${id}/addendum/handtekening`,
    body: { versie },
  })),
  vastleggen: voorbeeld("vastleggen", "addendum_getekend", (id, versie) => ({
    pad: `/api/aanvragen/${id}/vastlegging`,
    body: { versie },
  })),
  laatVensterOpenen: {
    tenantgebonden: true,
    // A concept of 2020: its period closed long before the real clock of the matrix run.
    verzoek: async ({ beller, zaak }) => {
      const id = rollenVan("laatVensterOpenen").includes(beller as Rol)
        ? (
            await zaakIn("concept", {
              ...zaak,
              aanbiederId: uniek("aanbieder"),
              jaar: 2020,
              inhoud: "leeg",
            })
          ).id
        : uniek("aanvraag");
      return {
        pad: `/api/aanvragen/${id}/laat-venster`,
        body: { uiterlijk: "2099-12-31", reden: "Voorbeeld van de autorisatiematrix." },
      };
    },
  },
  beoordelingsbrief: voorbeeld("beoordelingsbrief", "goedgekeurd", (id) => ({
    pad: `/api/aanvragen/${id}/beoordelingsbrief`,
  })),
};
