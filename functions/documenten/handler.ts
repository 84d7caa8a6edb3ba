// Issue #3: the documenten Lambda (DOMAIN.md §12) — upload through presigned POSTs checked by the
// server, the documents of a case, and short-lived download links. One file per operation.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { DOCUMENTEN_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "documenten",
  {
    vraagUploadAan: lui(() => import("./vraagUploadAan.js"), "vraagUploadAan"),
    bevestigUpload: lui(() => import("./bevestigUpload.js"), "bevestigUpload"),
    documentenVanAanvraag: lui(() => import("./documentenVanAanvraag.js"), "documentenVanAanvraag"),
    downloadlink: lui(() => import("./downloadlink.js"), "downloadlink"),
  },
  { routes: DOCUMENTEN_ROUTES, leesLidmaatschappen },
);
