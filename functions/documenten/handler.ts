// The documenten Lambda (docs/regels.md §12) — upload through presigned POSTs checked by the
// server, the documents of a case, short-lived download links, and withdrawal before submission. One file per operation.
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { bevestigUpload } from "./bevestigUpload.js";
import { documentenVanAanvraag } from "./documentenVanAanvraag.js";
import { downloadlink } from "./downloadlink.js";
import { DOCUMENTEN_ROUTES } from "./routes.js";
import { trekDocumentIn } from "./trekDocumentIn.js";
import { vraagUploadAan } from "./vraagUploadAan.js";

export const handler = maakLambda(
  "documenten",
  {
    vraagUploadAan,
    bevestigUpload,
    documentenVanAanvraag,
    downloadlink,
    trekDocumentIn,
  },
  { routes: DOCUMENTEN_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
