// Issue #5 (issue #4 for the split): the beoordelingsbrief (DOMAIN.md §5.4), the addendum (§5,
// §6) and the vaststelling (§9.3) of a case as PDF. The content is the rapportage Lambda's JSON
// route, asked with the caller's own token: it authorises and scopes (404 outside the scope, 409
// while the document does not exist yet), and any refusal of it is passed on unchanged. This
// operation only checks the letter against its schema and lays it out (opmaak.ts).
import type { HttpResultaat } from "../lib/http.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Antwoord, Operatie } from "../lib/verzoek.js";
import { bestandsnaam, type Stuk, StukBriefSchema } from "../rapportage/stukken/brief.js";
import type { RouteVan } from "../routes.js";
import { doorgegeven, haal, onbereikbaar } from "./api.js";

/**
 * The JSON route of a letter. A "." or ".." id would be a dot segment that URL parsing
 * resolves (even encoded): such a case cannot exist, so it is not asked for (404 as missing).
 */
export function stukPad(p: { aanvraagId: string; stuk: Stuk }): string | undefined {
  if (p.aanvraagId === "." || p.aanvraagId === "..") return undefined;
  return `/api/aanvragen/${encodeURIComponent(p.aanvraagId)}/stukken/${encodeURIComponent(p.stuk)}`;
}

const alsAntwoord = (r: HttpResultaat): Antwoord => ({
  status: r.statusCode,
  headers: r.headers,
  body: r.body,
});

export const documentPdf: Operatie<RouteVan<"documentPdf">> = async (v) => {
  const pad = stukPad(v.params);
  if (pad === undefined) throw nietGevonden("aanvraag");
  const r = await haal(pad);
  if (r.soort === "onbereikbaar") {
    v.logger.error("API onbereikbaar", { pad, reden: r.reden });
    return alsAntwoord(
      onbereikbaar(
        "De gegevens van het stuk konden niet worden opgehaald; probeer het later opnieuw.",
      ),
    );
  }
  if (r.status < 200 || r.status > 299) return alsAntwoord(doorgegeven(r));
  let json: unknown;
  try {
    json = JSON.parse(r.tekst);
  } catch {
    json = undefined;
  }
  const inhoud = StukBriefSchema.safeParse(json);
  if (!inhoud.success) {
    v.logger.error("onverwacht antwoord van de API", { pad, fouten: inhoud.error.issues });
    return alsAntwoord(
      onbereikbaar("De API van het portaal gaf een onverwacht antwoord voor dit stuk."),
    );
  }
  // pdf-lib loads with the first letter, not at cold start (functions/lib/lui.ts).
  const { briefPdf } = await import("./opmaak.js");
  const bytes = await briefPdf(inhoud.data, { nu: v.nu });
  const naam = bestandsnaam(v.params.stuk, inhoud.data.jaar, v.params.aanvraagId);
  return {
    body: bytes,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${naam}"`,
    },
  };
};
