// The beoordelingsbrief (docs/regels.md §5.4), the addendum (§5,
// §6) and the vaststelling (§9.3) of a case as PDF. The content is the rapportage Lambda's JSON
// route, asked with the caller's own token: it authorises and scopes (404 outside the scope, 409
// while the document does not exist yet), and any refusal of it is passed on unchanged
// (haalJson). This operation only lays the checked letter out (opmaak.ts).
import { nietGevonden } from "../lib/probleem.js";
import { bestandsnaam, StukBriefSchema } from "../lib/stukbrief.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { haalJson, stukPad } from "./api.js";
import { briefPdf } from "./opmaak.js";

export const documentPdf: Operatie<RouteVan<"documentPdf">> = async (v) => {
  const pad = stukPad(v.params);
  if (pad === undefined) throw nietGevonden("aanvraag");
  const brief = await haalJson(pad, StukBriefSchema, "voor dit stuk");
  const bytes = await briefPdf(brief, { nu: v.nu });
  const naam = bestandsnaam(v.params.stuk, brief.jaar, v.params.aanvraagId);
  return {
    body: bytes,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${naam}"`,
    },
  };
};
