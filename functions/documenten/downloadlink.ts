// docs/regels.md §12: documents are only downloadable through short-lived links issued after
// authorisation — the case in the caller's scope, the document checked and accepted. The link
// reads the final key only, and saves the file under its sanitised name.

import { opslag } from "../data/documentbucket.js";
import { DOWNLOAD_GELDIG_SECONDEN, downloadLink } from "../data/documentopslag.js";
import { HttpProbleem } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaak } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { laadDocument } from "./weergave.js";

export const downloadlink: Operatie<RouteVan<"downloadlink">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  const d = await laadDocument(zaak.id, v.params.documentId, rollen);
  if (d.status !== "geaccepteerd")
    throw new HttpProbleem(
      409,
      "DOCUMENT_NIET_GECONTROLEERD",
      `documentId: dit document is ${d.status === "afgekeurd" ? "afgekeurd" : "nog niet gecontroleerd"} en kan niet worden gedownload`,
      "documentId",
    );
  const url = await downloadLink(opslag(), d.objectSleutel, {
    bestandsnaam: d.naam,
    contentType: d.contentType,
  });
  return { body: { url, geldigSeconden: DOWNLOAD_GELDIG_SECONDEN, naam: d.naam } };
};
