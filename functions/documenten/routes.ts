// Routes of the documenten Lambda (docs/regels.md §12): entries of the one route table
// (functions/routes.ts). Uploads through presigned POSTs, checked by the server before a document
// counts; downloads through short-lived links issued after authorisation.
import { UploadAankondigingSchema } from "#shared/documenten/controle.js";
import { DOCUMENTSOORT_REGELS } from "#shared/documenten/soorten.js";
import type { Rol } from "#shared/rollen.js";
import { rollenMet } from "#shared/toegang/rechten.js";
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import {
  DocumentAntwoordSchema,
  DocumentenAntwoordSchema,
  DocumentParamsSchema,
  DownloadlinkSchema,
  UploadverzoekAntwoordSchema,
  ZaakParamsSchema,
} from "./schemas.js";

/**
 * Roles that may upload some kind (deny by default): the route's roles follow from the rules.
 * Here, not in soort.ts with the upload checks, so the route table needs no data layer.
 */
const UPLOAD_ROLLEN: readonly Rol[] = [
  ...new Set(
    Object.values(DOCUMENTSOORT_REGELS).flatMap((r) =>
      r.uploadHandeling === null ? [] : rollenMet(r.uploadHandeling),
    ),
  ),
];

export const DOCUMENTEN_ROUTES = [
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/documenten",
    functie: "documenten",
    operatie: "vraagUploadAan",
    rollen: UPLOAD_ROLLEN,
    samenvatting: "Meld een document aan en krijg een presigned POST (PDF, hoogstens 25 MB; §12)",
    params: ZaakParamsSchema,
    body: UploadAankondigingSchema,
    antwoord: UploadverzoekAntwoordSchema,
    status: 201,
  },
  {
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/documenten/{documentId}/bevestiging",
    functie: "documenten",
    operatie: "bevestigUpload",
    rollen: UPLOAD_ROLLEN,
    samenvatting:
      "Bevestig een upload: de server controleert grootte, type en PDF-handtekening; afgekeurd wordt verwijderd (§12)",
    params: DocumentParamsSchema,
    antwoord: DocumentAntwoordSchema,
  },
  {
    // POST on a sub-resource, like the bevestiging: the withdrawal is an act with an audit
    // record, not the removal of the record (it stays, marked "ingetrokken").
    methode: "POST",
    pad: "/api/aanvragen/{aanvraagId}/documenten/{documentId}/intrekking",
    functie: "documenten",
    operatie: "trekDocumentIn",
    rollen: rollenMet("indienen"),
    samenvatting:
      "Trek een kwaliteitsplan of bijlage in zolang de aanvraag een concept is of om aanvulling is gevraagd (§12)",
    params: DocumentParamsSchema,
    antwoord: DocumentAntwoordSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/documenten",
    functie: "documenten",
    operatie: "documentenVanAanvraag",
    rollen: ALLE_ROLLEN,
    samenvatting: "De documenten van een zaak (§12)",
    params: ZaakParamsSchema,
    antwoord: DocumentenAntwoordSchema,
  },
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/documenten/{documentId}/download",
    functie: "documenten",
    operatie: "downloadlink",
    rollen: ALLE_ROLLEN,
    samenvatting: "Een kortlevende downloadlink voor een gecontroleerd document (§12)",
    params: DocumentParamsSchema,
    antwoord: DownloadlinkSchema,
  },
] as const satisfies readonly Route[];
