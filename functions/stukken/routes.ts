// Routes of the stukken Lambda: the letters of a case as PDF, at the address the site
// has always used. Its content comes from the rapportage Lambda's JSON route (same roles), which
// decides authorisation and scope; see documentPdf.ts.
import { ALLE_ROLLEN, type Route } from "../lib/route.js";
import { StukParamsSchema } from "../lib/stukbrief.js";

export const STUKKEN_ROUTES = [
  {
    methode: "GET",
    pad: "/api/aanvragen/{aanvraagId}/pdf/{stuk}",
    functie: "stukken",
    operatie: "documentPdf",
    rollen: ALLE_ROLLEN,
    samenvatting:
      "De beoordelingsbrief, het addendum of de vaststelling van een aanvraag als PDF (A4, §5, §9.3)",
    params: StukParamsSchema,
  },
] as const satisfies readonly Route[];
